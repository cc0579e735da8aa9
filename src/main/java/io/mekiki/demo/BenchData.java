package io.mekiki.demo;

import io.mekiki.identity.OrganizationSetup;
import io.mekiki.identity.SignIn;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the profile {@code benchdata}: fills an empty installation once with the bench organisation of issue
 * 11 (see {@link BenchStory}), in one transaction, and logs how long it took. Does nothing when the bench
 * organisation exists, and nothing (but say so) when another organisation does.
 */
@Component
@Profile("benchdata")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BenchData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    private final OrganizationSetup setup;
    private final SignIn signIn;
    private final BenchStory story;
    private final BenchSettings settings;
    private final DemoSettings demo;
    private final TransactionTemplate transaction;

    BenchData(
            OrganizationSetup setup,
            SignIn signIn,
            BenchStory story,
            BenchSettings settings,
            DemoSettings demo,
            PlatformTransactionManager transactions) {
        this.setup = setup;
        this.signIn = signIn;
        this.story = story;
        this.settings = settings;
        this.demo = demo;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        seedOnce();
    }

    /** @return whether anything was made */
    boolean seedOnce() {
        if (!setup.needsSetup()) {
            if (signIn.isRegistered(BenchStory.ADMIN_EMAIL)) {
                log.info("Bench data already present ({}); nothing generated", BenchStory.ORGANIZATION);
            } else {
                log.warn("Bench data profile active, but this installation already has another organisation:"
                        + " no bench data generated. Start with an empty MEKIKI_DATA_DIR.");
            }
            return false;
        }
        DemoPassword password = DemoPassword.choose(
                settings.password() != null ? settings.password() : demo.password(), BenchStory.EMAILS);
        long started = System.nanoTime();
        BenchStory.Made made = transaction.execute(status -> story.tell(password.value(), settings));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.warn(
                "Bench data generated in {} s: {}, {} initiatives, {} candidates compared, {} answers, ledger from {}"
                        + " (seed {}). Sign in as {} with the password {}",
                took.toMillis() / 1000.0,
                BenchStory.ORGANIZATION,
                made.initiatives(),
                made.candidates(),
                made.answers(),
                made.from(),
                settings.seedOrDefault(),
                String.join(", ", BenchStory.EMAILS),
                password.generated()
                        ? "generated now (shown only now): " + password.value()
                        : "set in MEKIKI_BENCHDATA_PASSWORD or MEKIKI_DEMO_PASSWORD");
        return true;
    }

    /** The application's one clock, which the generator sets back while it works. */
    @Configuration(proxyBeanMethods = false)
    @Profile("benchdata")
    static class BenchClockConfiguration {

        @Bean
        @Primary
        BenchClock benchClock() {
            return new BenchClock(Clock.systemUTC());
        }
    }
}
