package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.CatalogParser.Source;
import io.mekiki.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled release 2026.2 and the immutability of 2026.1, which organisations already use. */
class BundledRelease2026_2Tests {

    private static final Map<String, List<Source>> BUNDLED = BundledReleases.read();

    /**
     * SHA-256 over the file names and contents of 2026.1 as committed in 32b1da7; a bundled release is
     * never edited once published (a change belongs in a new release).
     */
    private static final String RELEASE_2026_1_DIGEST =
            "b424ecc371cbfa3b3b066ddb62cbb6c5df0d6ddaf66b859e0be322b97ca4e56a";

    @Test
    void release2026_1IsUnchanged() {
        List<Source> sources = BUNDLED.get("2026.1");
        assertThat(sources).extracting(Source::name).hasSize(16).contains("release.yaml", "items-overseas.yaml");
        assertThat(digest(sources)).isEqualTo(RELEASE_2026_1_DIGEST);
    }

    /** Name and text of every file, in name order, each followed by a zero byte. */
    static String digest(List<Source> sources) {
        MessageDigest digest = Sha256.digest();
        sources.stream().sorted(java.util.Comparator.comparing(Source::name)).forEach(source -> {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return Sha256.hex(digest);
    }
}
