package io.mekiki.shared;

/** Business sectors with their own personal-data rules besides the general PPC guidelines. */
public enum Sector {
    GENERAL,
    FINANCE,
    CREDIT,
    DEBT_COLLECTION,
    MEDICAL,
    TELECOMMUNICATIONS,
    BROADCASTING,
    POSTAL,
    PERSONAL_GENETIC,
    PUBLIC_SECTOR
}
