package io.mekiki.identity.web;

import io.mekiki.identity.IdentitySettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links that leave the application (activation links handed to new users). They start with
 * the configured public URL. Without one, the request's own address is used only when a trusted proxy
 * is configured ({@code server.forward-headers-strategy}); otherwise the {@code Host} header is anyone's
 * to choose, and a link built from it could send a new user's one-time token to another site, so the
 * link points to {@code http://localhost:<port>} and the administrator corrects the host.
 */
@Component
class Links {

    private final IdentitySettings settings;
    private final boolean behindTrustedProxy;

    Links(IdentitySettings settings, @Value("${server.forward-headers-strategy:none}") String forwardHeadersStrategy) {
        this.settings = settings;
        this.behindTrustedProxy = !"none".equalsIgnoreCase(forwardHeadersStrategy.strip());
    }

    String activation(HttpServletRequest request, String token) {
        return base(request) + "/activate?token=" + token;
    }

    private String base(HttpServletRequest request) {
        if (settings.publicUrl() != null && !settings.publicUrl().isBlank()) {
            return settings.publicUrl().replaceAll("/+$", "");
        }
        if (behindTrustedProxy) {
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        }
        return "http://localhost:" + request.getLocalPort() + request.getContextPath();
    }
}
