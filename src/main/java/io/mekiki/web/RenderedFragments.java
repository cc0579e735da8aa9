package io.mekiki.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
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
public class RenderedFragments {

    /** About 32 MB of characters at most; a scoping is about 16 000 characters, the navigation 5 000. */
    static final long MAX_CHARACTERS = 16_000_000;

    private record Key(String template, String fragment, Locale locale, Object key) {}

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
            return renderNow(template, fragment, locale, variables);
        });
    }

    /** A key of several parts, compared part by part. */
    public List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }

    private String renderNow(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        // Thymeleaf keeps a web context's variables as request attributes: the fragment gets attributes of
        // its own, so that it cannot replace those of the page being rendered around it.
        HttpServletRequest request = new OwnAttributesRequest(attributes.getRequest());
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
