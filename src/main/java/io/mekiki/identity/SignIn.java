package io.mekiki.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The state of signed-in users, reloaded while their session lasts (sign-in itself: {@link PasswordSignIn}). */
@Service
public class SignIn {

    private final UserAccounts users;

    SignIn(UserAccounts users) {
        this.users = users;
    }

    /** Whether an account with this e-mail address exists (for start-up tasks; sign-in never says). */
    @Transactional(readOnly = true)
    public boolean isRegistered(String email) {
        return users.findByEmail(email.strip()).isPresent();
    }

    /** The current state of a signed-in user, or empty when they no longer may sign in. */
    @Transactional(readOnly = true)
    public Optional<MekikiUser> current(UUID userId) {
        return users.findById(userId).filter(UserAccount::canSignIn).map(MekikiUser::of);
    }
}
