package io.mekiki.scoping;

import static io.mekiki.scoping.ScopingFixtures.anythingForeign;
import static io.mekiki.scoping.ScopingFixtures.categories;
import static io.mekiki.scoping.ScopingFixtures.foreignDataLocation;
import static io.mekiki.scoping.ScopingFixtures.foreignLocation;
import static io.mekiki.scoping.ScopingFixtures.foreignProvider;
import static io.mekiki.scoping.ScopingFixtures.given;
import static io.mekiki.scoping.ScopingFixtures.holds;
import static io.mekiki.scoping.ScopingFixtures.item;
import static io.mekiki.scoping.ScopingFixtures.largeCompanyWithBoard;
import static io.mekiki.scoping.ScopingFixtures.listed;
import static io.mekiki.scoping.ScopingFixtures.models;
import static io.mekiki.scoping.ScopingFixtures.release;
import static io.mekiki.scoping.ScopingFixtures.sectors;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.ScopingFixtures.Given;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reason the engine can give reads as a sentence in Japanese and in English, never as a raw
 * message key, and the bundles hold no reason the engine never gives.
 */
class ReasonTextsTests {

    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static final ReasonTexts TEXTS = new ReasonTexts(messageSource());

    /** One reason of every kind the engine gives, found by evaluating a grid of facts. */
    private static final Map<String, Reason> GIVEN = reasonsTheEngineGives();

    static Stream<Reason> oneReasonOfEachKind() {
        return GIVEN.values().stream();
    }

