package io.mekiki.catalog;

/** How well the legal basis of an item was confirmed by research. */
public enum Confidence {
    /** Seen in a primary source, or in a secondary source quoting it. */
    CONFIRMED,
    /** Seen only in a secondary source that summarises. */
    SECONDARY,
    /** Background knowledge or nothing found: verify before relying on it. */
    UNCONFIRMED
}
