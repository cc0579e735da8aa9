package io.mekiki.questionnaire.internal.caiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/** The bundled CAIQ mapping (ADR 042): valid, pointing at real check items, immutable once shipped. */
class CaiqMappingTests {

    /** Bundled mappings never change: publish a change as a new file with a new id. */
    private static final String MAPPING_2026_1 = "be4e6d89048e8be8a36c2eadce7265d52eec2fc0562384dc5c1f3e00de93b332";

    private static final CaiqMappings BUNDLED = new CaiqMappings();

    @Test
    void theBundledMappingAccompaniesBothReleases() {
        assertThat(BUNDLED.all()).extracting(CaiqMapping::id).containsExactly("2026.1");
        assertThat(BUNDLED.forRelease("2026.1")).map(CaiqMapping::id).hasValue("2026.1");
        assertThat(BUNDLED.forRelease("2026.2")).map(CaiqMapping::id).hasValue("2026.1");
        assertThat(BUNDLED.forRelease("uploaded-1")).isEmpty();
        assertThat(BUNDLED.all().get(0).caiqVersion()).isEqualTo("4.1");
    }

    @Test
    void everyMappedItemExistsInEveryReleaseTheMappingNames() throws IOException {
        for (CaiqMapping mapping : BUNDLED.all()) {
            for (String release : mapping.releases()) {
                Set<String> items = itemIds(release);
                assertThat(items).as("items of release %s", release).hasSizeGreaterThan(100);
                assertThat(mapping.entries())
                        .as("mapping %s in release %s", mapping.id(), release)
                        .allSatisfy(entry -> assertThat(items).contains(entry.item()));
            }
        }
    }

    @Test
    void noItemIsMappedTwiceAndEveryQuestionIdHasTheCaiqForm() {
        for (CaiqMapping mapping : BUNDLED.all()) {
            Set<String> items = new HashSet<>();
            for (CaiqMapping.Entry entry : mapping.entries()) {
                assertThat(items.add(entry.item())).as(entry.item()).isTrue();
                assertThat(new HashSet<>(entry.questions())).hasSameSizeAs(entry.questions());
                assertThat(entry.questions())
                        .allSatisfy(id ->
                                assertThat(CaiqQuestionIds.valid(id)).as(id).isTrue());
                assertThat(entry.note().ja()).isNotBlank();
                assertThat(entry.note().en()).isNotBlank();
            }
        }
    }

    @Test
    void theMapping2026_1IsAsShipped() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("caiq-mapping/2026.1.yaml")) {
            assertThat(Sha256.hex(in.readAllBytes())).isEqualTo(MAPPING_2026_1);
        }
    }

    @Test
    void questionIdsFollowTheCaiqPattern() {
        assertThat(List.of("A&A-04.1", "IAM-02.1", "DSP-19.2", "UEM-14.1", "LOG-13.12"))
                .allSatisfy(id -> assertThat(CaiqQuestionIds.valid(id)).as(id).isTrue());
        assertThat(List.of("DSP-19", "dsp-19.1", "XYZ-01.1", "DSP-1.1", "DSP-19.1 ", "AAC-01.1", "DSP-19.123"))
                .allSatisfy(id -> assertThat(CaiqQuestionIds.valid(id)).as(id).isFalse());
        assertThat(CaiqQuestionIds.domain("A&A-04.1")).isEqualTo("A&A");
    }

    @Test
    void aBadMappingIsRefusedWithEveryProblemNamed() {
        String text = """
                caiqMapping:
                  id: "x"
                  caiqVersion: "4.0"
                  publishedOn: 2026-12-03
                  releases: ["2026.2"]
                  title: {ja: "t", en: "t"}
                mappings:
                  - item: OS-REGION-01
                    questions: [DSP-19.1, DSP-19.1, DSP19]
                    coverage: MOST
                    note: {ja: "n", en: "n"}
                  - item: OS-REGION-01
                    questions: [DSP-19.2]
                    coverage: FULL
                    note: {ja: "n"}
                    extra: 1
                """;

        assertThatThrownBy(() -> CaiqMappingParser.parse("bad.yaml", text))
                .hasMessageContaining("caiqVersion: only CAIQ 4.1")
                .hasMessageContaining("DSP-19.1 is named twice")
                .hasMessageContaining("DSP19 is not a CAIQ v4 question id")
                .hasMessageContaining("mappings[0].coverage: one of FULL, PARTIAL")
                .hasMessageContaining("mappings[1].item: the check item OS-REGION-01 is mapped twice")
                .hasMessageContaining("mappings[1].note.en: expected a text")
                .hasMessageContaining("mappings[1].extra: unknown key");
    }

    @Test
    void twoMappingsMayNotClaimOneRelease() {
        CaiqMapping one = BUNDLED.all().get(0);
        CaiqMapping other = new CaiqMapping(
                "2027.1", one.caiqVersion(), one.publishedOn(), List.of("2026.2"), one.title(), one.entries());

        assertThatThrownBy(() -> new CaiqMappings(List.of(one, other)))
                .hasMessageContaining("2026.2")
                .hasMessageContaining("2027.1");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> itemIds(String release) throws IOException {
        Set<String> ids = new HashSet<>();
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:catalog/" + release + "/items-*.yaml");
        for (Resource file : files) {
            Map<String, Object> top = new Yaml().load(file.getContentAsString(StandardCharsets.UTF_8));
            for (Map<String, Object> item : (List<Map<String, Object>>) top.get("items")) {
                ids.add((String) item.get("id"));
            }
        }
        return ids;
    }
}
