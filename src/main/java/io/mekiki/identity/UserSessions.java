package io.mekiki.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a person's browser sessions, found by the principal name under which Spring Session indexes them. */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    UserSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user but {@code keep} (the one they act in, or null); answers how many ended. */
    int endAll(UserAccount user, @Nullable String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(user.email()).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
