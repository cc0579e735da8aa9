package io.mekiki.web;

import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one way pages show dates and times ({@code ${@times.dateTime(x)}}, {@code ${@times.date(x)}}): in
 * the signed-in user's organisation's time zone, labelled with the zone, in the reader's language.
 * Japanese: {@code 2026年12月2日 15:04 (JST)} and {@code 2026年12月2日}; English: {@code 2 Dec 2026,
 * 15:04 JST} and {@code 2 Dec 2026}. The zone is looked up once per request.
 */
@Component("times")
public class Times {

    private static final String ZONE_ATTRIBUTE = Times.class.getName() + ".zone";

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'");
    private static final DateTimeFormatter JAPANESE_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);

    /**
     * A zone's abbreviation in and out of summer time (JST, CET, CEST), looked up once: the formatter's
     * own look-up of zone names was a twentieth of a page with a table of times.
     */
    private static final Map<String, String> ZONE_NAMES = new ConcurrentHashMap<>();

    private final OrganizationTime organizationTime;

    Times(OrganizationTime organizationTime) {
        this.organizationTime = organizationTime;
    }

    /**
     * A moment (an {@code Instant}, an offset or zoned date-time, or an ISO-8601 instant as text) as date
     * and time in the organisation's zone, with the zone's abbreviation; empty for null.
     */
    public String dateTime(@Nullable Object moment) {
        ZonedDateTime local = inZone(moment);
        if (local == null) {
            return "";
        }
        String zone = zoneName(local);
        return english()
                ? ENGLISH_DATE_TIME.format(local) + " " + zone
                : JAPANESE_DATE_TIME.format(local) + " (" + zone + ")";
    }

    private static String zoneName(ZonedDateTime local) {
        boolean summer = local.getZone().getRules().isDaylightSavings(local.toInstant());
        return ZONE_NAMES.computeIfAbsent(
                local.getZone().getId() + (summer ? "+summer" : ""), key -> ZONE_NAME.format(local));
    }

    /**
     * A calendar date (a {@code LocalDate} as it is, or a moment as its date in the organisation's zone),
     * for due dates and periods where the time adds nothing; empty for null.
     */
    public String date(@Nullable Object day) {
        LocalDate date = day instanceof LocalDate plain ? plain : dateOf(inZone(day));
        return date == null ? "" : dateIn(date, LocaleContextHolder.getLocale());
    }

    /**
     * A calendar date in the language, for HTML rendered outside a request's beans (the catalogue's cached
     * results): {@code ${T(io.mekiki.web.Times).dateIn(day, #locale)}}. A day needs no time zone.
     */
    public static String dateIn(LocalDate day, Locale language) {
        return ("en".equals(language.getLanguage()) ? ENGLISH_DATE : JAPANESE_DATE).format(day);
    }

    /** The zone times are shown in for the current request. */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId kept) {
            return kept;
        }
        ZoneId zone = signedInZone();
        if (request != null) {
            request.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    /** Today in the organisation's calendar. */
    public LocalDate today() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return organizationTime.today(user.organizationId());
        }
        return LocalDate.now(OrganizationTime.DEFAULT_ZONE);
    }

    private ZoneId signedInZone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return organizationTime.zoneOf(user.organizationId());
        }
        return OrganizationTime.DEFAULT_ZONE;
    }

    private @Nullable ZonedDateTime inZone(@Nullable Object moment) {
        Instant instant;
        if (moment == null || moment instanceof String blank && blank.isBlank()) {
            return null;
        } else if (moment instanceof Instant plain) {
            instant = plain;
        } else if (moment instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (moment instanceof ZonedDateTime zoned) {
            instant = zoned.toInstant();
        } else if (moment instanceof String text) {
            instant = Instant.parse(text);
        } else {
            throw new IllegalArgumentException("Not a moment: " + moment.getClass());
        }
        return instant.atZone(zone());
    }

    private static @Nullable LocalDate dateOf(@Nullable ZonedDateTime moment) {
        return moment == null ? null : moment.toLocalDate();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
