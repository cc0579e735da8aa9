package io.mekiki.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Sessions live in the database (Spring Session JDBC) and are written back only when they changed. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Concurrent first requests of a new session each store its CSRF token; on PostgreSQL the second
     * insert of the same attribute updates it instead of failing the request.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributeWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new QuietSessionRepository(sessions)
                        : bean;
            }
        };
    }

    /** Each request reads its session once; runs just before Spring Session's filter. */
    @Bean
    FilterRegistrationBean<SessionReadOnceFilter> sessionReadOnce() {
        var registration = new FilterRegistrationBean<>(new SessionReadOnceFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
