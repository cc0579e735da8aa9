package io.mekiki.identity.web;

import io.mekiki.identity.IdentitySettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links that leave the application (activation links handed to new users). */
@Component
class Links {

    private final IdentitySettings settings;

    Links(IdentitySettings settings) {
        this.settings = settings;
    }

    String activation(HttpServletRequest request, String token) {
        return base(request) + "/activate?token=" + token;
    }

    private String base(HttpServletRequest request) {
        if (settings.publicUrl() != null && !settings.publicUrl().isBlank()) {
            return settings.publicUrl().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
