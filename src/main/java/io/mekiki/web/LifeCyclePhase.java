package io.mekiki.web;

/** The five phases of the guide's life cycle, as the navigation shows them. */
public enum LifeCyclePhase {
    PREPARATION("preparation"),
    SELECTION("selection"),
    APPLICATION("application"),
    OPERATION("operation"),
    CONTINUATION("continuation");

    private final String slug;

    LifeCyclePhase(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "phase." + slug;
    }

    public int number() {
        return ordinal() + 1;
    }
}
