package io.mekiki.identity;

import io.mekiki.shared.FormFieldLimits;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sign-in form is read by Spring Security, not by a controller with a validated form, so its limits
 * are declared here for the web shell's input guard: an 8 KB address is refused as input, never looked up.
 */
@Configuration(proxyBeanMethods = false)
public class SignInLimits {

    /** The longest e-mail address (RFC 5321 path limit) any sign-in accepts. */
    public static final int EMAIL_MAX = 254;

    @Bean
    FormFieldLimits signInFormLimits() {
        return new FormFieldLimits("/login", Map.of("email", EMAIL_MAX, "password", PasswordPolicy.INPUT_MAX));
    }
}
