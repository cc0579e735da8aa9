package io.mekiki.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's settings.
 *
 * @param password the password of every demo user ({@code MEKIKI_DEMO_PASSWORD}); when absent, one is
 *     generated at the first seeding and printed once in the log. There is no default password.
 */
@ConfigurationProperties("mekiki.demo")
public record DemoSettings(@Nullable String password) {}
