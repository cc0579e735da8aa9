package io.mekiki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAccountTests {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));
    private static final UUID ORGANIZATION = UUID.randomUUID();

    @Test
    void invitedUserCannotSignInUntilActivated() {
        UserAccount user = invited();

        assertThat(user.awaitsActivation()).isTrue();
        assertThat(user.canSignIn()).isFalse();
        assertThat(user.activationExpiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void activationWithinItsValiditySetsThePasswordAndUsesUpTheLink() {
        UserAccount user = invited();

        user.activate("{argon2}hash", EXPIRES.minusSeconds(1));

        assertThat(user.canSignIn()).isTrue();
        assertThat(user.awaitsActivation()).isFalse();
        assertThat(user.passwordHash()).isEqualTo("{argon2}hash");
        assertThat(user.activationExpiresAt()).isNull();
    }

    @Test
    void expiredActivationIsRefusedAndChangesNothing() {
        UserAccount user = invited();

        assertRefused(() -> user.activate("{argon2}hash", EXPIRES.plusSeconds(1)), "identity.error.activationExpired");

        assertThat(user.awaitsActivation()).isTrue();
        assertThat(user.canSignIn()).isFalse();
        assertThat(user.activationExpiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void usedActivationIsRefusedTheSecondTime() {
        UserAccount user = invited();
        user.activate("{argon2}first", NOW);

        assertRefused(() -> user.activate("{argon2}second", NOW), "identity.error.activationExpired");

        assertThat(user.passwordHash()).isEqualTo("{argon2}first");
    }

    @Test
    void userWithPasswordCannotBeActivated() {
        UserAccount user = withPassword(EnumSet.of(Role.RISK_OFFICER));

        assertRefused(() -> user.activate("{argon2}other", NOW), "identity.error.activationExpired");

        assertThat(user.passwordHash()).isEqualTo("{argon2}initial");
    }

    @Test
    void reissuedActivationIsValidAgain() {
        UserAccount user = invited();
        Instant later = EXPIRES.plus(Duration.ofDays(1));
        user.reissueActivation("b".repeat(64), later.plus(Duration.ofDays(7)));

        user.activate("{argon2}hash", later);

        assertThat(user.canSignIn()).isTrue();
    }

    @Test
    void disablingTwiceIsRefused() {
        UserAccount user = withPassword(EnumSet.of(Role.AUDITOR));

        user.disable();

        assertThat(user.enabled()).isFalse();
        assertThat(user.canSignIn()).isFalse();
        assertRefused(user::disable, "identity.error.alreadyDisabled");
        assertThat(user.enabled()).isFalse();
    }

    @Test
    void enablingTwiceIsRefused() {
        UserAccount user = withPassword(EnumSet.of(Role.AUDITOR));
        assertRefused(user::enable, "identity.error.alreadyEnabled");

        user.disable();
        user.enable();

        assertThat(user.enabled()).isTrue();
        assertThat(user.canSignIn()).isTrue();
        assertRefused(user::enable, "identity.error.alreadyEnabled");
    }

    @Test
    void disabledAdministratorIsNoActiveAdministrator() {
        UserAccount admin = withPassword(EnumSet.of(Role.ADMIN));
        assertThat(admin.isActiveAdmin()).isTrue();

        admin.disable();

        assertThat(admin.isActiveAdmin()).isFalse();
    }

    @Test
    void aUserNeedsAtLeastOneRole() {
        assertRefused(() -> withPassword(EnumSet.noneOf(Role.class)), "identity.error.rolesRequired");
        assertRefused(
                () -> UserAccount.invited(
                        ORGANIZATION,
                        "new@example.test",
                        "New",
                        Set.of(),
                        Locale.JAPANESE,
                        "a".repeat(64),
                        EXPIRES,
                        NOW),
                "identity.error.rolesRequired");
    }

    @Test
    void rolesCannotBeChangedToNone() {
        UserAccount user = withPassword(EnumSet.of(Role.EXECUTIVE, Role.RISK_OFFICER));

        assertRefused(() -> user.changeRoles(Set.of()), "identity.error.rolesRequired");

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.RISK_OFFICER);
        user.changeRoles(Set.of(Role.AUDITOR));
        assertThat(user.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void emailIsKeptInOneSpelling() {
        UserAccount user = UserAccount.withPassword(
                ORGANIZATION,
                "  Hanako.Yamada@Example.TEST ",
                " 山田 花子 ",
                Set.of(Role.EXECUTIVE),
                "{argon2}x",
                Locale.JAPANESE,
                NOW);

        assertThat(user.email()).isEqualTo("hanako.yamada@example.test");
        assertThat(user.displayName()).isEqualTo("山田 花子");
    }

    private static UserAccount invited() {
        return UserAccount.invited(
                ORGANIZATION,
                "invited@example.test",
                "Invited",
                Set.of(Role.BUSINESS_OWNER),
                Locale.JAPANESE,
                "a".repeat(64),
                EXPIRES,
                NOW);
    }

    private static UserAccount withPassword(Set<Role> roles) {
        return UserAccount.withPassword(
                ORGANIZATION, "user@example.test", "User", roles, "{argon2}initial", Locale.JAPANESE, NOW);
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo(code));
    }
}
