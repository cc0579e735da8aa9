package io.mekiki.questionnaire.internal.caiq;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Coverage;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Entry;
import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How CAIQ answers become draft answers through a mapping (ADR 042). */
class CaiqTranslationTests {

    private static final Entry FULL =
            new Entry("OS-REGION-01", List.of("DSP-19.1", "DSP-19.2"), Coverage.FULL, new LocalizedText("全体", "all"));
    private static final Entry PARTIAL = new Entry(
            "RS-BACKUP-01",
            List.of("BCR-08.1", "BCR-08.2"),
            Coverage.PARTIAL,
            new LocalizedText("頻度は別途。", "Frequency still open."));
    private static final CaiqMapping MAPPING = new CaiqMapping(
            "t",
            "4.1",
            LocalDate.of(2026, 12, 3),
            List.of("2026.2"),
            new LocalizedText("t", "t"),
            List.of(FULL, PARTIAL));

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void statusFollowsTheAnswersAndTheCoverage() {
        assertThat(status(FULL, "YES", "YES")).isEqualTo(AnswerStatus.MEETS);
        assertThat(status(FULL, "YES", "NA")).isEqualTo(AnswerStatus.MEETS);
        assertThat(status(PARTIAL, "YES", "YES")).isEqualTo(AnswerStatus.PARTLY);
        assertThat(status(FULL, "YES", null)).isEqualTo(AnswerStatus.PARTLY);
        assertThat(status(FULL, "YES", "NO")).isEqualTo(AnswerStatus.PARTLY);
        assertThat(status(FULL, "NO", "NO")).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(status(FULL, "NO", null)).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(status(FULL, "NO", "NA")).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(status(FULL, "NA", "NA")).isEqualTo(AnswerStatus.NOT_APPLICABLE);
        assertThat(status(FULL, "NA", null)).isEqualTo(AnswerStatus.UNKNOWN);
    }

    @Test
    void draftsOnlyTheItemsAskedAndQuotesTheAnswersInTheQuestionnairesLanguage() {
        Map<String, CaiqSheet.Row> rows = rows(
                row("DSP-19.1", CaiqAnswer.YES, "Tokyo and Osaka regions.", 5),
                row("DSP-19.2", CaiqAnswer.YES, "", 6),
                row("BCR-08.1", CaiqAnswer.YES, "Daily.", 7),
                row("TVM-01.1", CaiqAnswer.NO, "", 8),
                row("AIS-01.1", null, "no answer", 9));

        CaiqTranslation.Outcome ja =
                CaiqTranslation.translate(MAPPING, rows, Set.of("OS-REGION-01"), Locale.JAPANESE, messages);
        CaiqTranslation.Outcome en = CaiqTranslation.translate(
                MAPPING, rows, Set.of("OS-REGION-01", "RS-BACKUP-01"), Locale.ENGLISH, messages);

        assertThat(ja.drafts()).singleElement().satisfies(draft -> {
            assertThat(draft.itemId()).isEqualTo("OS-REGION-01");
            assertThat(draft.status()).isEqualTo(AnswerStatus.MEETS);
            assertThat(draft.answer())
                    .isEqualTo("CAIQ v4.1 DSP-19.1: はい\nTokyo and Osaka regions.\n\nCAIQ v4.1 DSP-19.2: はい");
        });
        assertThat(ja.notAsked()).containsExactly("RS-BACKUP-01");
        assertThat(ja.answered()).isEqualTo(4);
        assertThat(ja.used()).isEqualTo(3);
        assertThat(en.drafts()).extracting(CaiqDraft::itemId).containsExactly("OS-REGION-01", "RS-BACKUP-01");
        assertThat(en.drafts().get(1).status()).isEqualTo(AnswerStatus.PARTLY);
        assertThat(en.drafts().get(1).answer())
                .isEqualTo("CAIQ v4.1 BCR-08.1: Yes\nDaily.\n\n"
                        + "The CAIQ answers cover only part of this check item. Frequency still open.");
        assertThat(en.notAsked()).isEmpty();
    }

    @Test
    void longDescriptionsAreShortenedToFitOneAnswer() {
        Map<String, CaiqSheet.Row> rows = rows(
                row("DSP-19.1", CaiqAnswer.YES, "a".repeat(4000), 5),
                row("DSP-19.2", CaiqAnswer.YES, "b".repeat(4000), 6));

        String answer = CaiqTranslation.translate(MAPPING, rows, Set.of("OS-REGION-01"), Locale.ENGLISH, messages)
                .drafts()
                .get(0)
                .answer();

        assertThat(answer).hasSizeLessThanOrEqualTo(CaiqTranslation.ANSWER_MAX);
        assertThat(answer).contains("CAIQ v4.1 DSP-19.2: Yes\nbbb").contains("a…\n\n");
    }

    private AnswerStatus status(Entry entry, String first, String second) {
        List<CaiqSheet.Row> answered = new java.util.ArrayList<>();
        answered.add(row(entry.questions().get(0), CaiqAnswer.valueOf(first), "", 4));
        if (second != null) {
            answered.add(row(entry.questions().get(1), CaiqAnswer.valueOf(second), "", 5));
        }
        return CaiqTranslation.status(entry, answered);
    }

    private static CaiqSheet.Row row(String id, CaiqAnswer answer, String description, int row) {
        return new CaiqSheet.Row(id, answer, description, row);
    }

    private static Map<String, CaiqSheet.Row> rows(CaiqSheet.Row... rows) {
        Map<String, CaiqSheet.Row> byId = new LinkedHashMap<>();
        for (CaiqSheet.Row row : rows) {
            byId.put(row.questionId(), row);
        }
        return byId;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
