package io.mekiki.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Creates the organisation and first administrator at start when no user exists yet, for automated
 * installs ({@code MEKIKI_BOOTSTRAP_ORGANIZATION}, {@code MEKIKI_BOOTSTRAP_ADMIN_EMAIL},
 * {@code MEKIKI_BOOTSTRAP_ADMIN_PASSWORD}; optional {@code MEKIKI_BOOTSTRAP_ADMIN_NAME} and
 * {@code MEKIKI_BOOTSTRAP_ADMIN_ROLES}).
 */
@ConfigurationProperties("mekiki.bootstrap")
public record BootstrapSettings(
        @Nullable String organization,
        @Nullable String adminEmail,
        @Nullable String adminPassword,
        @DefaultValue("Administrator") String adminName,
        @DefaultValue({"ADMIN", "EXECUTIVE"}) List<Role> adminRoles) {

    boolean requested() {
        return organization != null && !organization.isBlank();
    }
}
