package io.mekiki.initiative;

/** The two ways out of the continuation-or-termination phase. */
public enum Branch {
    /** Another year of operation. */
    CONTINUE,
    /** End the use: data returned, deletion confirmed, then closed. */
    TERMINATE
}
