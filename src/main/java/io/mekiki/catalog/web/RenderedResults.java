package io.mekiki.catalog.web;

import io.mekiki.catalog.ReleaseInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The catalogue page's list of items as HTML, rendered once per release, filter and language. The list
 * holds nothing of the reader but their language.
 */
@Component
class RenderedResults {

    /** What the list shows besides the release's items: which release it is and which one is active. */
    private record Request(ReleaseInfo info, String activeId, ItemQuery query) {}

    private final ITemplateEngine templates;
    private final ReleaseViews<String> kept = new ReleaseViews<>();

    RenderedResults(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The {@code results} fragment of {@code catalog/items} for the model's release and query. */
    String html(
            ReleaseLookup.Chosen chosen,
            ItemQuery query,
            Locale locale,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return kept.view(
                chosen.release(), new Request(chosen.info(), chosen.active().id(), query), locale, () -> {
                    var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                            .buildExchange(request, response);
                    return templates.process(
                            "catalog/items", Set.of("results"), new WebContext(exchange, locale, model));
                });
    }
}
