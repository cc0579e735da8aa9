package io.mekiki.contract;

/** How the deletion of our data at the end is proven: the provider's certificate, or an assessed alternative. */
public enum DeletionProof {
    CERTIFICATE,
    ALTERNATIVE;

    public String messageKey() {
        return "contract.deletionProof." + name();
    }
}
