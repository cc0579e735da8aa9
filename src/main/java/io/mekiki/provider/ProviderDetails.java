package io.mekiki.provider;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the user knows of a provider; text is stripped, blank text becomes absent and country codes are
 * upper-cased.
 *
 * @param headquartersCountry ISO 3166-1 alpha-2
 * @param parentName the ultimate parent company, when the provider belongs to a group
 * @param parentCountry ISO 3166-1 alpha-2 of the ultimate parent
 * @param japaneseEntityName the provider's company in Japan, if any
 * @param corporateNumber that company's corporate number (法人番号), 13 digits with its check digit
 * @param capitalJpy paid-in capital in yen
 * @param founded the year ({@code 2008}) or day ({@code 2008-04-01}) of foundation
 */
public record ProviderDetails(
        String legalName,
        String headquartersCountry,
        @Nullable String parentName,
        @Nullable String parentCountry,
        @Nullable String japaneseEntityName,
        @Nullable String corporateNumber,
        boolean listed,
        @Nullable Long capitalJpy,
        @Nullable String founded,
        @Nullable String notes) {

    public static final int NAME_MAX = Inputs.NAME_MAX;
    public static final int TEXT_MAX = Inputs.TEXT_MAX;

    public ProviderDetails {
        legalName = Inputs.required(legalName);
        headquartersCountry = Inputs.required(Inputs.country(headquartersCountry));
        parentName = Inputs.optional(parentName);
        parentCountry = Inputs.country(parentCountry);
        japaneseEntityName = Inputs.optional(japaneseEntityName);
        corporateNumber = corporateNumber == null ? null : Inputs.optional(corporateNumber.replaceAll("[\\s-]", ""));
        founded = Inputs.optional(founded);
        notes = Inputs.optional(notes);
    }

    /** Refuses details that break a rule, naming the first field at fault. */
    ProviderDetails checked() {
        Inputs.requireText("legalName", legalName, NAME_MAX);
        Inputs.requireCountry("headquartersCountry", headquartersCountry.isEmpty() ? null : headquartersCountry, true);
        Inputs.requireLength("parentName", parentName, NAME_MAX);
        Inputs.requireCountry("parentCountry", parentCountry, false);
        Inputs.requireLength("japaneseEntityName", japaneseEntityName, NAME_MAX);
        if (corporateNumber != null && !CorporateNumber.isValid(corporateNumber)) {
            throw ProviderRuleViolation.invalid("corporateNumber", "provider.error.corporateNumber", corporateNumber);
        }
        if (capitalJpy != null && capitalJpy < 0) {
            throw ProviderRuleViolation.invalid("capitalJpy", "provider.error.negative");
        }
        if (founded != null && !isYearOrDate(founded)) {
            throw ProviderRuleViolation.invalid("founded", "provider.error.founded", founded);
        }
        Inputs.requireLength("notes", notes, TEXT_MAX);
        return this;
    }

    private static boolean isYearOrDate(String text) {
        if (text.matches("[0-9]{4}")) {
            return true;
        }
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException notADay) {
            return false;
        }
    }

    /** Every field by its API name, as the audit ledger records it. */
    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("legalName", legalName);
        facts.put("headquartersCountry", headquartersCountry);
        facts.put("parentName", parentName);
        facts.put("parentCountry", parentCountry);
        facts.put("japaneseEntityName", japaneseEntityName);
        facts.put("corporateNumber", corporateNumber);
        facts.put("listed", listed);
        facts.put("capitalJpy", capitalJpy);
        facts.put("founded", founded);
        facts.put("notes", notes);
        return facts;
    }
}
