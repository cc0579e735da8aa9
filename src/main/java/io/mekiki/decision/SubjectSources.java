package io.mekiki.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The modules that answer for subject types, looked up once: asking the bean factory for them on every
 * row of a list cost a tenth of the decisions API (ADR 019).
 */
final class SubjectSources {

    private final SingletonSupplier<Map<String, DecisionSubjects>> byType;
    private final SingletonSupplier<List<DecisionSubjects>> ordered;

    SubjectSources(ObjectProvider<DecisionSubjects> sources) {
        this.byType = SingletonSupplier.of(() -> {
            Map<String, DecisionSubjects> found = new LinkedHashMap<>();
            sources.orderedStream().forEach(source -> found.putIfAbsent(source.subjectType(), source));
            return Map.copyOf(found);
        });
        this.ordered = SingletonSupplier.of(() -> sources.orderedStream().toList());
    }

    Optional<DecisionSubjects> of(String subjectType) {
        return Optional.ofNullable(byType.obtain().get(subjectType));
    }

    /** Every source, in the order their modules declare. */
    List<DecisionSubjects> all() {
        return ordered.obtain();
    }
}
