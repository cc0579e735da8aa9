package io.mekiki.shared;

/** How much of the stack the provider runs. */
public enum ServiceModel {
    IAAS,
    PAAS,
    SAAS
}
