package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.shared.OrganizationTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TimesTests {

    private final Times times = new Times(new OrganizationTime() {
        @Override
        public ZoneId zoneOf(UUID organizationId) {
            return DEFAULT_ZONE;
        }

        @Override
        public LocalDate today(UUID organizationId) {
            return LocalDate.now(DEFAULT_ZONE);
        }
    });

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsTokyoTimeWithItsZoneInEitherLanguage() {
        Instant moment = Instant.parse("2026-12-02T06:04:00Z");

        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(times.dateTime(moment)).isEqualTo("2026年12月2日 15:04 (JST)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.dateTime(moment)).isEqualTo("2 Dec 2026, 15:04 JST");
        assertThat(times.dateTime("2026-12-02T06:04:00Z")).isEqualTo("2 Dec 2026, 15:04 JST");
    }

    @Test
    void namesSummerAndWinterTimeOfTheOrganisationsZoneApart() {
        inZone("Europe/Berlin");
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(times.dateTime(Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("1 Jul 2026, 12:00 CEST");
        assertThat(times.dateTime(Instant.parse("2026-12-01T10:00:00Z"))).isEqualTo("1 Dec 2026, 11:00 CET");
        assertThat(times.dateTime(Instant.parse("2026-07-02T10:00:00Z"))).isEqualTo("2 Jul 2026, 12:00 CEST");
    }

    @Test
    void showsNothingForNoMomentAndPlainDaysWithoutZone() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);

        assertThat(times.dateTime(null)).isEmpty();
        assertThat(times.dateTime(" ")).isEmpty();
        assertThat(times.date(LocalDate.of(2027, 3, 31))).isEqualTo("2027年3月31日");
    }

    private static void inZone(String zone) {
        var request = new ServletRequestAttributes(new MockHttpServletRequest());
        request.setAttribute(Times.class.getName() + ".zone", ZoneId.of(zone), RequestAttributes.SCOPE_REQUEST);
        RequestContextHolder.setRequestAttributes(request);
    }
}
