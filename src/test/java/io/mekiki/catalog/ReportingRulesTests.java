package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled reporting rules (ADR 036): valid, immutable once shipped, one rule set per catalogue release. */
class ReportingRulesTests {

    /** Bundled rule sets never change: publish a change as a new file with a new id. */
    private static final String RULES_2026_1 = "900e72ed8a7cac8436c3627bed371f63bb232feda9e6793347bfe25f839b8088";

    @Test
    void theBundledRulesAreValidAndAccompanyBothReleases() {
        ReportingRuleSets sets = new ReportingRuleSets(null, ReportingRuleSets.bundled());

        assertThat(sets.all()).extracting(ReportingRules::id).containsExactly("2026.1");
        assertThat(sets.forRelease("2026.1")).map(ReportingRules::id).hasValue("2026.1");
        assertThat(sets.forRelease("2026.2")).map(ReportingRules::id).hasValue("2026.1");
        assertThat(sets.forRelease("uploaded-1")).isEmpty();
        assertThat(sets.byId("2026.1").orElseThrow().rules())
                .extracting(ReportingRules.Rule::id)
                .containsExactly("APPI_BREACH", "MY_NUMBER_BREACH", "CYBER_DEFENCE_INCIDENT");
    }

    @Test
    void theRules2026_1AreAsShipped() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reporting-rules/2026.1.yaml")) {
            assertThat(Sha256.hex(in.readAllBytes())).isEqualTo(RULES_2026_1);
        }
    }

    @Test
    void twoRuleSetsMayNotClaimOneRelease() {
        ReportingRules one = ReportingRuleSets.bundled().get(0);
        ReportingRules other =
                new ReportingRules("2027.1", one.publishedOn(), one.title(), List.of("2026.2"), one.rules());

        assertThatThrownBy(() -> new ReportingRuleSets(null, List.of(one, other)))
                .hasMessageContaining("2026.2")
                .hasMessageContaining("2027.1");
    }
}
