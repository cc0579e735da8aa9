package io.mekiki.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident reporting rules that ship in {@code classpath:reporting-rules/<id>.yaml} (ADR 036), read and
 * validated once at start (a bad file, or two rule sets claiming one release, stops the start). Each rule set
 * names the catalogue releases it accompanies; the organisation's rules are those of the release it works
 * with. Rule sets never change once bundled: a change is a new file with a new id.
 */
@Service
public class ReportingRuleSets {

    private final Map<String, ReportingRules> byId;
    private final Map<String, ReportingRules> byRelease;
    private final CatalogReleases releases;

    @org.springframework.beans.factory.annotation.Autowired
    ReportingRuleSets(CatalogReleases releases) {
        this(releases, bundled());
    }

    ReportingRuleSets(CatalogReleases releases, List<ReportingRules> sets) {
        this.releases = releases;
        Map<String, ReportingRules> ids = new LinkedHashMap<>();
        Map<String, ReportingRules> claimed = new HashMap<>();
        for (ReportingRules set : sets) {
            if (ids.put(set.id(), set) != null) {
                throw new IllegalStateException("Two reporting rule sets have the id " + set.id());
            }
            for (String release : set.releases()) {
                ReportingRules before = claimed.put(release, set);
                if (before != null) {
                    throw new IllegalStateException("The catalogue release " + release + " is claimed by the reporting"
                            + " rules " + before.id() + " and " + set.id());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byRelease = Map.copyOf(claimed);
    }

    /** Every bundled rule set, oldest first. */
    public List<ReportingRules> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(ReportingRules::publishedOn).thenComparing(ReportingRules::id))
                .toList();
    }

    public Optional<ReportingRules> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The rules that accompany a catalogue release; empty for a release no rule set names (e.g. an upload). */
    public Optional<ReportingRules> forRelease(String releaseId) {
        return Optional.ofNullable(byRelease.get(releaseId));
    }

    /**
     * The rules of the release the organisation works with now; when no rule set names that release (an
     * uploaded one), the newest bundled rule set, so that a personal-data incident is never left without clocks.
     */
    @Transactional(readOnly = true)
    public ReportingRules current(UUID organizationId) {
        String release = releases.currentInfo(organizationId).id();
        return forRelease(release).orElseGet(() -> all().get(all().size() - 1));
    }

    static List<ReportingRules> bundled() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:reporting-rules/*.yaml");
            List<ReportingRules> sets = new java.util.ArrayList<>();
            for (Resource resource : resources) {
                String text = new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8);
                sets.add(ReportingRulesParser.parse(resource.getFilename(), text));
            }
            if (sets.isEmpty()) {
                throw new IllegalStateException("No reporting rules are bundled (classpath:reporting-rules/*.yaml)");
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled reporting rules", e);
        }
    }

    /** Reads one rules file, for tests and tools: the same checks as at start. */
    public static ReportingRules parse(String name, String text) {
        return ReportingRulesParser.parse(name, text);
    }
}
