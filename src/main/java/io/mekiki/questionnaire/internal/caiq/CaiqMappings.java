package io.mekiki.questionnaire.internal.caiq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The CAIQ mappings that ship in {@code classpath:caiq-mapping/<id>.yaml} (ADR 042), read and validated once at
 * start: a bad file, or two mappings claiming one catalogue release, stops the start. The mapping of an
 * organisation is the one that names the catalogue release it works with; an uploaded release has none.
 */
@Component
public class CaiqMappings {

    private final Map<String, CaiqMapping> byId;
    private final Map<String, CaiqMapping> byRelease;

    CaiqMappings() {
        this(bundled());
    }

    CaiqMappings(List<CaiqMapping> mappings) {
        Map<String, CaiqMapping> ids = new LinkedHashMap<>();
        Map<String, CaiqMapping> claimed = new HashMap<>();
        for (CaiqMapping mapping : mappings) {
            if (ids.put(mapping.id(), mapping) != null) {
                throw new IllegalStateException("Two CAIQ mappings have the id " + mapping.id());
            }
            for (String release : mapping.releases()) {
                CaiqMapping before = claimed.put(release, mapping);
                if (before != null) {
                    throw new IllegalStateException("The catalogue release " + release + " is claimed by the CAIQ"
                            + " mappings " + before.id() + " and " + mapping.id());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byRelease = Map.copyOf(claimed);
    }

    /** Every bundled mapping, oldest first. */
    public List<CaiqMapping> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(CaiqMapping::publishedOn).thenComparing(CaiqMapping::id))
                .toList();
    }

    /** The mapping that accompanies a catalogue release; empty for a release none names (e.g. an upload). */
    public Optional<CaiqMapping> forRelease(String releaseId) {
        return Optional.ofNullable(byRelease.get(releaseId));
    }

    static List<CaiqMapping> bundled() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:caiq-mapping/*.yaml");
            List<CaiqMapping> mappings = new ArrayList<>();
            for (Resource resource : resources) {
                String text = new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8);
                mappings.add(CaiqMappingParser.parse(resource.getFilename(), text));
            }
            return mappings;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled CAIQ mappings", e);
        }
    }
}
