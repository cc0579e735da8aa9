package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttestationValidityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void endingWithinNinetyDaysIsTimeToRenew() {
        assertThat(AttestationValidity.on(TODAY, TODAY.plusDays(91))).isEqualTo(AttestationValidity.VALID);
        assertThat(AttestationValidity.on(TODAY, TODAY.plusDays(90))).isEqualTo(AttestationValidity.EXPIRING);
        assertThat(AttestationValidity.on(TODAY, TODAY)).isEqualTo(AttestationValidity.EXPIRING);
        assertThat(AttestationValidity.on(TODAY, TODAY.minusDays(1))).isEqualTo(AttestationValidity.EXPIRED);
        assertThat(AttestationValidity.on(TODAY, null)).isEqualTo(AttestationValidity.OPEN);
    }
}
