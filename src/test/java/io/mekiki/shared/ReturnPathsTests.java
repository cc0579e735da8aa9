package io.mekiki.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathsTests {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/audit", "/audit?subjectType=USER&page=2", "/phases/selection", "/login?error"})
    void returnsToPathsOfThisApplication(String path) {
        assertThat(ReturnPaths.safe(path, "/")).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "//evil.example",
                "///evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/",
                "http:/evil.example",
                "evil.example",
                "javascript:alert(1)",
                "/ok\r\nSet-Cookie: stolen=1",
                "/ok\nLocation: https://evil.example",
                "/ok\rLocation: https://evil.example",
                // browsers drop tabs and line breaks inside URLs, which turns these into //evil.example
                "/\t/evil.example",
                "/\u000b/evil.example",
                "/\u0000/evil.example"
            })
    void neverLeavesTheApplication(String attempt) {
        assertThat(ReturnPaths.safe(attempt, "/")).isEqualTo("/");
    }

    @Test
    void aRedirectIsToThePlainPathWithNothingLeftToExpand() {
        assertThat(ReturnPaths.redirect("/initiatives/1?tab={x}", "/"))
                .isEqualTo("redirect:/initiatives/1?tab=%7Bx%7D");
        assertThat(ReturnPaths.redirect("/資産 一覧?q=a%20b&p=1#top", "/"))
                .isEqualTo("redirect:/%E8%B3%87%E7%94%A3%20%E4%B8%80%E8%A6%A7?q=a%20b&p=1#top");
        assertThat(ReturnPaths.redirect("/100%", "/")).isEqualTo("redirect:/100%25");
        assertThat(ReturnPaths.redirect("//evil.example/{x}", "/decisions")).isEqualTo("redirect:/decisions");
        assertThat(ReturnPaths.redirect(null, "/decisions")).isEqualTo("redirect:/decisions");
    }
}
