package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * Release 2026.2 speaks one vocabulary in both languages (issue 10): クラウド事業者 for the provider (事業者 alone is
 * ambiguous next to 個人情報取扱事業者), 利用企業 / "user company" for the company that uses the service, 確認する,
 * 保存場所 / "storage location", 再委託先 / "subprocessor", "special care-required personal information" as the PPC
 * writes it, "conforming system" for 基準適合体制, and 情報システム担当 is not a "risk officer". Every bilingual text
 * of the release is checked: items, risks, glossary, sector rules, release notes and the summaries of
 * references (the official names and issuers of references are facts and are left as they are).
 */
class CatalogTerminologyTests {

    /** Where the release's YAML files are read from (the classpath folder of the release). */
    static final String RELEASE_FOLDER = "catalog/2026.2";

    /** A word that must not appear in one language, and the word to use instead. */
    record Banned(String language, Pattern pattern, String use) {

        static Banned ja(String regex, String use) {
            return new Banned("ja", Pattern.compile(regex), use);
        }

        static Banned en(String regex, String use) {
            return new Banned("en", Pattern.compile(regex, Pattern.CASE_INSENSITIVE), use);
        }
    }

    /** A term that, where its Japanese form appears, must be rendered with its one English form. */
    record Paired(String ja, String en) {}

    /** One bilingual text of the release, with where it stands. */
    record Text(String where, String ja, String en) {}

    static final List<Banned> BANNED = List.of(
            // the provider: 事業者 only inside compounds that name another kind of business
            Banned.ja("(?<!クラウド)(?<!通信)(?<!特定社会基盤)(?<!個人情報取扱)(?<!関係)(?<!提供)(?<!介護)(?<!放送)事業者(?!編)", "クラウド事業者"),
            Banned.ja("確かめ", "確認する"),
            Banned.ja("自社", "利用企業"),
            Banned.ja("利用者", "利用企業 (or ユーザー for a person)"),
            Banned.ja("ユーザー企業|利用会社|利用者企業", "利用企業"),
            Banned.ja("保存国|保存地域|保存先|保管先|保管場所|データの所在", "保存場所"),
            Banned.ja("サブプロセッサ|再受託会社|下請", "再委託先"),
            Banned.en("\\bthe company\\b", "the user company"),
            Banned.en("risk officer", "information systems staff (情報システム担当)"),
            Banned.en("special-care", "special care-required personal information"),
            Banned.en("equivalent system|standards?-conforming|system meeting the standards", "conforming system"),
            Banned.en("storage countr|storage region|data location", "storage location"),
            Banned.en("sub-processor|subcontractor|subservice organi[sz]ation", "subprocessor"),
            Banned.en("service organi[sz]ation|\\bvendors?\\b", "provider"));

    static final List<Paired> PAIRED = List.of(
            new Paired("基準適合体制", "conforming system"),
            new Paired("要配慮個人情報", "special care-required personal information"),
            new Paired("情報システム担当", "information systems staff"),
            new Paired("再委託先", "subprocessor"));

    @Test
    void release2026_2SpeaksOneVocabularyInBothLanguages() {
        List<Text> texts = texts(RELEASE_FOLDER);
        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(findings(texts)).isEmpty();
    }

    @Test
    void thePreferredTermsAreTheOnesInUse() {
        List<Text> texts = texts(RELEASE_FOLDER);
        for (String ja : List.of("クラウド事業者", "利用企業", "確認します", "保存場所", "再委託先", "基準適合体制", "要配慮個人情報")) {
            assertThat(texts).as(ja).anyMatch(text -> text.ja().contains(ja));
        }
        for (String en : List.of(
                "provider",
                "user company",
                "storage location",
                "subprocessor",
                "conforming system",
                "special care-required personal information",
                "information systems staff")) {
            assertThat(texts).as(en).anyMatch(text -> text.en().contains(en));
        }
    }

