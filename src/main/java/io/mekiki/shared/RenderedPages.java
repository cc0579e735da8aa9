package io.mekiki.shared;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders a page's title and body from a template and keeps them for a key, so that a page viewed again while
 * nothing it shows has changed is not rendered again (ADR 049). The web shell implements it; a module's pages
 * use it without depending on the shell.
 */
public interface RenderedPages {

    /** A page's title (text, escaped) and body (markup). */
    record Page(String title, String body) {}

    /**
     * The page kept for the key and the reader's language, with the reader's CSRF token in its forms and the
     * fresh values in place; empty when none is kept or it is older than a minute.
     *
     * @param fresh values that differ from one view to the next (e.g. a new topic stamped with the time), by
     *     the name of the model's variable they stand for; as given to {@link #renderPage}
     */
    Optional<Page> kept(String template, Object key, Map<String, String> fresh);

    /**
     * Renders the fragments {@code page-title} (text) and {@code page-body} (markup) of the template with the model's variables; keeps
     * them for the key and the reader's language when a key is given. The key must determine both entirely
     * together with the language, except the forms' CSRF token (every reader gets their own), the fresh values
     * and the clock, which the key may leave out for the minute a page is kept at most.
     *
     * @param key what determines the page, or null to render it for this view only (e.g. with a refusal or a
     *     notice on it)
     * @param fresh the model's variables (text) that are new with every view, with their values for this one
     */
    Page renderPage(String template, @Nullable Object key, Map<String, Object> model, Map<String, String> fresh);
}
