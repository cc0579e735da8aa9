package io.mekiki.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.AssetCategory;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InformationAssetTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void registeringStripsTextAndDropsBlankFields() {
        InformationAsset asset = InformationAsset.register(
                UUID.randomUUID(),
                new AssetDetails(
                        "  顧客台帳 ",
                        " 営業本部 ",
                        "   ",
                        Set.of(AssetCategory.PERSONAL_DATA),
                        Level.HIGH,
                        Level.LOW,
                        "",
                        null,
                        null),
                NOW);

        assertThat(asset.name()).isEqualTo("顧客台帳");
        assertThat(asset.ownerDepartment()).isEqualTo("営業本部");
        assertThat(asset.description()).isNull();
        assertThat(asset.currentControls()).isNull();
        assertThat(asset.archived()).isFalse();
        assertThat(asset.createdAt()).isEqualTo(NOW);
        assertThat(asset.version()).isNull();
    }

    @Test
    void anAssetNeedsANameAtLeastOneCategoryAndBothLevels() {
        assertRefused(details(" ", Set.of(AssetCategory.OTHER), Level.LOW, Level.LOW, null), "name");
        assertRefused(details("A", Set.of(), Level.LOW, Level.LOW, null), "categories");
        assertRefused(details("A", Set.of(AssetCategory.OTHER), null, Level.LOW, null), "assetValue");
        assertRefused(details("A", Set.of(AssetCategory.OTHER), Level.LOW, null, null), "riskTolerance");
    }

    @Test
    void theYearlyCostCannotBeNegativeButMayBeZero() {
        assertRefused(details("A", Set.of(AssetCategory.OTHER), Level.LOW, Level.LOW, -1L), "currentAnnualCost");

        InformationAsset free = InformationAsset.register(
                UUID.randomUUID(), details("A", Set.of(AssetCategory.OTHER), Level.LOW, Level.LOW, 0L), NOW);
        assertThat(free.currentAnnualCost()).isZero();
    }

    @Test
    void overlongTextIsRefused() {
        String longName = "名".repeat(AssetDetails.NAME_MAX + 1);

        assertRefused(details(longName, Set.of(AssetCategory.OTHER), Level.LOW, Level.LOW, null), "name");
    }

    @Test
    void aRevisionReportsOnlyTheFieldsThatChanged() {
        InformationAsset asset = stored(3L);

        Map<String, Object> changes = asset.revise(
                3L,
                new AssetDetails(
                        "顧客台帳",
                        "営業本部",
                        null,
                        Set.of(AssetCategory.PERSONAL_DATA, AssetCategory.MY_NUMBER),
                        Level.HIGH,
                        Level.LOW,
                        null,
                        1_200_000L,
                        null),
                NOW);

        assertThat(changes).containsOnlyKeys("categories", "currentAnnualCost");
        assertThat(changes.get("categories"))
                .isEqualTo(Map.of(
                        "before",
                        java.util.List.of("PERSONAL_DATA"),
                        "after",
                        java.util.List.of("MY_NUMBER", "PERSONAL_DATA")));
        assertThat(asset.categories()).containsExactlyInAnyOrder(AssetCategory.PERSONAL_DATA, AssetCategory.MY_NUMBER);
        assertThat(asset.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aRevisionWithTheSameDetailsChangesNothing() {
        InformationAsset asset = stored(3L);
        Instant before = asset.updatedAt();

        assertThat(asset.revise(3L, asset.details(), NOW)).isEmpty();
        assertThat(asset.updatedAt()).isEqualTo(before);
    }

    @Test
    void aRevisionStartedFromAnOlderVersionIsRefusedAndChangesNothing() {
        InformationAsset asset = stored(3L);

        assertThatThrownBy(() -> asset.revise(
                        2L, details("新しい名前", Set.of(AssetCategory.OTHER), Level.LOW, Level.LOW, null), NOW))
                .isInstanceOfSatisfying(AssetRuleViolation.class, violation -> {
                    assertThat(violation.isStale()).isTrue();
                    assertThat(violation.field()).isEqualTo("version");
                });
        assertThat(asset.name()).isEqualTo("顧客台帳");
    }

    @Test
    void aRevisionMustSayWhichVersionItStartedFrom() {
        InformationAsset asset = stored(3L);

        assertThatThrownBy(() -> asset.revise(null, asset.details(), NOW))
                .isInstanceOfSatisfying(
                        AssetRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("version"));
    }

    @Test
    void archivedAssetsCannotBeRevisedUntilRestored() {
        InformationAsset asset = stored(3L);
        asset.archive(NOW);

        assertThatThrownBy(() -> asset.revise(3L, asset.details(), NOW))
                .isInstanceOfSatisfying(
                        AssetRuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("assets.error.archived"));

        asset.restore(NOW);
        assertThat(asset.archived()).isFalse();
    }

    @Test
    void archivingTwiceOrRestoringAnActiveAssetIsRefused() {
        InformationAsset asset = stored(0L);

        assertThatThrownBy(() -> asset.restore(NOW)).isInstanceOf(AssetRuleViolation.class);
        asset.archive(NOW);
        assertThatThrownBy(() -> asset.archive(NOW)).isInstanceOf(AssetRuleViolation.class);
        assertThat(asset.archived()).isTrue();
    }

    @Test
    void theFactsOfANewAssetNameEveryField() {
        InformationAsset asset = stored(0L);

        assertThat(asset.facts())
                .containsKeys(
                        "name",
                        "ownerDepartment",
                        "description",
                        "categories",
                        "assetValue",
                        "riskTolerance",
                        "currentControls",
                        "currentAnnualCost",
                        "currentServiceLevel")
                .containsEntry("assetValue", "HIGH");
    }

    private static void assertRefused(AssetDetails details, String field) {
        assertThatThrownBy(() -> InformationAsset.register(UUID.randomUUID(), details, NOW))
                .isInstanceOfSatisfying(
                        AssetRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo(field));
    }

    private static AssetDetails details(
            String name, Set<AssetCategory> categories, Level value, Level tolerance, Long cost) {
        return new AssetDetails(name, null, null, categories, value, tolerance, null, cost, null);
    }

    private static InformationAsset stored(long version) {
        return new InformationAsset(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "顧客台帳",
                "営業本部",
                null,
                Set.of(new CategoryTag(AssetCategory.PERSONAL_DATA)),
                Level.HIGH,
                Level.LOW,
                null,
                null,
                null,
                null,
                false,
                NOW.minusSeconds(3600),
                NOW.minusSeconds(3600),
                version);
    }
}
