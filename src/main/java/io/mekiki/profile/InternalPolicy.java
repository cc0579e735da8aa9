package io.mekiki.profile;

/** The internal policies that must be reviewed before information is entrusted to a cloud service. */
public enum InternalPolicy {
    /** Information security policy. */
    SECURITY,
    /** Personal-information protection policy. */
    PRIVACY,
    /** Rules for managing trade secrets. */
    TRADE_SECRET,
    /** IT general controls (J-SOX). */
    IT_GENERAL_CONTROLS
}
