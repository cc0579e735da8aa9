package io.mekiki.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /** The categories in their declared order, whatever set they came in (pages list them in that order). */
    public static Set<AssetCategory> inOrder(Collection<AssetCategory> categories) {
        return categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }
}
