package io.mekiki.provider;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a provider's attestations cover of a period (for a service when one is named: the attestations whose
 * scope names it or names no service): per kind of attestation, the months the report periods or validities
 * cover, the gaps between them, which months of a gap bridge letters close, the exceptions the reports note and
 * the complementary user-entity controls (CUECs) they expect from us with who or what performs each on our side.
 *
 * <p>A month counts as covered when every one of its days within the period is in a report period (or
 * validity); a month of a gap is closed when each of its uncovered days is in a bridge letter of that kind.
 *
 * @param from first day of the period looked at
 * @param to last day of the period looked at, not before {@code from}
 * @param asOf the day the coverage is read on (the organisation's today): a month is judged on its days up to it,
 *     and a month wholly after it that no report covers yet is upcoming, not a gap
 * @param kinds one entry per kind of attestation recorded for the provider, in the order of {@link AttestationKind}
 */
public record AttestationCoverage(
        UUID providerId,
        @Nullable UUID serviceId,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        List<KindCoverage> kinds) {

    public AttestationCoverage {
        kinds = List.copyOf(kinds);
    }

    /** Whether no kind leaves a month uncovered that no bridge letter closes. */
    public boolean complete() {
        return kinds.stream().allMatch(KindCoverage::complete);
    }

    /** The coverage of one kind, or nothing when the provider has no attestation of it in scope. */
    public @Nullable KindCoverage of(AttestationKind kind) {
        return kinds.stream().filter(entry -> entry.kind() == kind).findFirst().orElse(null);
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** How a month of the period stands for a kind of attestation. */
    public enum MonthStatus {
        /** Each of its days is in a report period or validity. */
        COVERED,
        /** Not covered by a report, but bridge letters close the rest. */
        BRIDGED,
        /** Some of its days nothing covers. */
        GAP,
        /** Wholly after the day the coverage is read on, and no report covers it yet. */
        UPCOMING
    }

    /** Months from {@code first} to {@code last}, both included. */
    public record Months(YearMonth first, YearMonth last) {

        public Months {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("Months end before they start: " + first + ".." + last);
            }
        }

        public int count() {
            return Math.toIntExact(ChronoUnit.MONTHS.between(first, last) + 1);
        }

        public boolean contains(YearMonth month) {
            return !month.isBefore(first) && !month.isAfter(last);
        }
    }

    /**
     * Months that the reports of a kind leave uncovered, in a row.
     *
     * @param bridged the months of the gap that bridge letters close
     * @param open the months of the gap still uncovered
     * @param bridgeLetterIds the bridge letters that close some of it
     */
    public record Gap(Months months, List<Months> bridged, List<Months> open, List<UUID> bridgeLetterIds) {

        public Gap {
            bridged = List.copyOf(bridged);
            open = List.copyOf(open);
            bridgeLetterIds = List.copyOf(bridgeLetterIds);
        }

        /** Whether bridge letters close the whole gap. */
        public boolean closed() {
            return open.isEmpty();
        }
    }

    /**
     * The coverage of one kind of attestation.
     *
     * @param attestationIds the attestations of this kind in scope that overlap the period, earliest first
     * @param covered the months covered by report periods (or validities)
     * @param gaps the months not covered, each with what bridge letters close of it
     * @param upcoming the months wholly after the day of reading that no report covers yet
     * @param exceptions exceptions noted in those reports
     * @param userEntityControls the controls those reports expect from us, mapped or not
     */
    public record KindCoverage(
            AttestationKind kind,
            List<UUID> attestationIds,
            List<Months> covered,
            List<Gap> gaps,
            List<Months> upcoming,
            List<ReportException> exceptions,
            List<UserEntityControl> userEntityControls) {

        public KindCoverage {
            attestationIds = List.copyOf(attestationIds);
            covered = List.copyOf(covered);
            gaps = List.copyOf(gaps);
            upcoming = List.copyOf(upcoming);
            exceptions = List.copyOf(exceptions);
            userEntityControls = List.copyOf(userEntityControls);
        }

        /** Whether every month is covered by a report or closed by a bridge letter. */
        public boolean complete() {
            return gaps.stream().allMatch(Gap::closed);
        }

        /** How the month stands for this kind. */
        public MonthStatus status(YearMonth month) {
            if (covered.stream().anyMatch(months -> months.contains(month))) {
                return MonthStatus.COVERED;
            }
            boolean bridged =
                    gaps.stream().flatMap(gap -> gap.bridged().stream()).anyMatch(months -> months.contains(month));
            if (bridged) {
                return MonthStatus.BRIDGED;
            }
            return upcoming.stream().anyMatch(months -> months.contains(month))
                    ? MonthStatus.UPCOMING
                    : MonthStatus.GAP;
        }

        /** The controls expected from us that no person or control of ours is mapped to. */
        public List<UserEntityControl> unmapped() {
            return userEntityControls.stream()
                    .filter(control -> !control.mapped())
                    .toList();
        }
    }
}
