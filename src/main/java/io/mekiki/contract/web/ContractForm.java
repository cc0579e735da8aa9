package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDetails;
import io.mekiki.contract.NoticePeriod;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The contract record's form as shown and as submitted: texts, so that a refused entry is shown again as typed.
 * Numbers and dates that do not parse are problems of their field before the record is checked.
 */
public record ContractForm(Map<String, String> values) {

    static final List<String> FIELDS = List.of(
            "contractingEntity",
            "plan",
            "termsVersion",
            "termsDate",
            "startsOn",
            "initialTermMonths",
            "autoRenewal",
            "renewalTermMonths",
            "ourNotice.amount",
            "ourNotice.unit",
            "providerNotice.amount",
            "providerNotice.unit",
            "serviceChangeNotice.amount",
            "serviceChangeNotice.unit",
            "governingLaw",
            "jurisdiction",
            "dataLocations",
            "priceAmount",
            "priceCurrency",
            "pricePeriod");

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field));
    }

    static ContractForm empty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("initialTermMonths", "12");
        values.put("autoRenewal", "true");
        values.put("renewalTermMonths", "12");
        values.put("ourNotice.unit", "MONTHS");
        values.put("providerNotice.unit", "MONTHS");
        values.put("serviceChangeNotice.unit", "DAYS");
        values.put("priceCurrency", "JPY");
        values.put("pricePeriod", "MONTH");
        return new ContractForm(values);
    }

    static ContractForm of(Contract contract) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("contractingEntity", contract.contractingEntity());
        values.put("plan", text(contract.plan()));
        values.put("termsVersion", text(contract.termsVersion()));
        values.put("termsDate", text(contract.termsDate()));
        values.put("startsOn", contract.startsOn().toString());
        values.put("initialTermMonths", String.valueOf(contract.initialTermMonths()));
        values.put("autoRenewal", String.valueOf(contract.autoRenewal()));
        values.put("renewalTermMonths", text(contract.renewalTermMonths()));
        notice(values, "ourNotice", contract.ourNotice());
        notice(values, "providerNotice", contract.providerNotice());
        notice(values, "serviceChangeNotice", contract.serviceChangeNotice());
        values.put("governingLaw", text(contract.governingLaw()));
        values.put("jurisdiction", text(contract.jurisdiction()));
        values.put("dataLocations", String.join(", ", contract.dataLocations()));
        values.put(
                "priceAmount",
                contract.priceAmount() == null ? "" : contract.priceAmount().toPlainString());
        values.put("priceCurrency", text(contract.priceCurrency()));
        values.put(
                "pricePeriod",
                contract.pricePeriod() == null ? "" : contract.pricePeriod().name());
        return new ContractForm(values);
    }

    static ContractForm submitted(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value);
        }
        values.put("autoRenewal", String.valueOf("true".equals(request.getParameter("autoRenewal"))));
        return new ContractForm(values);
    }

    /** The record, or the problems (field → message key) of what does not parse. */
    @Nullable
    ContractDetails details(Map<String, String> problems) {
        LocalDate termsDate = date("termsDate", problems);
        LocalDate startsOn = date("startsOn", problems);
        Integer initial = number("initialTermMonths", problems);
        boolean renews = checked("autoRenewal");
        Integer renewal = renews ? number("renewalTermMonths", problems) : null;
        ContractDetails.Notice ours = notice("ourNotice", problems);
        ContractDetails.Notice providers = notice("providerNotice", problems);
        ContractDetails.Notice changes = notice("serviceChangeNotice", problems);
        BigDecimal price = null;
        if (!get("priceAmount").isBlank()) {
            try {
                price = new BigDecimal(get("priceAmount").strip().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                problems.put("priceAmount", "contract.error.number");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<String> locations = Arrays.stream(get("dataLocations").split("[,、\\s]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .toList();
        return new ContractDetails(
                get("contractingEntity"),
                get("plan"),
                get("termsVersion"),
                termsDate,
                startsOn,
                initial,
                renews,
                renewal,
                ours,
                providers,
                changes,
                get("governingLaw"),
                get("jurisdiction"),
                locations,
                price,
                // the form preselects a currency and a period: without an amount, no price is entered
                price == null ? null : get("priceCurrency"),
                price == null ? null : get("pricePeriod"));
    }

    private ContractDetails.@Nullable Notice notice(String field, Map<String, String> problems) {
        Integer amount = number(field + ".amount", problems);
        String unit = get(field + ".unit");
        return amount == null ? null : new ContractDetails.Notice(amount, unit);
    }

    private @Nullable Integer number(String field, Map<String, String> problems) {
        String text = get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            problems.put(field, "contract.error.number");
            return null;
        }
    }

    private @Nullable LocalDate date(String field, Map<String, String> problems) {
        String text = get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.put(field, "contract.error.date");
            return null;
        }
    }

    private static void notice(Map<String, String> values, String field, @Nullable NoticePeriod notice) {
        values.put(field + ".amount", notice == null ? "" : String.valueOf(notice.amount()));
        values.put(field + ".unit", notice == null ? "MONTHS" : notice.unit().name());
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
