package io.mekiki.operation;

/**
 * A yes/no fact of an incident that the reporting rules of the catalogue test (ADR 036); unchecked means "no"
 * or "not established", which never stops a rule whose other triggers hold.
 */
public enum IncidentFact {
    /** Special-care personal information (要配慮個人情報) is concerned. */
    SPECIAL_CARE_DATA,
    /** Misuse of the data could cause financial loss (e.g. card or bank data). */
    FINANCIAL_DAMAGE_RISK,
    /** The leak may have been caused for an unauthorised purpose (e.g. an attack, an insider). */
    UNAUTHORISED_PURPOSE,
    /** My Number data (特定個人情報) is concerned. */
    MY_NUMBER_DATA,
    /** The data was or may have been viewable by unspecified persons. */
    PUBLICLY_VIEWABLE,
    /** The data was protected by advanced encryption, so that it cannot be read. */
    ADVANCED_ENCRYPTION,
    /** Someone reached the systems without authority (an attack). */
    UNAUTHORISED_ACCESS;

    public String messageKey() {
        return "incident.fact." + name();
    }
}
