package io.mekiki.identity;

import java.util.UUID;

/** Something that happened to a user account; the ledger's subject is the user. */
public sealed interface UserChange extends IdentityChange
        permits UserCreated,
                UserInvited,
                UserActivationReissued,
                UserActivated,
                PasswordChanged,
                PasswordReset,
                UserLanguageChanged,
                UserRolesChanged,
                RoleGrantRequested,
                RoleGrantConfirmed,
                RoleGrantDeclined,
                UserDisabled,
                UserEnabled {

    UUID userId();

    @Override
    default String subjectType() {
        return USER;
    }

    @Override
    default String subjectId() {
        return userId().toString();
    }
}
