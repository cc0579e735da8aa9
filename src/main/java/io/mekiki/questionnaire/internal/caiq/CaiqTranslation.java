package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Coverage;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Turns the answers read from a CAIQ sheet into draft answers of check items through a mapping (ADR 042). For
 * each entry whose item is asked and of whose questions at least one is answered:
 *
 * <ul>
 *   <li>every question answered NA: {@code NOT_APPLICABLE} (the descriptions give the reason);
 *   <li>every question answered, each Yes or NA and at least one Yes: {@code MEETS} when the entry covers the item
 *       fully, {@code PARTLY} when it covers part of it;
 *   <li>every answered question No (NA aside): {@code DOES_NOT_MEET};
 *   <li>Yes and No mixed, or Yes with questions left unanswered: {@code PARTLY};
 *   <li>only NA with questions left unanswered: {@code UNKNOWN}.
 * </ul>
 *
 * The text quotes each question's id, answer and description in the questionnaire's language and, for a partial
 * entry, says what the CAIQ answers leave open. Questions without an answer and a description are left out.
 */
public final class CaiqTranslation {

    /** The longest answer text a draft may hold (as an assessment answer). */
    public static final int ANSWER_MAX = 4_000;

    private static final String ELLIPSIS = "…";

    private CaiqTranslation() {}

    /**
     * @param asked the items the questionnaire asks; entries of other items are counted, not drafted
     * @param drafts one per item drafted, in the order of the mapping
     * @param notAsked items the sheet answers but the questionnaire does not ask
     * @param answered how many questions of the sheet have an answer
     * @param used how many of those the mapping reads
     */
    public record Outcome(List<CaiqDraft> drafts, List<String> notAsked, int answered, int used) {}

    public static Outcome translate(
            CaiqMapping mapping,
            Map<String, CaiqSheet.Row> rows,
            Set<String> asked,
            Locale locale,
            MessageSource messages) {
        List<CaiqDraft> drafts = new ArrayList<>();
        List<String> notAsked = new ArrayList<>();
        for (Entry entry : mapping.entries()) {
            List<CaiqSheet.Row> answered = entry.questions().stream()
                    .map(rows::get)
                    .filter(row -> row != null && row.answer() != null)
                    .toList();
            if (answered.isEmpty()) {
                continue;
            }
            if (!asked.contains(entry.item())) {
                notAsked.add(entry.item());
                continue;
            }
            AnswerStatus status = status(entry, answered);
            drafts.add(new CaiqDraft(entry.item(), status, text(mapping, entry, answered, locale, messages)));
        }
        int answeredCount =
                (int) rows.values().stream().filter(row -> row.answer() != null).count();
        Set<String> read = mapping.questionIds();
        int used = (int) rows.values().stream()
                .filter(row -> row.answer() != null && read.contains(row.questionId()))
                .count();
        return new Outcome(drafts, notAsked, answeredCount, used);
    }

    static AnswerStatus status(Entry entry, List<CaiqSheet.Row> answered) {
        boolean complete = answered.size() == entry.questions().size();
        long yes =
                answered.stream().filter(row -> row.answer() == CaiqAnswer.YES).count();
        long no = answered.stream().filter(row -> row.answer() == CaiqAnswer.NO).count();
        if (yes == 0 && no == 0) {
            return complete ? AnswerStatus.NOT_APPLICABLE : AnswerStatus.UNKNOWN;
        }
        if (no == 0) {
            return complete && entry.coverage() == Coverage.FULL ? AnswerStatus.MEETS : AnswerStatus.PARTLY;
        }
        return yes == 0 ? AnswerStatus.DOES_NOT_MEET : AnswerStatus.PARTLY;
    }

    private static String text(
            CaiqMapping mapping, Entry entry, List<CaiqSheet.Row> answered, Locale locale, MessageSource messages) {
        List<String> heads = new ArrayList<>();
        for (CaiqSheet.Row row : answered) {
            heads.add(messages.getMessage(
                    "caiq.draft.line",
                    new Object[] {
                        mapping.caiqVersion(),
                        row.questionId(),
                        messages.getMessage(row.answer().messageKey(), null, locale)
                    },
                    locale));
        }
        String tail = entry.coverage() == Coverage.PARTIAL
                ? messages.getMessage(
                        "caiq.draft.partial", new Object[] {entry.note().in(locale)}, locale)
                : "";
        int fixed = tail.length() + 2;
        for (String head : heads) {
            fixed += head.length() + 3;
        }
        int room = Math.max(0, ANSWER_MAX - fixed);
        int each = answered.isEmpty() ? 0 : room / answered.size();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answered.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(heads.get(i));
            String description = answered.get(i).description();
            if (!description.isEmpty()) {
                text.append('\n').append(shorten(description, each));
            }
        }
        if (!tail.isEmpty()) {
            text.append("\n\n").append(tail);
        }
        return text.length() > ANSWER_MAX ? text.substring(0, ANSWER_MAX - 1) + ELLIPSIS : text.toString();
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? ELLIPSIS : text.substring(0, max - 1) + ELLIPSIS;
    }
}
