package io.mekiki.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.audit.LedgerEntry;
import io.mekiki.audit.LedgerSubjects;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

class LedgerReadingTests {

    private final LedgerReading reading =
            new LedgerReading(messages(), new StaticListableBeanFactory().getBeanProvider(LedgerSubjects.class));

    @Test
    void aSubjectTypeInAChangeReadsAsItsNameInTheReadersLanguage() {
        LedgerEntry requested = entry("{\"subjectType\":\"INITIATIVE\",\"topic\":\"Go\"}");

        assertThat(after(requested, Locale.ENGLISH, "Subject type")).isEqualTo("Initiative");
        assertThat(after(requested, Locale.JAPANESE, "対象の種類")).isEqualTo("導入案件");
    }

    @Test
    void evidenceKindsReadAsTheirNamesAndAnUnknownCodeStaysAsItIs() {
        LedgerEntry requested = entry("{\"subjectType\":\"SOMETHING_NEW\",\"evidence\":[{\"kind\":\"FILE\"}]}");

        assertThat(after(requested, Locale.ENGLISH, "Subject type")).isEqualTo("SOMETHING_NEW");
        assertThat(after(requested, Locale.ENGLISH, "Evidence"))
                .contains("File")
                .doesNotContain("FILE");
    }

    private String after(LedgerEntry entry, Locale locale, String label) {
        return reading.read(UUID.randomUUID(), List.of(entry), locale).get(0).fields().stream()
                .filter(field -> field.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among "
                        + reading.read(UUID.randomUUID(), List.of(entry), locale)
                                .get(0)
                                .fields()))
                .after();
    }

    private static LedgerEntry entry(String change) {
        return new LedgerEntry(
                UUID.randomUUID(),
                1,
                "2026-12-02T10:00:00Z",
                UUID.randomUUID().toString(),
                "山本 健一 <yamamoto@example.com>",
                "decision.decision.requested",
                "DECISION",
                UUID.randomUUID().toString(),
                change,
                "digest",
                "previous",
                "hash");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
