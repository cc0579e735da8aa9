package io.mekiki.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    @Test
    void keysAreSortedWhateverTheOrderOfTheMap() {
        Map<String, Object> oneOrder = new LinkedHashMap<>();
        oneOrder.put("name", "Acme");
        oneOrder.put("amount", 3);
        oneOrder.put("category", "SaaS");
        Map<String, Object> otherOrder = new LinkedHashMap<>();
        otherOrder.put("category", "SaaS");
        otherOrder.put("name", "Acme");
        otherOrder.put("amount", 3);

        assertThat(CanonicalJson.write(oneOrder))
                .isEqualTo(CanonicalJson.write(otherOrder))
                .isEqualTo(CanonicalJson.write(new HashMap<>(oneOrder)))
                .isEqualTo("{\"amount\":3,\"category\":\"SaaS\",\"name\":\"Acme\"}");
    }

    @Test
    void nestedMapsAreSortedToo() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", 2);

        assertThat(CanonicalJson.write(Map.of("outer", inner, "b", List.of(inner))))
                .isEqualTo("{\"b\":[{\"a\":2,\"z\":1}],\"outer\":{\"a\":2,\"z\":1}}");
    }

    @Test
    void keysSortByTheirCharactersNotByLocale() {
        Map<String, Object> map = new TreeMap<>();
        map.put("b", 1);
        map.put("B", 2);
        map.put("あ", 3);
        map.put("a", 4);

        assertThat(CanonicalJson.write(map)).isEqualTo("{\"B\":2,\"a\":4,\"b\":1,\"あ\":3}");
    }

    @Test
    void listsKeepTheirOrderAndNest() {
        assertThat(CanonicalJson.write(List.of("b", "a", List.of(2, 1), List.of())))
                .isEqualTo("[\"b\",\"a\",[2,1],[]]");
        assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void noWhiteSpaceIsAdded() {
        assertThat(CanonicalJson.write(Map.of("roles", List.of("ADMIN", "EXECUTIVE"), "count", 2)))
                .isEqualTo("{\"count\":2,\"roles\":[\"ADMIN\",\"EXECUTIVE\"]}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(CanonicalJson.write("say \"hi\"\\ now\nnext\rline\ttab\u0001\u001f"))
                .isEqualTo("\"say \\\"hi\\\"\\\\ now\\nnext\\rline\\ttab\\u0001\\u001f\"");
    }

    @Test
    void nonAsciiTextStaysAsItIs() {
        assertThat(CanonicalJson.write("株式会社 é 😀 /")).isEqualTo("\"株式会社 é 😀 /\"");
    }

    @Test
    void integersAndBooleansAreBareAndTheSameWhateverTheirJavaType() {
        assertThat(CanonicalJson.write(Map.of("n", 42, "big", 9_007_199_254_740_993L, "negative", -1, "yes", true)))
                .isEqualTo("{\"big\":9007199254740993,\"n\":42,\"negative\":-1,\"yes\":true}");
        assertThat(CanonicalJson.write(42)).isEqualTo(CanonicalJson.write(42L));
    }

    @Test
    void decimalsAreWrittenAsPlainNumbersSoThatTheSameAmountIsTheSameFact() {
        // one writer for the ledger and the decisions (ADR 020): the decisions' number rules, which lose no digit
        assertThat(CanonicalJson.write(Map.of("price", new BigDecimal("1200.50"))))
                .isEqualTo("{\"price\":1200.5}");
        assertThat(CanonicalJson.write(List.of(2, 2L, 2.0, new BigDecimal("2.00"), 2.0f, new BigDecimal("1E+3"))))
                .isEqualTo("[2,2,2,2,2,1000]");
        assertThat(CanonicalJson.write(List.of(0.1f, 1e21, new BigDecimal("-0.50"), 0.0, Double.NaN)))
                .isEqualTo("[0.1,1000000000000000000000,-0.5,0,\"NaN\"]");
    }

    @Test
    void arraysAreListsAndATooLongTextIsRefusedWhileWriting() {
        assertThat(CanonicalJson.write(new Object[] {"a", 1})).isEqualTo("[\"a\",1]");
        assertThat(CanonicalJson.write(List.of("abc"), 7)).isEqualTo("[\"abc\"]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.write(List.of("abcd"), 7))
                .isInstanceOf(CanonicalJson.TooLargeException.class);
    }

    @Test
    void theOneSha256IsTheStandardOne() {
        // sha256 of "abc" as published with the standard
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(Sha256.hex("abc"));
    }

    @Test
    void nullsAreWrittenAsNull() {
        assertThat(CanonicalJson.write(Arrays.asList("a", null))).isEqualTo("[\"a\",null]");
    }

    @Test
    void otherValuesAreWrittenAsTheirText() {
        assertThat(CanonicalJson.write(Map.of("phase", Thread.State.NEW))).isEqualTo("{\"phase\":\"NEW\"}");
    }
}
