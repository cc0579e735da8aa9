package io.mekiki.web;

import io.mekiki.shared.FormFieldLimits;
import io.mekiki.shared.StorableText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one door every request passes before any module sees it (sign-in included): query parameters,
 * form fields and multipart text parts must be storable text (no NUL, no lone surrogate) within the
 * limits of {@link InputLimits}, and a JSON body must not exceed its size. A refusal names the field;
 * JSON strings are checked by {@link StorableTextModule} while they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputGuard extends OncePerRequestFilter {

    private final InputLimits limits;
    private final List<FormFieldLimits> formLimits;
    private final InputRefusals refusals;

    InputGuard(InputLimits limits, List<FormFieldLimits> formLimits, InputRefusals refusals) {
        this.limits = limits;
        this.formLimits = formLimits;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InputRefusal refusal = queryRefusal(request.getQueryString());
        if (refusal == null) {
            refusal = parameterRefusal(request);
        }
        HttpServletRequest checked = request;
        if (refusal == null && isJson(request)) {
            long maxBytes = limits.maxBodySize().toBytes();
            if (request.getContentLengthLong() > maxBytes) {
                refusal = InputRefusal.bodyTooLarge(limits.maxBodySize());
            } else if (request.getContentLengthLong() < 0) {
                byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    refusal = InputRefusal.bodyTooLarge(limits.maxBodySize());
                } else {
                    checked = new ReadBody(request, body);
                }
            }
        }
        if (refusal != null) {
            refusals.send(request, response, refusal);
            return;
        }
        chain.doFilter(checked, response);
    }

    /** Query parameters are read from the query string itself, because form fields have other limits. */
    private @Nullable InputRefusal queryRefusal(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String[] pairs = query.split("&");
        if (pairs.length > limits.maxQueryParameters()) {
            return InputRefusal.tooManyParameters(limits.maxQueryParameters());
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return InputRefusal.malformedQuery();
            }
            String field = StorableText.isStorable(name) ? name : "?";
            if (!StorableText.isStorable(name) || !StorableText.isStorable(value)) {
                return InputRefusal.unstorable(field);
            }
            if (name.length() > 100) {
                return InputRefusal.tooLong(name.substring(0, 100), 100);
            }
            if (value.length() > limits.maxQueryValueLength()) {
                return InputRefusal.tooLong(name, limits.maxQueryValueLength());
            }
        }
        return null;
    }

    /** Every parameter the container knows: the query's, a form's fields and a multipart request's text parts. */
    private @Nullable InputRefusal parameterRefusal(HttpServletRequest request) {
        Map<String, Integer> declared = declaredLimits(request);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!StorableText.isStorable(name)) {
                return InputRefusal.unstorable("?");
            }
            int maxLength = declared.getOrDefault(name, limits.maxFormValueLength());
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    return InputRefusal.unstorable(name);
                }
                if (value != null && value.length() > maxLength) {
                    return InputRefusal.tooLong(name, maxLength);
                }
            }
        }
        return null;
    }

    private Map<String, Integer> declaredLimits(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (FormFieldLimits form : formLimits) {
            if (form.path().equals(path)) {
                return form.maxLengths();
            }
        }
        return Map.of();
    }

    private static boolean isJson(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    /** A request whose body of unknown length was read (up to the limit) to be measured. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
