package io.mekiki.web;

import java.time.Duration;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static resources live under their own paths (never a handler on {@code /**}), so that a link to a page
 * never reaches the class path; their names carry a hash of their content, so that browsers may keep them
 * for a year and still see every change at once.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean
    LocaleResolver localeResolver() {
        return new MekikiLocaleResolver();
    }

    /** Rewrites the links that pages write to static resources to their hashed names. */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"), false);
        versioned(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"), false);
        versioned(registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/"), false);
        versioned(
                registry.addResourceHandler("/webjars/**")
                        .addResourceLocations("classpath:/META-INF/resources/webjars/"),
                true);
    }

    private static void versioned(ResourceHandlerRegistration registration, boolean webJars) {
        var chain = registration
                .setCacheControl(IMMUTABLE)
                .resourceChain(false)
                .addResolver(new RememberingResourceResolver())
                .addResolver(contentVersions());
        if (webJars) {
            chain.addResolver(new LiteWebJarsResourceResolver());
        }
        chain.addTransformer(new CachingResourceTransformer(new ConcurrentMapCache("static-resources")));
    }

    /** Names such as {@code mekiki-5f3c…e1.css}: the MD5 of the content before the extension. */
    static VersionResourceResolver contentVersions() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
