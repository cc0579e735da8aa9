package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as English does: "1 decision", "2 decisions", never "1 decisions". */
class CountWordingTests {

    /** "1 entries", "of 1 gates", "(1 items)": a one followed by a plural noun. */
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (check )?(entries|[a-z]+s)\\b");

    private final ResourceBundleMessageSource messages = messages();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "audit.valid",
                "audit.count",
                "audit.verified.scope",
                "audit.invalid.scope",
                "scoping.page.summary",
                "scoping.page.itemCount",
                "catalog.found",
                "catalog.section.count",
                "assets.count",
                "provider.days",
                "decision.count",
                "instruction.list.count",
                "initiative.progress",
                "initiative.kpi.chart",
                "initiative.scoping.summary"
            })
    void oneIsSingularAndMoreArePlural(String key) {
        String one = messages.getMessage(key, new Object[] {1, 1, 1, 1, 1}, Locale.ENGLISH);
        String two = messages.getMessage(key, new Object[] {2, 2, 2, 2, 2}, Locale.ENGLISH);
        String many = messages.getMessage(key, new Object[] {1234, 1234, 1234, 1234, 1234}, Locale.ENGLISH);

        assertThat(one).doesNotContainPattern(ONE_PLURAL).contains("1");
        assertThat(two).isNotEqualTo(one.replace("1", "2")).contains("2");
        assertThat(many).contains("1,234");
        assertThat(messages.getMessage(key, new Object[] {1, 1, 1, 1, 1}, Locale.JAPANESE))
                .as("Japanese has no plural forms: the same wording for every count")
                .contains("1");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
