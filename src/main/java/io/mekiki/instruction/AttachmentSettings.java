package io.mekiki.instruction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of report attachments. Keep {@code spring.servlet.multipart.max-file-size} equal to
 * {@code maxSize} (application.yaml takes it from here) so that the server does not cut uploads earlier.
 *
 * @param maxSize the largest file a report may carry
 * @param maxFiles how many files one report may carry
 */
@ConfigurationProperties("mekiki.attachments")
public record AttachmentSettings(
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("10") int maxFiles) {

    /** The limit in whole megabytes, as users read it. */
    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }
}
