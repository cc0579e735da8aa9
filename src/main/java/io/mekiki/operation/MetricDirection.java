package io.mekiki.operation;

import java.math.BigDecimal;

/** Which side of the target attains it: at least the target (availability) or at most (a recovery time). */
public enum MetricDirection {
    AT_LEAST,
    AT_MOST;

    /** Whether {@code value} attains {@code target} in this direction (the target itself attains it). */
    public boolean attains(BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
    }

    /** Whether {@code value} is worse than {@code threshold} in this direction (strictly). */
    public boolean worseThan(BigDecimal value, BigDecimal threshold) {
        return !attains(value, threshold);
    }

    /** The worse of two values in this direction. */
    public BigDecimal worse(BigDecimal one, BigDecimal other) {
        return worseThan(other, one) ? other : one;
    }
}
