package io.mekiki.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen basis and a current one as they are compared: as they are, or, when the subject's module
 * reads the frozen one as of an older shape ({@link DecisionSubjects#olderShape}), the part of it the
 * topic rests on now against the same facts of the current basis (ADR 020).
 */
record ComparedBases(FrozenBasis then, FrozenBasis now) {

    static ComparedBases of(
            Optional<DecisionSubjects> source, String topic, String frozenJson, String frozenHash, Basis current) {
        Optional<Map<String, ?>> older =
                source.flatMap(subjects -> subjects.olderShape(topic, BasisTable.read(frozenJson)));
        if (older.isEmpty()) {
            return new ComparedBases(new FrozenBasis(frozenJson, frozenHash), FrozenBasis.of(current));
        }
        Map<String, Object> part = new LinkedHashMap<>();
        older.get().keySet().forEach(key -> part.put(key, current.facts().get(key)));
        return new ComparedBases(FrozenBasis.of(new Basis(older.get())), FrozenBasis.of(new Basis(part)));
    }

    boolean changed() {
        return !then.hash().equals(now.hash());
    }
}
