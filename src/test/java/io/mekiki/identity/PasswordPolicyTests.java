package io.mekiki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final String EMAIL = "hanako@example.test";
    /** U+20BB7, a kanji outside the Basic Multilingual Plane: one character, two UTF-16 units. */
    private static final String SUPPLEMENTARY_KANJI = "\uD842\uDFB7";

    @Test
    void acceptsTwelveToHundredTwentyEightCharacters() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(12), EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("a".repeat(128), EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertRefused("a".repeat(11), "identity.error.passwordTooShort");
        assertRefused("", "identity.error.passwordTooShort");
        assertRefused(null, "identity.error.passwordTooShort");
    }

    @Test
    void refusesMoreThanHundredTwentyEightCharacters() {
        assertRefused("a".repeat(129), "identity.error.passwordTooLong");
    }

    @Test
    void countsJapaneseCharactersOneByOne() {
        assertThatCode(() -> PasswordPolicy.check("ひみつのあいことばはさく", EMAIL)).doesNotThrowAnyException();
        assertRefused("ひみつのあいことばはさ", "identity.error.passwordTooShort");
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsOneEach() {
        // six characters in twelve UTF-16 units: too short, although String.length() says 12
        assertRefused(SUPPLEMENTARY_KANJI.repeat(6), "identity.error.passwordTooShort");
        // 128 characters in 256 UTF-16 units: still allowed
        assertThatCode(() -> PasswordPolicy.check(SUPPLEMENTARY_KANJI.repeat(128), EMAIL))
                .doesNotThrowAnyException();
        assertRefused(SUPPLEMENTARY_KANJI.repeat(129), "identity.error.passwordTooLong");
    }

    @Test
    void refusesTheOwnEmailAddressInAnyCase() {
        assertRefused(EMAIL, "identity.error.passwordIsEmail");
        assertRefused("  HANAKO@Example.TEST ", "identity.error.passwordIsEmail");
        assertThatCode(() -> PasswordPolicy.check(EMAIL + "!", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void tellsTheLimitInTheRefusal() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", EMAIL))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.arguments()).containsExactly(PasswordPolicy.MINIMUM_LENGTH));
    }

    private static void assertRefused(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, EMAIL))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.messageCode()).isEqualTo(code);
                    assertThat(violation.kind()).isEqualTo(RuleViolationException.Kind.UNPROCESSABLE);
                });
    }
}
