package io.mekiki.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** At start: applies the bootstrap settings, or prints the one-time setup link while nobody can sign in. */
@Component
class FirstRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

    private final OrganizationSetup setup;
    private final BootstrapSettings bootstrap;
    private final IdentitySettings settings;
    private final Environment environment;

    FirstRun(OrganizationSetup setup, BootstrapSettings bootstrap, IdentitySettings settings, Environment environment) {
        this.setup = setup;
        this.bootstrap = bootstrap;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.requested()) {
            setup.bootstrap(bootstrap);
        }
        if (setup.needsSetup()) {
            String token = setup.issueSetupToken();
            log.warn(
                    "Mekiki has no users yet. Open this one-time link to create your organisation and first administrator: {}/setup?token={}",
                    baseUrl(),
                    token);
        }
    }

    private String baseUrl() {
        if (settings.publicUrl() != null && !settings.publicUrl().isBlank()) {
            return settings.publicUrl().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
