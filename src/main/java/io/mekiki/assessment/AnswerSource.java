package io.mekiki.assessment;

/** Where an answer comes from. */
public enum AnswerSource {
    PROVIDER_STATEMENT,
    VERIFIED,
    DERIVED,
    IMPORTED;

    public String messageKey() {
        return "assessment.source." + name();
    }
}
