package io.mekiki.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Writes a session back only when something in it changed. Spring Session counts every request's new
 * last-access time as a change and so updates the session's row on every request; here that time is
 * written only when the stored one is older than {@link #LAST_ACCESS_RESOLUTION}, so a session may expire
 * that much earlier than its timeout after the last request, and a page view costs no write.
 *
 * <p>Within one request ({@link #beginRequest}) a session is read once: Spring Session reads the requested
 * session when the request first asks for it and again after writing it back (to decide whether to send a
 * cookie); the second read gets the session already at hand, as long as it still has the requested id and
 * has not been deleted or expired. Outside a request every read goes to the store.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

    static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

    /** The sessions read in the current request, by id; null outside {@link #beginRequest}. */
    private static final ThreadLocal<@Nullable Map<String, QuietSession>> READ_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession(), true);
    }

    @Override
    public void save(QuietSession session) {
        if (session.changed) {
            sessions.save(session.stored);
            session.changed = false;
        }
    }

    @Override
    public @Nullable QuietSession findById(String id) {
        Map<String, QuietSession> read = READ_IN_REQUEST.get();
        if (read != null) {
            QuietSession kept = read.get(id);
            if (kept != null && kept.getId().equals(id) && !kept.isExpired()) {
                return kept;
            }
            read.remove(id);
        }
        Session found = sessions.findById(id);
        if (found == null) {
            return null;
        }
        QuietSession session = new QuietSession(found, false);
        if (read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession> read = READ_IN_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        sessions.deleteById(id);
    }

    /**
     * Starts keeping the session reads of the request on this thread (see the class comment); false when a
     * request is already being kept, which then goes on and must not be ended by the caller.
     */
    static boolean beginRequest() {
        if (READ_IN_REQUEST.get() != null) {
            return false;
        }
        READ_IN_REQUEST.set(new HashMap<>());
        return true;
    }

    /** Forgets the sessions read in the request on this thread. */
    static void endRequest() {
        READ_IN_REQUEST.remove();
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession(session, false)));
        return found;
    }

    /** A stored session that remembers whether it must be written. */
    static final class QuietSession implements Session {

        private final Session stored;
        private boolean changed;

        QuietSession(Session stored, boolean changed) {
            this.stored = stored;
            this.changed = changed;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (changed
                    || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_RESOLUTION))) {
                changed = true;
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(stored.getMaxInactiveInterval())) {
                changed = true;
                stored.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
