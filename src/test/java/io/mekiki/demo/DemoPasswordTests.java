package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.identity.PasswordPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPasswordTests {

    private static final List<String> EMAILS = List.of("executive@demo.mekiki.test", "admin@demo.mekiki.test");

    @Test
    void withoutAConfiguredPasswordANewRandomOneIsMadeThatMeetsThePolicy() {
        DemoPassword first = DemoPassword.choose(null, EMAILS);
        DemoPassword second = DemoPassword.choose("  ", EMAILS);

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isTrue();
        assertThat(first.value()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}").isNotEqualTo(second.value());
        PasswordPolicy.check(first.value(), EMAILS.get(0));
    }

    @Test
    void theOperatorsPasswordIsTakenAsItIs() {
        DemoPassword chosen = DemoPassword.choose("our demo passphrase 2026", EMAILS);

        assertThat(chosen.generated()).isFalse();
        assertThat(chosen.value()).isEqualTo("our demo passphrase 2026");
        assertThat(chosen.toString()).as("never in a log by accident").doesNotContain("passphrase");
    }

    @Test
    void aPasswordBelowThePolicyIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DemoPassword.choose("short", EMAILS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MEKIKI_DEMO_PASSWORD")
                .hasMessageContaining(String.valueOf(PasswordPolicy.MINIMUM_LENGTH));
        assertThatThrownBy(() -> DemoPassword.choose("admin@demo.mekiki.test", EMAILS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("e-mail");
    }
}
