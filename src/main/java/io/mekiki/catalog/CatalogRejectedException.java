package io.mekiki.catalog;

import java.util.List;

/** A catalogue release that cannot be accepted; nothing was stored. */
public class CatalogRejectedException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public CatalogRejectedException(List<CatalogProblem> problems) {
        super("Catalogue release rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