    @Test
    void theBundlesHoldATextForEveryReasonAndNoOtherReason() {
        Set<String> keys =
                GIVEN.values().stream().map(Reason::messageKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(reasonKeys("messages/messages.properties")).as("Japanese").isEqualTo(keys);
        assertThat(reasonKeys("messages/messages_en.properties")).as("English").isEqualTo(keys);
    }

    @ParameterizedTest
    @MethodSource("oneReasonOfEachKind")
    void readsAsASentenceInJapaneseAndInEnglish(Reason reason) {
        String japanese = TEXTS.text(reason, Locale.JAPANESE);
        String english = TEXTS.text(reason, Locale.ENGLISH);

        for (String text : List.of(japanese, english)) {
            assertThat(text).doesNotContain("scoping.reason").doesNotContain("??");
            assertThat(PLACEHOLDER.matcher(text).find())
                    .as("unfilled placeholder in %s", text)
                    .isFalse();
            assertThat(text).doesNotContainPattern("\\b(PERSONAL_DATA|FINANCE|SAAS|IAAS)\\b");
        }
        assertThat(JAPANESE_SCRIPT.matcher(japanese).find())
                .as("Japanese: %s", japanese)
                .isTrue();
        assertThat(JAPANESE_SCRIPT.matcher(english).find())
                .as("English: %s", english)
                .isFalse();
    }

    @Test
    void argumentsAreWrittenOutInTheReadersLanguage() {
        assertThat(TEXTS.text(holds("給与台帳", AssetCategory.PERSONAL_DATA), Locale.JAPANESE))
                .isEqualTo("情報資産「給与台帳」が個人情報を含みます。");
        assertThat(TEXTS.text(holds("Payroll", AssetCategory.PERSONAL_DATA), Locale.ENGLISH))
                .isEqualTo("Asset 'Payroll' holds information of the category 'Personal data'.");
        assertThat(TEXTS.text(foreignLocation("US"), Locale.JAPANESE)).contains("アメリカ合衆国 (US)");
        assertThat(TEXTS.text(foreignLocation("US"), Locale.ENGLISH))
                .isEqualTo("The data location United States (US) is outside Japan.");
        assertThat(TEXTS.text(Reason.of("sector", Sector.MEDICAL), Locale.ENGLISH))
                .contains("Medical and nursing care");
        assertThat(TEXTS.text(Reason.of("serviceModel", ServiceModel.SAAS), Locale.JAPANESE))
                .contains("SaaS");
    }

    /** Items with every kind of condition, both ways, in sections of every kind. */
    private static CatalogRelease everyKindOfCondition() {
        List<CheckItem> items = new ArrayList<>(ScopingFixtures.oneUnconditionalItemPerSection());
        items.add(item("RS-CAT-01", Section.RESPONSIBILITY_SPLIT, categories(AssetCategory.MY_NUMBER)));
        items.add(item("RS-SECTOR-01", Section.RESPONSIBILITY_SPLIT, sectors(Sector.FINANCE)));
        items.add(item("RS-MODEL-01", Section.RESPONSIBILITY_SPLIT, models(ServiceModel.SAAS)));
        int n = 0;
        for (boolean wanted : new boolean[] {true, false}) {
            items.add(item("RS-LOC-0" + ++n, Section.RESPONSIBILITY_SPLIT, foreignDataLocation(wanted)));
            items.add(item("RS-PROV-0" + n, Section.RESPONSIBILITY_SPLIT, foreignProvider(wanted)));
            items.add(item("RS-ANY-0" + n, Section.RESPONSIBILITY_SPLIT, anythingForeign(wanted)));
            items.add(item("RS-LISTED-0" + n, Section.RESPONSIBILITY_SPLIT, listed(wanted)));
            items.add(item("RS-LARGE-0" + n, Section.RESPONSIBILITY_SPLIT, largeCompanyWithBoard(wanted)));
        }
        return release(items.toArray(CheckItem[]::new));
    }

    private static Map<String, Reason> reasonsTheEngineGives() {
        CatalogRelease release = everyKindOfCondition();
        Map<String, Reason> found = new LinkedHashMap<>();
        for (boolean large : new boolean[] {true, false}) {
            for (boolean listedCompany : new boolean[] {true, false}) {
                for (Sector sector : List.of(Sector.GENERAL, Sector.FINANCE)) {
                    for (boolean withAssets : new boolean[] {true, false}) {
                        for (List<String> locations : List.of(List.of("JP"), List.of("JP", "US"))) {
                            for (String provider : Arrays.asList("JP", "US", null)) {
                                for (ServiceModel model : Arrays.asList(ServiceModel.SAAS, ServiceModel.IAAS, null)) {
                                    for (String ownFacts : List.of("none", "JP", "US")) {
                                        Given given = given().sectors(sector).dataIn(locations.toArray(String[]::new));
                                        if (!ownFacts.equals("none")) {
                                            given.serviceFacts(
                                                    Set.of(ownFacts),
                                                    new ScopingFacts.Party("Parent", ownFacts),
                                                    new ScopingFacts.Party("Contracting", ownFacts),
                                                    Set.of(ownFacts));
                                        }
                                        given = provider == null
                                                ? given.providerNotChosen()
                                                : given.providerIn(provider);
                                        given = large ? given.largeCompanyWithBoard() : given;
                                        given = listedCompany ? given.listed() : given;
                                        given = withAssets ? given.asset("Everything", AssetCategory.values()) : given;
                                        given.model(model);
                                        ScopingResult result = ScopingEngine.evaluate(release, given.facts());
                                        Stream.of(
                                                        result.sections().stream()
                                                                .flatMap(v -> v.reasons().stream()),
                                                        result.notApplicable().stream()
                                                                .flatMap(v -> v.reasons().stream()),
                                                        result.items().stream().flatMap(v -> v.reasons().stream()))
                                                .flatMap(reasons -> reasons)
                                                .filter(Objects::nonNull)
                                                .forEach(reason -> found.putIfAbsent(reason.code(), reason));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        ruleSetTwo(found);
        return found;
    }

    /** The reasons of rule set 2 (ADR 027): its sections and conditions over the new facts. */
    private static void ruleSetTwo(Map<String, Reason> found) {
        List<CheckItem> items = new ArrayList<>(ScopingFixtures.oneUnconditionalItemPerSection());
        for (String key :
                List.of("financialReporting", "nonResidentAccess", "criticalInfrastructure", "possibleTaxRecords")) {
            items.add(item(
                    "RS-" + key.toUpperCase(Locale.ROOT) + "-01",
                    Section.RESPONSIBILITY_SPLIT,
                    ScopingFixtures.when2(key)));
        }
        CatalogRelease release = ScopingFixtures.release2(items.toArray(CheckItem[]::new));
        for (Boolean designated : Arrays.asList(true, false, null)) {
            for (Sector sector : List.of(Sector.GENERAL, Sector.FINANCE)) {
                for (Boolean access : Arrays.asList(true, false, null)) {
                    for (String provider : Arrays.asList("JP", null)) {
                        for (int assets = 0; assets < 3; assets++) {
                            Given given = given().sectors(sector)
                                    .listed()
                                    .criticalInfrastructure(designated)
                                    .nonResidentAccess(access)
                                    .parent(new ScopingFacts.Party(null, "US"))
                                    .contractingEntity(new ScopingFacts.Party(null, "US"));
                            given = provider == null ? given.providerNotChosen() : given.providerIn(provider);
                            if (assets == 1) {
                                given.asset("Everything", AssetCategory.values());
                            } else if (assets == 2) {
                                given.assetUsedInReporting("Ledger", true, AssetCategory.BOARD_AND_FINANCIAL_RECORDS);
                            }
                            ScopingResult result = ScopingEngine.evaluate(release, given.facts());
                            Stream.of(
                                            result.sections().stream().flatMap(v -> v.reasons().stream()),
                                            result.notApplicable().stream().flatMap(v -> v.reasons().stream()),
                                            result.items().stream().flatMap(v -> v.reasons().stream()))
                                    .flatMap(reasons -> reasons)
                                    .forEach(reason -> found.putIfAbsent(reason.code(), reason));
                        }
                    }
                }
            }
        }
    }

    private static Set<String> reasonKeys(String bundle) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ReasonTextsTests.class.getClassLoader().getResourceAsStream(bundle), bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("scoping.reason."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The bundles as the application reads them (spring.messages in application.yaml). */
    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
