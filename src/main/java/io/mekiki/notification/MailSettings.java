package io.mekiki.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail (ADR 043). Without an SMTP host Mekiki sends nothing and pages show links to
 * copy by hand, as before mail existed.
 *
 * @param from the sender's address on every mail
 * @param smtp the SMTP server
 */
@ConfigurationProperties("mekiki.mail")
public record MailSettings(
        @DefaultValue("mekiki@localhost") String from,
        @DefaultValue Smtp smtp) {

    /**
     * @param host the SMTP server's host; blank: no mail
     * @param port its port
     * @param username the user to authenticate as; blank: no authentication
     * @param password that user's password
     * @param startTls whether to require STARTTLS
     * @param ssl whether to connect with TLS from the start (SMTPS, usually port 465)
     * @param timeoutMillis how long a connection, a read or a write may take
     */
    public record Smtp(
            @Nullable String host,
            @DefaultValue("25") int port,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("false") boolean startTls,
            @DefaultValue("false") boolean ssl,
            @DefaultValue("10000") int timeoutMillis) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }
}
