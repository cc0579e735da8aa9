package io.mekiki.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.shared.RenderedPages;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of pages rendered once and kept, for parts whose markup follows from a few values alone: the
 * navigation for a language and a set of roles, an initiative's scoping at one change of its history.
 * Rendering is most of what a page costs (ADR 019); a part that does not change need not be rendered
 * again for every reader.
 *
 * <p>A template asks for a part with {@code th:with="markup=${@fragments.render('template', 'fragment',
 * @fragments.key(a, b), 'name', value, …)}" th:utext="${markup}"} (Thymeleaf allows neither bean references
 * in {@code th:utext} nor inline lists and maps). The key must determine the markup entirely together with
 * the reader's language, which is always part of it: whatever the fragment shows must come from the key or from
 * things that never change (messages, release texts). A part that shows anything of one reader (their
 * name, a form with its CSRF token) or anything that changes without changing the key is not kept here.
 */
@Component("fragments")
public class RenderedFragments implements RenderedPages {

    /** About 32 MB of characters at most; a scoping is about 16 000 characters, the navigation 5 000. */
    static final long MAX_CHARACTERS = 16_000_000;

    private record Key(String template, String fragment, Locale locale, Object key) {}

    /** About 16 MB of characters of whole page bodies; an initiative's is about 60 000. */
    static final long MAX_PAGE_CHARACTERS = 8_000_000;

    /**
     * How long a page body is kept at most. What a page shows changes with the organisation's ledger, which
     * its key follows, and with the clock (an incident's reporting clock runs out at a moment of the day);
     * a body handed out from the cache is at most this old, as if the reader had opened the page this much
     * earlier.
     */
    static final Duration PAGE_LIFETIME = Duration.ofSeconds(60);

    private record PageKey(String template, Locale locale, Object key) {}

    /** The fragments of a page's template that {@link #renderPage} renders. */
    static final String TITLE = "page-title";

    static final String BODY = "page-body";

    /**
     * Begins what stands for the reader's CSRF token and for fresh values in kept markup: random per process,
     * so no text a user typed can contain it, and made of letters and digits only, so that escaping leaves it
     * as it is.
     */
    private final String placeholderPrefix =
            "mekiki" + UUID.randomUUID().toString().replace("-", "");

    private final String csrfPlaceholder = placeholder("csrf");

    private final Cache<PageKey, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_PAGE_CHARACTERS)
            .weigher((PageKey key, Page page) ->
                    page.body().length() + page.title().length())
            .expireAfterWrite(PAGE_LIFETIME)
            .build();

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private final JakartaServletWebApplication application;
    private final Cache<Key, String> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((Key key, String markup) -> markup.length())
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    RenderedFragments(SpringTemplateEngine engine, ApplicationContext context, ServletContext servletContext) {
        this.engine = engine;
        this.context = context;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /**
     * The markup of the fragment of the template, rendered with the variables for the current request's
     * language, or as kept from an earlier request with the same key and language.
     *
     * @param key what determines the markup besides the language (records, ids, versions); compared by
     *     equality
     */
    public String render(String template, String fragment, Object key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("variables come as pairs of name and value");
        }
        Locale locale = LocaleContextHolder.getLocale();
        return rendered.get(new Key(template, fragment, locale, key), ignored -> {
            Map<String, Object> variables = new HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return renderNow(template, fragment, locale, variables, false);
        });
    }

    @Override
    public Optional<Page> kept(String template, Object key, Map<String, String> fresh) {
        Page kept = pages.getIfPresent(new PageKey(template, LocaleContextHolder.getLocale(), key));
        return kept == null ? Optional.empty() : Optional.of(handOut(kept, fresh));
    }

    @Override
    public Page renderPage(
            String template, @Nullable Object key, Map<String, Object> model, Map<String, String> fresh) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean keep = key != null;
        Map<String, Object> variables = new HashMap<>(model);
        fresh.forEach((name, value) -> variables.put(name, keep ? placeholder(name) : value));
        Page page = new Page(
                renderNow(template, TITLE, locale, variables, keep),
                renderNow(template, BODY, locale, variables, keep));
        if (!keep) {
            return page;
        }
        pages.put(new PageKey(template, locale, key), page);
        return handOut(page, fresh);
    }

    private String placeholder(String name) {
        if (!name.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("a fresh value's name is letters and digits: " + name);
        }
        return placeholderPrefix + name + "end";
    }

    private Page handOut(Page kept, Map<String, String> fresh) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        CsrfToken token = (CsrfToken) attributes.getRequest().getAttribute(CsrfToken.class.getName());
        String body = kept.body().replace(csrfPlaceholder, token == null ? "" : HtmlUtils.htmlEscape(token.getToken()));
        for (Map.Entry<String, String> value : fresh.entrySet()) {
            body = body.replace(placeholder(value.getKey()), HtmlUtils.htmlEscape(value.getValue()));
        }
        return new Page(kept.title(), body);
    }

    /** A key of several parts, compared part by part. */
    public List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }

    private String renderNow(
            String template, String fragment, Locale locale, Map<String, Object> variables, boolean csrfPlaceholder) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        // Thymeleaf keeps a web context's variables as request attributes: the fragment gets attributes of
        // its own, so that it cannot replace those of the page being rendered around it.
        HttpServletRequest request = new OwnAttributesRequest(attributes.getRequest());
        if (csrfPlaceholder) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                CsrfToken placeholder =
                        new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), this.csrfPlaceholder);
                request.setAttribute(CsrfToken.class.getName(), placeholder);
                request.setAttribute(token.getParameterName(), placeholder);
            }
        }
        HttpServletResponse response = attributes.getResponse();
        Map<String, Object> model = new HashMap<>(variables);
        // what Thymeleaf's own view gives every template: Spring's request context and bean references
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(
                SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        model.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(
                        context, (ConversionService) request.getAttribute(ConversionService.class.getName())));
        WebExpressionContext templateContext = new WebExpressionContext(
                engine.getConfiguration(), application.buildExchange(request, response), locale, model);
        return engine.process(template, Set.of(fragment), templateContext);
    }

    /** Reads the request's attributes; keeps what is set or removed to itself. */
    static final class OwnAttributesRequest extends HttpServletRequestWrapper {

        private final Map<String, Object> own = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        OwnAttributesRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (own.containsKey(name)) {
                return own.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(own.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            own.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            own.remove(name);
            removed.add(name);
        }
    }
}
