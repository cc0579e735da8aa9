package io.mekiki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** A session is written back when it changed, and its last access only once per resolution. */
class QuietSessionRepositoryTests {

    private final CountingSessions stored = new CountingSessions();
    private final QuietSessionRepository sessions = new QuietSessionRepository(stored);

    @Test
    void aNewSessionIsWritten() {
        var session = sessions.createSession();
        sessions.save(session);

        assertThat(stored.saves).isEqualTo(1);
        assertThat(sessions.findById(session.getId())).isNotNull();
    }

    @Test
    void aRequestSoonAfterTheLastOneWritesNothing() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        var session = sessions.findById(id);
        session.setLastAccessedTime(Instant.now());
        session.getAttribute("SPRING_SECURITY_CONTEXT");
        sessions.save(session);

        assertThat(stored.saves).isZero();
    }

    @Test
    void theLastAccessIsWrittenOncePerResolution() {
        Instant lastUsed = Instant.now()
                .minus(QuietSessionRepository.LAST_ACCESS_RESOLUTION)
                .minusSeconds(1);
        String id = storedSessionLastUsed(lastUsed);

        var session = sessions.findById(id);
        Instant now = Instant.now();
        session.setLastAccessedTime(now);
        sessions.save(session);

        assertThat(stored.saves).isEqualTo(1);
        assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(now);
    }

    @Test
    void aChangedAttributeIsWritten() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        var session = sessions.findById(id);
        session.setLastAccessedTime(Instant.now());
        session.setAttribute("SPRING_SECURITY_CONTEXT", "changed roles");
        sessions.save(session);

        assertThat(stored.saves).isEqualTo(1);
        assertThat(stored.findById(id).<String>getAttribute("SPRING_SECURITY_CONTEXT"))
                .isEqualTo("changed roles");
    }

    @Test
    void aNewSessionIdIsWritten() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        var session = sessions.findById(id);
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(stored.saves).isEqualTo(1);
        assertThat(stored.findById(newId)).isNotNull();
    }

    @Test
    void withinARequestTheSessionIsReadOnce() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        QuietSessionRepository.beginRequest();
        try {
            var first = sessions.findById(id);
            sessions.save(first);
            var again = sessions.findById(id);

            assertThat(again).isSameAs(first);
            assertThat(stored.reads).isEqualTo(1);
        } finally {
            QuietSessionRepository.endRequest();
        }
    }

    @Test
    void theNextRequestReadsTheStoreAgain() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        QuietSessionRepository.beginRequest();
        sessions.findById(id);
        QuietSessionRepository.endRequest();
        var elsewhere = stored.findById(id);
        elsewhere.setAttribute("SPRING_SECURITY_CONTEXT", "changed elsewhere");
        stored.save(elsewhere);
        stored.reads = 0;
        QuietSessionRepository.beginRequest();
        try {
            var next = sessions.findById(id);

            assertThat(next.<String>getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("changed elsewhere");
            assertThat(stored.reads).isEqualTo(1);
        } finally {
            QuietSessionRepository.endRequest();
        }
    }

    @Test
    void aDeletedOrRenamedSessionIsNotAnsweredFromTheRequest() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));
        String other = storedSessionLastUsed(Instant.now().minusSeconds(10));

        QuietSessionRepository.beginRequest();
        try {
            sessions.findById(id);
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();

            var renamed = sessions.findById(other);
            String newId = renamed.changeSessionId();
            sessions.save(renamed);
            assertThat(sessions.findById(other)).isNull();
            assertThat(sessions.findById(newId)).isNotNull();
        } finally {
            QuietSessionRepository.endRequest();
        }
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        String id = storedSessionLastUsed(Instant.now().minusSeconds(10));

        sessions.findById(id);
        sessions.findById(id);

        assertThat(stored.reads).isEqualTo(2);
    }

    private String storedSessionLastUsed(Instant lastUsed) {
        MapSession session = stored.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", "signed in");
        session.setLastAccessedTime(lastUsed);
        stored.save(session);
        stored.saves = 0;
        stored.reads = 0;
        return session.getId();
    }

    /** Spring's in-memory sessions, counting the writes. */
    private static final class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

        private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());
        private int saves;
        private int reads;

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            saves++;
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