    @Test
    void everyBannedTermAndEveryUnpairedTermIsFound() {
        List<Text> samples = List.of(
                new Text("provider", "事業者に確認します。", "Ask the provider."),
                new Text("verb", "クラウド事業者に確かめます。", "Ask the provider."),
                new Text("user company", "自社の規程を確認します。", "Check the user company's rules."),
                new Text("user", "利用者の規程を確認します。", "Check the user company's rules."),
                new Text("storage", "保存国を確認します。", "Check the storage location."),
                new Text("subprocessor", "サブプロセッサを確認します。", "Check the subprocessors."),
                new Text("the company", "利用企業の規程を確認します。", "Check the company's rules."),
                new Text("risk officer", "情報システム担当が確認します。", "The risk officer checks."),
                new Text("special care", "要配慮個人情報を確認します。", "Check special-care personal information."),
                new Text("conforming", "基準適合体制を確認します。", "Check the equivalent system."),
                new Text("region", "保存場所を確認します。", "Check the storage region."),
                new Text("subservice", "再委託先を確認します。", "Check the subservice organisations."),
                new Text("vendor", "クラウド事業者を確認します。", "Ask the vendor."));
        for (Text sample : samples) {
            assertThat(findings(List.of(sample))).as(sample.where()).isNotEmpty();
        }
        List<Text> clean = List.of(
                new Text(
                        "clean",
                        "利用企業は、クラウド事業者と再委託先の保存場所を確認します。個人情報取扱事業者、特定社会基盤事業者、電気通信事業者、特定個人情報ガイドライン（事業者編）。",
                        "The user company checks the storage locations of the provider and its subprocessors."),
                new Text(
                        "paired",
                        "要配慮個人情報と基準適合体制を情報システム担当が確認します。",
                        "The information systems staff check special care-required personal information and the"
                                + " conforming system."));
        assertThat(findings(clean)).isEmpty();
    }

    /** Every banned term and every Japanese term whose English rendering is missing, with where it stands. */
    static List<String> findings(List<Text> texts) {
        List<String> findings = new ArrayList<>();
        for (Text text : texts) {
            for (Banned banned : BANNED) {
                String value = banned.language().equals("ja") ? text.ja() : text.en();
                Matcher matcher = banned.pattern().matcher(value);
                while (matcher.find()) {
                    int from = Math.max(0, matcher.start() - 15);
                    int to = Math.min(value.length(), matcher.end() + 10);
                    findings.add("%s (%s): \"%s\" in ...%s... - use %s"
                            .formatted(
                                    text.where(),
                                    banned.language(),
                                    matcher.group(),
                                    value.substring(from, to),
                                    banned.use()));
                }
            }
            for (Paired paired : PAIRED) {
                if (text.ja().contains(paired.ja())
                        && !text.en().toLowerCase(java.util.Locale.ROOT).contains(paired.en())) {
                    findings.add("%s: %s without \"%s\" in English".formatted(text.where(), paired.ja(), paired.en()));
                }
            }
        }
        return findings;
    }

    /** The bilingual texts of every YAML file of a release folder on the classpath. */
    static List<Text> texts(String folder) {
        List<Text> texts = new ArrayList<>();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.yaml");
            assertThat(resources).as("YAML files of %s", folder).isNotEmpty();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    Object document = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    walk(document, resource.getFilename(), "", texts);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    private static void walk(Object node, String where, String key, List<Text> texts) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("ja") instanceof String ja && map.get("en") instanceof String en) {
                boolean officialName = where.contains("/references[")
                        && List.of("name", "shortName", "issuer").contains(key);
                if (!officialName) {
                    texts.add(new Text(where, ja, en));
                }
                return;
            }
            Object id = map.get("id");
            String here = id == null ? where : where + "[" + id + "]";
            map.forEach((k, v) -> walk(v, here + "/" + k, String.valueOf(k), texts));
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                walk(element, where, key, texts);
            }
        }
    }
}
