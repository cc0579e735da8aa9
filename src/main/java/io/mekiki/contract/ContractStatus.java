package io.mekiki.contract;

/**
 * Where a contract stands: recorded while the initiative is in application, in force while it is operated or
 * reviewed for continuation, ended when the initiative closes.
 */
public enum ContractStatus {
    DRAFT,
    IN_FORCE,
    ENDED;

    public String messageKey() {
        return "contract.status." + name();
    }
}
