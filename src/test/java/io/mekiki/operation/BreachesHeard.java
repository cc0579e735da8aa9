package io.mekiki.operation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears every {@link SlaBreached} the application publishes, for tests that count them. */
@Component
public class BreachesHeard {

    private final List<SlaBreached> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SlaBreached breach) {
        heard.add(breach);
    }

    public List<SlaBreached> of(java.util.UUID metricId) {
        return heard.stream()
                .filter(breach -> breach.metricId().equals(metricId))
                .toList();
    }
}
