package io.mekiki.contract;

import io.mekiki.catalog.Section;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contract's terms review (ADR 034): the check items of the candidate's scoping that concern the terms — the
 * guide's special items (responsibility split, the seven misalignment points) and every item the catalogue
 * places in the application phase — each with its answer against this contract.
 *
 * @param release the catalogue release the items come from
 * @param approval the approval of the terms gate that approves the deviations as they stand; null while there
 *     is none, or once it went stale
 */
public record TermsReview(
        UUID contractId,
        UUID initiativeId,
        String release,
        List<Item> items,
        @Nullable Approval approval) {

    public TermsReview {
        items = List.copyOf(items);
    }

    public int total() {
        return items.size();
    }

    /** Items answered as the gate needs them (a clause where one is needed). */
    public int answered() {
        return (int) items.stream().filter(Item::answered).count();
    }

    public boolean complete() {
        return answered() == total();
    }

    public List<Item> special() {
        return items.stream().filter(Item::special).toList();
    }

    public int reconfirmed() {
        return (int) special().stream()
                .filter(item -> item.answer() != null && item.answer().reconfirmed())
                .count();
    }

    /** The items whose answer is DEVIATES: the deviations from internal policy an executive approves. */
    public List<Item> deviations() {
        return items.stream()
                .filter(item -> item.answer() != null && item.answer().result() == TermsReviewResult.DEVIATES)
                .toList();
    }

    /**
     * An item to review.
     *
     * @param special one of the guide's special items (responsibility split, misalignment), reconfirmed against
     *     the contract for the special-items gate
     * @param answer null while not answered
     */
    public record Item(
            String itemId,
            Section section,
            LifeCyclePhase phase,
            LocalizedText title,
            LocalizedText question,
            int weight,
            boolean special,
            @Nullable Answer answer) {

        public boolean answered() {
            return answer != null;
        }
    }

    /**
     * An item's answer against the contract.
     *
     * @param clause the clause of the terms (or SLA) that settles it; absent only for NOT_ADDRESSED
     * @param reason why the deviation is accepted (DEVIATES)
     * @param mitigation what we do about it (DEVIATES)
     * @param reconfirmedAt when a special item was reconfirmed against the contract; null while not
     */
    public record Answer(
            TermsReviewResult result,
            @Nullable String clause,
            @Nullable String note,
            @Nullable String reason,
            @Nullable String mitigation,
            Instant reviewedAt,
            UUID reviewedBy,
            @Nullable Instant reconfirmedAt,
            @Nullable UUID reconfirmedBy) {

        public boolean reconfirmed() {
            return reconfirmedAt != null;
        }
    }

    /** The executive's approval of the terms gate, which approves the deviations listed in its basis. */
    public record Approval(
            UUID decisionId,
            String title,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}
}
