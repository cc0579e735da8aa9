package io.mekiki.decision.web;

import io.mekiki.shared.ReturnPaths;

/** Which evidence references the decision page may show as links. */
final class EvidenceLinks {

    private EvidenceLinks() {}

    /** Whether an evidence reference may be shown as a link: a path of this application or a web address. */
    static boolean linkable(String reference) {
        if (reference == null) {
            return false;
        }
        if (reference.startsWith("/")) {
            return ReturnPaths.safe(reference, null) != null;
        }
        return (reference.startsWith("https://") || reference.startsWith("http://"))
                && reference.chars().noneMatch(Character::isISOControl);
    }
}
