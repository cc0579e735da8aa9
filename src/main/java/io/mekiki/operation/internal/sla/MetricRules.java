package io.mekiki.operation.internal.sla;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricCreditTier;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricInput;
import io.mekiki.operation.MetricKind;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The checks of an SLA metric's definition; a refusal is a 400 naming the field (ADR 035). */
public final class MetricRules {

    public static final int NAME_MAX = 100;
    public static final int UNIT_MAX = 20;
    public static final int TIERS_MAX = 10;
    public static final long FEE_MAX = 1_000_000_000_000L;
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    private MetricRules() {}

    /** A definition that passed the checks; the name may still be blank (the kind's name is used). */
    public record Definition(
            String code,
            String name,
            MetricKind kind,
            MetricUnit unit,
            @Nullable String customUnit,
            MetricDirection direction,
            MetricAggregation aggregation,
            BigDecimal target,
            MetricPeriod period,
            @Nullable Long monthlyFee,
            List<MetricCreditTier> creditTiers) {}

    /**
     * Checks a definition.
     *
     * @param codesTaken the codes of the contract's other metrics (upper case)
     */
    public static Definition check(MetricInput input, Set<String> codesTaken) {
        MetricKind kind = choice(MetricKind.class, "kind", input.kind(), null);
        MetricUnit unit =
                choice(MetricUnit.class, "unit", input.unit(), kind.units().get(0));
        if (!kind.units().contains(unit)) {
            throw refusal("unit", "sla.metric.error.unitOfKind", names(kind.units()));
        }
        String customUnit = null;
        if (kind.custom()) {
            customUnit = text(input.customUnit());
            if (customUnit.isEmpty() || customUnit.length() > UNIT_MAX) {
                throw refusal("customUnit", "sla.metric.error.customUnit", UNIT_MAX);
            }
        }
        MetricDirection direction = choice(
                MetricDirection.class,
                "direction",
                input.direction(),
                kind.direction() == null ? MetricDirection.AT_LEAST : kind.direction());
        if (kind.direction() != null && direction != kind.direction()) {
            throw refusal(
                    "direction",
                    "sla.metric.error.fixedByKind",
                    kind.direction().name());
        }
        MetricAggregation aggregation = choice(
                MetricAggregation.class,
                "aggregation",
                input.aggregation(),
                kind.aggregation() == null ? MetricAggregation.MEAN : kind.aggregation());
        if (kind.aggregation() != null && aggregation != kind.aggregation()) {
            throw refusal(
                    "aggregation",
                    "sla.metric.error.fixedByKind",
                    kind.aggregation().name());
        }
        String name = text(input.name());
        if (name.length() > NAME_MAX) {
            throw refusal("name", "sla.metric.error.nameTooLong", NAME_MAX);
        }
        if (name.isEmpty() && kind.custom()) {
            throw refusal("name", "sla.metric.error.nameMissing");
        }
        String code = text(input.code()).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            code = freeCode(defaultCode(kind), codesTaken);
        } else if (!CODE.matcher(code).matches()) {
            throw refusal("code", "sla.metric.error.code");
        } else if (codesTaken.contains(code)) {
            throw refusal("code", "sla.metric.error.codeTaken", code);
        }
        BigDecimal target = number("target", input.target(), unit);
        MetricPeriod period = choice(MetricPeriod.class, "period", input.period(), MetricPeriod.MONTHLY);
        Long fee = input.monthlyFee();
        if (fee != null && (fee < 0 || fee > FEE_MAX)) {
            throw refusal("monthlyFee", "sla.metric.error.fee", FEE_MAX);
        }
        List<MetricCreditTier> tiers = tiers(input.creditTiers(), unit, direction, target);
        return new Definition(code, name, kind, unit, customUnit, direction, aggregation, target, period, fee, tiers);
    }

    private static List<MetricCreditTier> tiers(
            @Nullable List<MetricInput.Tier> inputs, MetricUnit unit, MetricDirection direction, BigDecimal target) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        if (inputs.size() > TIERS_MAX) {
            throw refusal("creditTiers", "sla.metric.error.tiersTooMany", TIERS_MAX);
        }
        List<MetricCreditTier> tiers = new ArrayList<>();
        Set<BigDecimal> thresholds = new HashSet<>();
        for (int index = 0; index < inputs.size(); index++) {
            MetricInput.Tier input = inputs.get(index);
            String field = "creditTiers[" + index + "]";
            if (input == null) {
                throw refusal(field, "sla.metric.error.tierMissing");
            }
            BigDecimal threshold = number(field + ".threshold", input.threshold(), unit);
            if (direction.attains(threshold, target) && threshold.compareTo(target) != 0) {
                throw refusal(field + ".threshold", "sla.metric.error.tierBetterThanTarget", target.toPlainString());
            }
            if (!thresholds.add(threshold.stripTrailingZeros())) {
                throw refusal(field + ".threshold", "sla.metric.error.tierTwice", threshold.toPlainString());
            }
            BigDecimal percent = input.creditPercent();
            if (percent == null
                    || percent.signum() <= 0
                    || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw refusal(field + ".creditPercent", "sla.metric.error.creditPercent");
            }
            tiers.add(new MetricCreditTier(threshold, percent));
        }
        // best threshold first: highest for "at least", lowest for "at most"
        Comparator<MetricCreditTier> byThreshold = Comparator.comparing(MetricCreditTier::threshold);
        tiers.sort(direction == MetricDirection.AT_LEAST ? byThreshold.reversed() : byThreshold);
        return List.copyOf(tiers);
    }

    /** A target or threshold: present, within the unit's range, at most four decimals. */
    static BigDecimal number(String field, @Nullable BigDecimal value, MetricUnit unit) {
        if (value == null) {
            throw refusal(field, "sla.metric.error.numberMissing");
        }
        BigDecimal min = MeasurementChecks.min(unit);
        BigDecimal max = MeasurementChecks.max(unit);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw refusal(field, "sla.metric.error.numberRange", min.toPlainString(), max.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > SlaRules.SCALE) {
            throw refusal(field, "sla.metric.error.numberDecimals", SlaRules.SCALE);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String defaultCode(MetricKind kind) {
        return switch (kind) {
            case AVAILABILITY -> "AVAILABILITY";
            case RTO -> "RTO";
            case RPO -> "RPO";
            case SUPPORT_RESPONSE -> "SUPPORT";
            case INCIDENT_NOTIFICATION -> "NOTIFICATION";
            case CUSTOM -> "CUSTOM";
        };
    }

    private static String freeCode(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int suffix = 2; ; suffix++) {
            String code = base + "-" + suffix;
            if (!taken.contains(code)) {
                return code;
            }
        }
    }

    private static <E extends Enum<E>> E choice(
            Class<E> type, String field, @Nullable String value, @Nullable E fallback) {
        String text = text(value);
        if (text.isEmpty()) {
            if (fallback == null) {
                throw refusal(field, "sla.metric.error.choice", names(Arrays.asList(type.getEnumConstants())));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException outside) {
            throw refusal(field, "sla.metric.error.choice", names(Arrays.asList(type.getEnumConstants())));
        }
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static RuleViolationException refusal(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }
}
