package io.mekiki.catalog;

import io.mekiki.catalog.CatalogParser.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start, validates the releases that ship in {@code classpath:catalog/<release>/*.yaml} and stores
 * them; an invalid bundled release stops the start with its problems listed.
 */
@Component
class BundledReleases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledReleases.class);
    private static final Pattern LOCATION = Pattern.compile(".*/catalog/([^/]+)/([^/]+\\.yaml)$");

    private final CatalogReleases releases;

    BundledReleases(CatalogReleases releases) {
        this.releases = releases;
    }

    @Override
    public void afterSingletonsInstantiated() {
        read().forEach((releaseId, sources) -> {
            CatalogParser.Result result = CatalogParser.parse(sources);
            if (!result.valid()) {
                throw new IllegalStateException("The bundled catalogue release " + releaseId + " is invalid:\n  "
                        + String.join(
                                "\n  ",
                                result.problems().stream()
                                        .map(CatalogProblem::toString)
                                        .toList()));
            }
            releases.storeBundled(result.release(), sources);
            log.info(
                    "Catalogue release {} ready with {} items",
                    releaseId,
                    result.release().items().size());
        });
    }

    /** The bundled releases, each with its files in name order. */
    static Map<String, List<Source>> read() {
        try {
            Map<String, List<Source>> byRelease = new TreeMap<>();
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/*/*.yaml");
            for (Resource resource : resources) {
                Matcher matcher = LOCATION.matcher(resource.getURI().toString());
                if (matcher.matches()) {
                    String text = new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8);
                    byRelease
                            .computeIfAbsent(matcher.group(1), id -> new ArrayList<>())
                            .add(new Source(matcher.group(2), text));
                }
            }
            byRelease.values().forEach(sources -> sources.sort(java.util.Comparator.comparing(Source::name)));
            return byRelease;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled catalogue", e);
        }
    }
}
