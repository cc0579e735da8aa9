package io.mekiki.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for every module, so that tests can fix time where a rule depends on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
