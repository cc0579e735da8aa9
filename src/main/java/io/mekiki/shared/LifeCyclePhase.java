package io.mekiki.shared;

/** The five phases of the guide's life cycle of one cloud use. */
public enum LifeCyclePhase {
    PREPARATION("preparation"),
    SELECTION("selection"),
    APPLICATION("application"),
    OPERATION("operation"),
    CONTINUATION_TERMINATION("continuation");

    private final String slug;

    LifeCyclePhase(String slug) {
        this.slug = slug;
    }

    /** The phase's name in addresses, e.g. {@code /phases/preparation}. */
    public String slug() {
        return slug;
    }

    /** Key of the phase's name in the message bundles. */
    public String messageKey() {
        return "phase." + slug;
    }

    public int number() {
        return ordinal() + 1;
    }
}
