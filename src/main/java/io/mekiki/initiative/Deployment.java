package io.mekiki.initiative;

/** How the cloud is deployed for the initiative. */
public enum Deployment {
    PUBLIC,
    PRIVATE,
    HYBRID
}
