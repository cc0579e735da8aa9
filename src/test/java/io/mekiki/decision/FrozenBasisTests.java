package io.mekiki.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FrozenBasisTests {

    @Test
    void theBasisIsWrittenWithSortedKeysAndNoWhiteSpaceAndHashedWithSha256() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("d", "x");
        nested.put("c", List.of(2, 1.5));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("f", true);
        facts.put("e", null);
        facts.put("b", nested);
        facts.put("a", 1);

        FrozenBasis frozen = FrozenBasis.of(new Basis(facts));

        assertThat(frozen.json()).isEqualTo("{\"a\":1,\"b\":{\"c\":[2,1.5],\"d\":\"x\"},\"e\":null,\"f\":true}");
        // sha256 of exactly that text, computed outside Java
        assertThat(frozen.hash()).isEqualTo("b74b8c3033c234b1d1159560f0a0adde108123d63ec18f467143176d885e244c");
    }

    @Test
    void theSameFactsInAnotherKeyOrderGiveTheSameTextAndHash() {
        Map<String, Object> firstPlan = new LinkedHashMap<>();
        firstPlan.put("model", "SAAS");
        firstPlan.put("locations", List.of("JP", "US"));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("scoping", Map.of("release", "2026.1", "items", List.of("PD-01", "TS-02")));
        first.put("plan", firstPlan);
        Map<String, Object> secondPlan = new LinkedHashMap<>();
        secondPlan.put("locations", List.of("JP", "US"));
        secondPlan.put("model", "SAAS");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("plan", secondPlan);
        second.put("scoping", new TreeMap<>(Map.of("items", List.of("PD-01", "TS-02"), "release", "2026.1")));

        assertThat(FrozenBasis.of(new Basis(second))).isEqualTo(FrozenBasis.of(new Basis(first)));
        assertThat(FrozenBasis.of(new Basis(first)).json()).startsWith("{\"plan\":{\"locations\"");
    }

    @Test
    void aChangedFactGivesAnotherHash() {
        FrozenBasis before = FrozenBasis.of(new Basis(Map.of("items", List.of("PD-01"))));
        FrozenBasis after = FrozenBasis.of(new Basis(Map.of("items", List.of("PD-01", "TS-02"))));

        assertThat(after.hash()).isNotEqualTo(before.hash()).hasSize(64);
    }

    @Test
    void numbersAreWrittenPlainSoThatTheSameAmountIsTheSameFact() {
        assertThat(FrozenBasis.canonicalJson(List.of(2, 2L, 2.0, new BigDecimal("2.00"), 2.0f)))
                .isEqualTo("[2,2,2,2,2]");
        assertThat(FrozenBasis.canonicalJson(List.of(0.1f, 1e21, new BigDecimal("-0.50"), 0.0)))
                .isEqualTo("[0.1,1000000000000000000000,-0.5,0]");
    }

    @Test
    void textsAreEscapedAndOtherValuesWrittenAsText() {
        assertThat(FrozenBasis.canonicalJson(Arrays.asList("a\"b\\c\nd\u0001", DecisionOutcome.APPROVED, 'x')))
                .isEqualTo("[\"a\\\"b\\\\c\\nd\\u0001\",\"APPROVED\",\"x\"]");
    }

    @Test
    void noBasisIsAnEmptyObject() {
        FrozenBasis empty = FrozenBasis.of(new Basis(Map.of()));

        assertThat(empty.json()).isEqualTo("{}");
        assertThat(empty.hash()).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        assertThat(FrozenBasis.of(null)).isEqualTo(empty);
    }

    /**
     * Bases frozen before the writers became one (an initiative's whole basis, texts only; a basis with
     * numbers, written by the decisions' old writer): read back and written by the one writer, they give
     * the very text and hash that are stored, so that no stored decision turns stale by the change. The
     * hashes were computed outside Java (sha256sum) over the stored texts.
     */
    @Test
    void basesFrozenBeforeTheWritersWereOneStillVerify() {
        String initiative = "{\"applicableItems\":[\"LC-PREP-ASSET-01\",\"PD-01\"],"
                + "\"applicableSections\":[\"PERSONAL_DATA\"],"
                + "\"assets\":[{\"categories\":[\"PERSONAL_DATA\"],\"id\":\"0b6f0e52-5a1d-4d0e-9d7a-1f2c3d4e5f60\"}],"
                + "\"benefits\":\"速く\",\"catalogRelease\":\"2026.1\",\"dataLocations\":[\"JP\"],"
                + "\"deployment\":\"PUBLIC\",\"kpis\":[{\"baseline\":\"30\",\"name\":\"処理時間\","
                + "\"target\":\"10.5\",\"unit\":\"分\"}],\"providerHeadquarters\":\"US\","
                + "\"purpose\":\"顧客管理\",\"serviceModel\":\"SAAS\"}";
        String numbers = "{\"amount\":1200.5,\"count\":3,\"rate\":0.1,\"share\":2}";

        FrozenBasis initiativeAgain = FrozenBasis.of(new Basis(BasisTable.read(initiative)));
        FrozenBasis numbersAgain = FrozenBasis.of(new Basis(BasisTable.read(numbers)));

        assertThat(initiativeAgain.json()).isEqualTo(initiative);
        assertThat(initiativeAgain.hash())
                .isEqualTo("003a35b847d437bad53fefbf3d639a435a09ace65c170c1c2a5154c8e50e35d9");
        assertThat(numbersAgain.json()).isEqualTo(numbers);
        assertThat(numbersAgain.hash()).isEqualTo("c59d98b6f7fc25bf988926044a5d42d2b73b9d6692af1860b3feb235063a5c8c");
    }
}
