package io.mekiki.platform;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reaction of the registry test, run after commit as reactions of other modules are: it fails as often
 * as it was told to for a marker, then succeeds. Other tests never publish its event.
 */
@Component
class ProbeReaction {

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    // public: the bean is a proxy (the listener runs asynchronously in a transaction of its own)
    public void failTimes(String marker, int times) {
        failuresLeft.put(marker, times);
    }

    public int attempts(String marker) {
        return attempts.getOrDefault(marker, 0);
    }

    public boolean done(String marker) {
        return done.contains(marker);
    }

    @ApplicationModuleListener
    void on(ProbeHappened event) {
        attempts.merge(event.marker(), 1, Integer::sum);
        Integer left = failuresLeft.get(event.marker());
        if (left != null && left > 0) {
            failuresLeft.put(event.marker(), left - 1);
            throw new IllegalStateException("failing on purpose for " + event.marker());
        }
        done.add(event.marker());
    }
}
