package io.mekiki.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads shared by the parts of one page view (ADR 019): the page, its gate conditions and its panels ask
 * for the same instructions, candidates or people, and within one {@code GET} each such read is made once.
 * What is kept lives only as long as the request and is never seen by another request; a request that may
 * write ({@code POST} and the rest) reads everything afresh, so that a page rendered after a change shows
 * it. A key must hold everything the read depends on, the organisation first.
 */
public final class PageReads {

    private static final String ATTRIBUTE = PageReads.class.getName();

    private PageReads() {}

    /** The answer of {@code read} for {@code key}, read at most once per page view. */
    @SuppressWarnings("unchecked")
    public static <T> T once(Object key, Supplier<T> read) {
        Map<Object, Object> kept = kept();
        if (kept == null) {
            return read.get();
        }
        Object answer = kept.get(key);
        if (answer == null) {
            answer = read.get();
            if (answer != null) {
                kept.put(key, answer);
            }
        }
        return (T) answer;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> kept() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)
                || !"GET".equals(servlet.getRequest().getMethod())) {
            return null;
        }
        Object kept = servlet.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = new HashMap<Object, Object>();
            servlet.setAttribute(ATTRIBUTE, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Object, Object>) kept;
    }
}
