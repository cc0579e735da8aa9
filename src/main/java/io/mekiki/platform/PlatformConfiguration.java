package io.mekiki.platform;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for every module, so that tests can fix time where a rule depends on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** First of all filters, before sessions and security, which need the database. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
            DatabaseAvailability availability, DatabaseWatchdog watchdog, ServiceUnavailableResponse unavailable) {
        var registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(availability, watchdog, unavailable));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    DatabaseOutageResolver databaseOutageResolver(DatabaseWatchdog watchdog, ServiceUnavailableResponse unavailable) {
        return new DatabaseOutageResolver(watchdog, unavailable);
    }
}
