package io.mekiki.provider;

/** How a service is deployed (NIST SP 800-145). */
public enum Deployment {
    PUBLIC,
    PRIVATE,
    COMMUNITY,
    HYBRID
}
