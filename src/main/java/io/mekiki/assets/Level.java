package io.mekiki.assets;

/** A three-step rating, used for an asset's value and for its risk tolerance. */
public enum Level {
    HIGH,
    MEDIUM,
    LOW
}
