package io.mekiki.initiative;

import io.mekiki.shared.SignedInUser;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of an initiative's page contributed by a module that builds on initiatives (the candidates of
 * its selection, later contracts…), so that the initiative module shows it without knowing that module.
 * Panels appear in the order of their beans ({@link org.springframework.core.annotation.Order}).
 */
public interface InitiativePanel {

    /** What the panel shows of the initiative to this reader, or empty when it has nothing in this phase. */
    Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale);

    /**
     * @param template a template holding a fragment {@code panel(data)}, e.g. {@code selection/panel}
     * @param data what that fragment reads
     */
    record Content(String template, Object data) {}
}
