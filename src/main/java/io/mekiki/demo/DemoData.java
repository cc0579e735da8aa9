package io.mekiki.demo;

import io.mekiki.identity.OrganizationSetup;
import io.mekiki.identity.SignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the profile {@code demo}: seeds an empty installation with the demo organisation, once. Runs
 * before the first-run setup link is printed, so that a demo start does not offer one. Does nothing
 * when the demo organisation exists, and nothing (but say so) when another organisation does: demo
 * people do not belong in a real installation.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationSetup setup;
    private final SignIn signIn;
    private final DemoStory story;
    private final DemoSettings settings;
    private final TransactionTemplate transaction;
    private final Environment environment;

    DemoData(
            OrganizationSetup setup,
            SignIn signIn,
            DemoStory story,
            DemoSettings settings,
            PlatformTransactionManager transactions,
            Environment environment) {
        this.setup = setup;
        this.signIn = signIn;
        this.story = story;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedOnce();
    }

    /** @return whether anything was seeded */
    boolean seedOnce() {
        if (!setup.needsSetup()) {
            if (demoExists()) {
                log.info("Demo data already present ({}); nothing seeded", DemoStory.ORGANIZATION);
            } else {
                log.warn(
                        "Demo profile active, but this installation already has another organisation: no demo data seeded."
                                + " Start with an empty MEKIKI_DATA_DIR to see the demo.");
            }
            return false;
        }
        DemoPassword password = DemoPassword.choose(settings.password(), DemoStory.EMAILS);
        transaction.executeWithoutResult(status -> story.tell(password.value()));
        log.warn(
                "Demo data seeded: {}. Sign in at {}/login as {} with the password {}",
                DemoStory.ORGANIZATION,
                baseUrl(),
                String.join(", ", DemoStory.EMAILS),
                password.generated()
                        ? "generated for this demo (shown only now): " + password.value()
                        : "set in MEKIKI_DEMO_PASSWORD");
        return true;
    }

    private boolean demoExists() {
        return signIn.isRegistered(DemoStory.ADMIN_EMAIL);
    }

    private String baseUrl() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
