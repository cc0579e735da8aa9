package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.CatalogParser.Result;
import io.mekiki.catalog.CatalogParser.Source;
import io.mekiki.shared.LifeCyclePhase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator who uploads a wrong file learns what is wrong and on which line; a correct file
 * becomes a release. Every broken file here differs from a valid one in a single line.
 */
class CatalogParserTests {

    private static final String FILE = "upload.yaml";
    private static final String VALID = TestReleases.valid("test-parse");

    @Test
    void aMinimalValidReleaseParses() {
        Result result = parse(VALID);

        assertThat(result.problems()).isEmpty();
        CatalogRelease release = result.orThrow();
        assertThat(release.id()).isEqualTo("test-parse");
        assertThat(release.publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(release.title().en()).isEqualTo("Test release");
        assertThat(release.items()).extracting(CheckItem::id).containsExactly("LC-TEST-01", "PD-TEST-01");
        CheckItem entrust = release.item("PD-TEST-01").orElseThrow();
        assertThat(entrust.section()).isEqualTo(Section.PERSONAL_DATA);
        assertThat(entrust.phase()).isEqualTo(LifeCyclePhase.SELECTION);
        assertThat(entrust.basis()).singleElement().satisfies(basis -> {
            assertThat(basis.referenceId()).isEqualTo("APPI");
            assertThat(basis.article().ja()).isEqualTo("第25条");
        });
        assertThat(entrust.appliesWhen().unconditional()).isTrue();
        CheckItem purpose = release.item("LC-TEST-01").orElseThrow();
        assertThat(purpose.appliesWhen().listed()).isTrue();
        assertThat(purpose.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(purpose.weight()).isEqualTo(2);
        assertThat(release.risks()).hasSize(CloudRisk.values().length);
        assertThat(release.reference("APPI").orElseThrow().articles()).hasSize(1);
    }

    @Test
    void aYamlSyntaxErrorIsReportedOnItsLine() {
        String broken = replaceLine(VALID, "    phase: SELECTION", "    phase: SELECTION: later");

        List<CatalogProblem> problems = parse(broken).problems();
        // the parser goes on to say that the release is missing, as it could not read the file at all
        assertThat(problems).first().satisfies(problem -> {
            assertProblem(problem, "yaml", lineOf(broken, "SELECTION: later"));
            assertThat(problem.arguments()).singleElement().asString().contains("mapping values");
        });
    }

    @Test
    void anUnknownSectionIsReportedWithTheAllowedOnes() {
        String broken = replaceLine(VALID, "    section: PERSONAL_DATA", "    section: PRIVACY");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "unknownValue", lineOf(broken, "section: PRIVACY"));
            assertThat(problem.arguments()).startsWith("section", "PRIVACY");
            assertThat(problem.arguments().get(2)).contains("PERSONAL_DATA", "TRADE_SECRET");
        });
    }

    @Test
    void aMissingEnglishTitleIsReported() {
        String broken = replaceLine(
                VALID,
                "    title: {ja: \"委託先の監督を鶴亀算で確かめる\", en: \"Check supervision the Zanzibar way\"}",
                "    title: {ja: \"委託先の監督を鶴亀算で確かめる\"}");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "missing", lineOf(broken, "title: {ja: \"委託先"));
            assertThat(problem.arguments()).containsExactly("en");
        });
    }

    @Test
    void aDuplicateIdIsReportedWhereItRepeatsWithTheLineOfTheFirst() {
        String broken = replaceLine(
                replaceLine(VALID, "  - id: LC-TEST-01", "  - id: PD-TEST-01"),
                "    section: LIFECYCLE",
                "    section: PERSONAL_DATA");
        int first = lineOf(broken, "- id: PD-TEST-01");
        int second = lineOf(broken, "- id: PD-TEST-01", first);

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "duplicateId", second);
            assertThat(problem.arguments()).containsExactly("PD-TEST-01", Integer.toString(first));
        });
    }

    @Test
    void aReferenceThatIsNotInTheLibraryIsReported() {
        String broken = replaceLine(VALID, "      - ref: APPI", "      - ref: NO_SUCH_ACT");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "unknownReference", lineOf(broken, "ref: NO_SUCH_ACT"));
            assertThat(problem.arguments()).containsExactly("NO_SUCH_ACT");
        });
    }

    @Test
    void anIdWithTheWrongSectionPrefixIsReported() {
        String broken = replaceLine(VALID, "  - id: LC-TEST-01", "  - id: PD-TEST-02");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "idPrefix", lineOf(broken, "id: PD-TEST-02"));
            assertThat(problem.arguments()).containsExactly("PD-TEST-02", "LC-", "LIFECYCLE");
        });
    }

    @Test
    void aWeightOutsideOneToFiveIsReported() {
        String broken = replaceLine(VALID, "    weight: 3", "    weight: 7");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "range", lineOf(broken, "weight: 7"));
            assertThat(problem.arguments()).containsExactly("weight", "7", "1", "5");
        });
    }

    @Test
    void anUnknownApplicabilityKeyIsReported() {
        String broken =
                replaceLine(VALID, "    appliesWhen: {listed: true}", "    appliesWhen: {listed: true, wealthy: true}");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "unknownKey", lineOf(broken, "wealthy: true"));
            assertThat(problem.arguments().get(0)).isEqualTo("appliesWhen.wealthy");
            assertThat(problem.arguments().get(1)).contains("listed", "sectors", "assetCategories");
        });
    }

    @Test
    void aReleaseWithoutScopingRulesIsOfRuleSetOneAndOneWithTwoIsOfTwo() {
        assertThat(parse(VALID).orThrow().scopingRules()).isEqualTo(1);

        String second = replaceLine(VALID, "  publishedOn: 2026-12-01", "  publishedOn: 2026-12-01\n  scopingRules: 2");
        assertThat(parse(second).orThrow().scopingRules()).isEqualTo(2);
    }

    @Test
    void scopingRulesOutsideTheKnownSetsAreReported() {
        String broken = replaceLine(VALID, "  publishedOn: 2026-12-01", "  publishedOn: 2026-12-01\n  scopingRules: 3");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "range", lineOf(broken, "scopingRules: 3"));
            assertThat(problem.arguments()).containsExactly("scopingRules", "3", "1", "2");
        });
    }

    @Test
    void theNewSectionsNeedRuleSetTwo() {
        String sectorItem = replaceLine(
                replaceLine(VALID, "  - id: LC-TEST-01", "  - id: SEC-TEST-01"),
                "    section: LIFECYCLE",
                "    section: SECTOR");

        assertThat(parse(sectorItem).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "sectionNeedsRules", lineOf(sectorItem, "section: SECTOR"));
            assertThat(problem.arguments()).containsExactly("SECTOR", "2");
        });
        String ofRuleSetTwo =
                replaceLine(sectorItem, "  publishedOn: 2026-12-01", "  publishedOn: 2026-12-01\n  scopingRules: 2");
        CatalogRelease release = parse(ofRuleSetTwo).orThrow();
        assertThat(release.item("SEC-TEST-01").orElseThrow().section()).isEqualTo(Section.SECTOR);
        String critical = replaceLine(
                replaceLine(ofRuleSetTwo, "  - id: SEC-TEST-01", "  - id: CI-TEST-01"),
                "    section: SECTOR",
                "    section: CRITICAL_INFRASTRUCTURE");
        assertThat(parse(critical).orThrow().item("CI-TEST-01").orElseThrow().section())
                .isEqualTo(Section.CRITICAL_INFRASTRUCTURE);
    }

    @Test
    void theConditionsOfRuleSetTwoAreRead() {
        String conditions = replaceLine(
                VALID,
                "    appliesWhen: {listed: true}",
                "    appliesWhen: {financialReporting: true, nonResidentAccess: true, criticalInfrastructure: true,"
                        + " possibleTaxRecords: true}");

        Applicability when =
                parse(conditions).orThrow().item("LC-TEST-01").orElseThrow().appliesWhen();
        assertThat(when.financialReporting()).isTrue();
        assertThat(when.nonResidentAccess()).isTrue();
        assertThat(when.criticalInfrastructure()).isTrue();
        assertThat(when.possibleTaxRecords()).isTrue();
        assertThat(when.listed()).isNull();
        assertThat(when.unconditional()).isFalse();
    }

    @Test
    void theConditionsOfRuleSetTwoOnlyTakeTrue() {
        String broken =
                replaceLine(VALID, "    appliesWhen: {listed: true}", "    appliesWhen: {nonResidentAccess: false}");

        assertThat(parse(broken).problems()).singleElement().satisfies(problem -> {
            assertProblem(problem, "type", lineOf(broken, "nonResidentAccess: false"));
            assertThat(problem.arguments()).containsExactly("nonResidentAccess", "true");
        });
    }

    @Test
    void aBrokenFileYieldsNoReleaseAtAll() {
        Result result = parse(replaceLine(VALID, "    weight: 3", "    weight: 7"));

        assertThat(result.valid()).isFalse();
        assertThat(result.release()).isNull();
    }

    private static Result parse(String text) {
        return CatalogParser.parse(List.of(new Source(FILE, text)));
    }

    private static void assertProblem(CatalogProblem problem, String code, int line) {
        assertThat(problem.file()).isEqualTo(FILE);
        assertThat(problem.code()).as("code of %s", problem).isEqualTo(code);
        assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
    }

    /** Replaces one whole line that occurs exactly once. */
    private static String replaceLine(String text, String line, String replacement) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                lines[i] = replacement;
                found++;
            }
        }
        assertThat(found).as("occurrences of line '%s'", line).isEqualTo(1);
        return String.join("\n", lines);
    }

    private static int lineOf(String text, String fragment) {
        return lineOf(text, fragment, 0);
    }

    /** The 1-based number of the first line after {@code after} that contains the fragment. */
    private static int lineOf(String text, String fragment, int after) {
        String[] lines = text.split("\n", -1);
        for (int i = after; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }
}
