package io.mekiki.contract;

import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The checks of a contract's record: each refusal names the field as the API spells it (400). */
final class ContractRules {

    static final int TEXT_MAX = 200;
    static final int TERM_MONTHS_MAX = 120;
    static final BigDecimal PRICE_MAX = new BigDecimal("99999999999999.99");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private ContractRules() {}

    /** The record checked, with texts stripped and empty texts as absent. */
    static Checked check(ContractDetails details) {
        String entity = text("contractingEntity", details.contractingEntity());
        if (entity == null) {
            throw invalid("contractingEntity", "contract.error.required");
        }
        LocalDate startsOn = date("startsOn", details.startsOn());
        if (startsOn == null) {
            throw invalid("startsOn", "contract.error.required");
        }
        Integer initial = details.initialTermMonths();
        if (initial == null || initial < 1 || initial > TERM_MONTHS_MAX) {
            throw invalid("initialTermMonths", "contract.error.termMonths", TERM_MONTHS_MAX);
        }
        if (details.autoRenewal() == null) {
            throw invalid("autoRenewal", "contract.error.required");
        }
        boolean renews = details.autoRenewal();
        Integer renewal = details.renewalTermMonths();
        if (renews && (renewal == null || renewal < 1 || renewal > TERM_MONTHS_MAX)) {
            throw invalid("renewalTermMonths", "contract.error.termMonths", TERM_MONTHS_MAX);
        }
        if (!renews && renewal != null) {
            throw invalid("renewalTermMonths", "contract.error.renewalWithoutRenewing");
        }
        BigDecimal amount = details.priceAmount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(PRICE_MAX) > 0 || amount.scale() > 2)) {
            throw invalid("priceAmount", "contract.error.price");
        }
        String currency = text("priceCurrency", details.priceCurrency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                throw invalid("priceCurrency", "contract.error.currency");
            }
            try {
                java.util.Currency.getInstance(currency);
            } catch (IllegalArgumentException unknown) {
                throw invalid("priceCurrency", "contract.error.currency");
            }
        }
        PricePeriod period = null;
        String periodText = text("pricePeriod", details.pricePeriod());
        if (periodText != null) {
            try {
                period = PricePeriod.valueOf(periodText);
            } catch (IllegalArgumentException outside) {
                throw invalid("pricePeriod", "contract.error.notInList", names(PricePeriod.values()));
            }
        }
        if (amount != null && (currency == null || period == null)) {
            throw invalid(currency == null ? "priceCurrency" : "pricePeriod", "contract.error.priceIncomplete");
        }
        if (amount == null && (currency != null || period != null)) {
            throw invalid("priceAmount", "contract.error.priceIncomplete");
        }
        return new Checked(
                entity,
                text("plan", details.plan()),
                text("termsVersion", details.termsVersion()),
                date("termsDate", details.termsDate()),
                startsOn,
                initial,
                renews,
                renews ? renewal : null,
                notice("ourNotice", details.ourNotice()),
                notice("providerNotice", details.providerNotice()),
                notice("serviceChangeNotice", details.serviceChangeNotice()),
                text("governingLaw", details.governingLaw()),
                text("jurisdiction", details.jurisdiction()),
                countries(details.dataLocations()),
                amount,
                currency,
                period);
    }

    static @Nullable String text(String field, @Nullable String value) {
        return text(field, value, TEXT_MAX);
    }

    static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw invalid(field, "contract.error.tooLong", max);
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw invalid(field, "contract.error.control");
        }
        return stripped;
    }

    private static @Nullable LocalDate date(String field, @Nullable LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw invalid(field, "contract.error.dateRange", EARLIEST, LATEST);
        }
        return date;
    }

    private static @Nullable NoticePeriod notice(String field, ContractDetails.@Nullable Notice notice) {
        if (notice == null
                || (notice.amount() == null
                        && (notice.unit() == null || notice.unit().isBlank()))) {
            return null;
        }
        if (notice.amount() == null || notice.amount() < 0 || notice.amount() > NoticePeriod.MAX_AMOUNT) {
            throw invalid(field + ".amount", "contract.error.noticeAmount", NoticePeriod.MAX_AMOUNT);
        }
        PeriodUnit unit;
        try {
            unit = PeriodUnit.valueOf(notice.unit() == null ? "" : notice.unit().strip());
        } catch (IllegalArgumentException outside) {
            throw invalid(field + ".unit", "contract.error.notInList", names(PeriodUnit.values()));
        }
        if (unit == PeriodUnit.MONTHS && notice.amount() > TERM_MONTHS_MAX) {
            throw invalid(field + ".amount", "contract.error.noticeAmount", TERM_MONTHS_MAX);
        }
        return new NoticePeriod(notice.amount(), unit);
    }

    private static List<String> countries(@Nullable List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        Set<String> all = new TreeSet<>();
        for (String code : codes) {
            String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(upper)) {
                throw invalid("dataLocations", "contract.error.country", code == null ? "" : code);
            }
            all.add(upper);
        }
        return new ArrayList<>(all);
    }

    static String names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return String.join(", ", names);
    }

    static RuleViolationException invalid(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }

    /** A record that passed the checks. */
    record Checked(
            String contractingEntity,
            @Nullable String plan,
            @Nullable String termsVersion,
            @Nullable LocalDate termsDate,
            LocalDate startsOn,
            int initialTermMonths,
            boolean autoRenewal,
            @Nullable Integer renewalTermMonths,
            @Nullable NoticePeriod ourNotice,
            @Nullable NoticePeriod providerNotice,
            @Nullable NoticePeriod serviceChangeNotice,
            @Nullable String governingLaw,
            @Nullable String jurisdiction,
            List<String> dataLocations,
            @Nullable BigDecimal priceAmount,
            @Nullable String priceCurrency,
            @Nullable PricePeriod pricePeriod) {}
}
