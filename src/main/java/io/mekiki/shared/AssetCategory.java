package io.mekiki.shared;

/** The kinds of information an asset holds; they decide which legal checks apply. */
public enum AssetCategory {
    TRADE_SECRET,
    BOARD_AND_FINANCIAL_RECORDS,
    PERSONAL_DATA,
    SPECIAL_CARE_PERSONAL_DATA,
    MY_NUMBER,
    EXPORT_CONTROLLED_TECHNOLOGY,
    TAX_RECORDS,
    OTHER;

    /** Personal data in the wide sense of the APPI checks: plain, special-care and My Number data. */
    public boolean isPersonalData() {
        return this == PERSONAL_DATA || this == SPECIAL_CARE_PERSONAL_DATA || this == MY_NUMBER;
    }
}
