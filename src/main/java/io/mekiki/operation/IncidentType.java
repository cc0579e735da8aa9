package io.mekiki.operation;

/** What kind of incident it is; the reporting rules of the catalogue name these. */
public enum IncidentType {
    OUTAGE,
    SECURITY_INCIDENT,
    PERSONAL_DATA_LEAK,
    /** The provider changed the service (features, terms, locations). */
    SERVICE_CHANGE,
    /** An authority of another country ordered the provider to disclose or keep data. */
    FOREIGN_AUTHORITY_ORDER,
    /** The provider's business changed: merger, sale, insolvency, withdrawal from the market. */
    PROVIDER_BUSINESS_EVENT;

    public String messageKey() {
        return "incident.type." + name();
    }
}
