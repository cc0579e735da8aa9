package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTests {

    @Test
    void japaneseComesFirst() {
        assertThat(Languages.SUPPORTED).containsExactly(Locale.JAPANESE, Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "JA", "ja-JP", " ja "})
    void understandsJapanese(String tag) {
        assertThat(Languages.parse(tag)).contains(Languages.JAPANESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "EN"})
    void understandsEnglish(String tag) {
        assertThat(Languages.parse(tag)).contains(Languages.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "fr", "zh-CN", "not a language", "//evil.example"})
    void refusesWhatItDoesNotSpeak(String tag) {
        assertThat(Languages.parse(tag)).isEmpty();
    }
}
