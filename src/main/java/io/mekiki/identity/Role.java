package io.mekiki.identity;

/** What a user may do; a user may hold several roles. */
public enum Role {
    /** Instructs, reviews, approves and decides. */
    EXECUTIVE,
    /** Surveys, collects provider information, checks, compares, monitors and reports. */
    RISK_OFFICER,
    /** States the purpose, benefits and KPIs of using a service. */
    BUSINESS_OWNER,
    /** Reads everything and verifies the decision trail; changes nothing. */
    AUDITOR,
    /** Manages organisation settings, users and catalogue releases. */
    ADMIN
}
