package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApplicationTest;
import io.mekiki.catalog.CatalogParser.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bundled release never changes once stored: different files under the same id stop the start. */
class BundledReleaseImmutabilityIT extends ApplicationTest {

    @Autowired
    CatalogReleases releases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameFilesAreAcceptedAgainAndChangedFilesUnderTheSameIdAreRefusedWithAClearMessage() {
        List<Source> bundled = BundledReleases.read().get("2026.1");
        CatalogRelease release = CatalogParser.parse(bundled).orThrow();
        String stored = digestOf("2026.1");

        releases.storeBundled(release, bundled);
        assertThat(digestOf("2026.1")).isEqualTo(stored);

        List<Source> edited = new ArrayList<>(bundled);
        Source first = edited.get(0);
        edited.set(0, new Source(first.name(), first.text() + "\n# an edit after the release was stored\n"));
        assertThatThrownBy(
                        () -> releases.storeBundled(CatalogParser.parse(edited).orThrow(), edited))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The bundled catalogue release 2026.1 differs from the release 2026.1 stored")
                .hasMessageContaining(stored)
                .hasMessageContaining(CatalogReleases.digest(edited))
                .hasMessageContaining("new release id");
        assertThat(digestOf("2026.1")).as("nothing replaced").isEqualTo(stored);
    }

    private String digestOf(String releaseId) {
        return jdbc.sql("select content_sha256 from catalog_release where organization_id is null and release_id = ?")
                .param(releaseId)
                .query(String.class)
                .single();
    }
}
