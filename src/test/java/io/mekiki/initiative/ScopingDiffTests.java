package io.mekiki.initiative;

import static io.mekiki.initiative.GateFixtures.scoping;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.Section;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import io.mekiki.initiative.ScopingSnapshot.SectionEntry;
import io.mekiki.scoping.Reason;
import io.mekiki.scoping.Reason.Country;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.CanonicalJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopingDiffTests {

    private static final Map<String, Set<AssetCategory>> CUSTOMERS =
            Map.of("顧客台帳", Set.of(AssetCategory.PERSONAL_DATA));

    @Test
    void aTradeSecretAssetAddsItsSectionAndItemsWithTheReason() {
        ScopingSnapshot before = scoping(CUSTOMERS, "JP");
        ScopingSnapshot after = scoping(
                Map.of(
                        "顧客台帳", Set.of(AssetCategory.PERSONAL_DATA),
                        "設計図面", Set.of(AssetCategory.TRADE_SECRET)),
                "JP");

        ScopingDiff diff = ScopingDiff.between(before, after);

        Reason holdsTradeSecrets = new Reason("assetHolds", List.of("設計図面", AssetCategory.TRADE_SECRET));
        assertThat(diff.sectionsAdded())
                .containsExactly(new SectionEntry(Section.TRADE_SECRET, List.of(holdsTradeSecrets)));
        assertThat(diff.itemsAdded()).extracting(ItemEntry::itemId).containsExactly("TS-01", "TS-02");
        assertThat(diff.itemsAdded().get(0).reasons()).containsExactly(holdsTradeSecrets);
        assertThat(diff.sectionsRemoved()).isEmpty();
        assertThat(diff.itemsRemoved()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.addedSections()).containsExactly(Section.TRADE_SECRET);
    }

    @Test
    void takingTheLastPersonalDataAssetOutRemovesTheSectionSayingWhyAndTheItemsWithTheirFormerReasons() {
        ScopingSnapshot before = scoping(CUSTOMERS, "JP", "US");
        ScopingSnapshot after = scoping(Map.of("販売実績", Set.of(AssetCategory.OTHER)), "JP", "US");

        ScopingDiff diff = ScopingDiff.between(before, after);

        assertThat(diff.sectionsRemoved())
                .containsExactly(new SectionEntry(
                        Section.PERSONAL_DATA, List.of(new Reason("noAsset.PERSONAL_DATA", List.of()))));
        assertThat(diff.itemsRemoved()).extracting(ItemEntry::itemId).containsExactly("PD-01", "PD-FOREIGN-01");
        assertThat(diff.itemsRemoved().get(1).reasons())
                .contains(new Reason("foreignDataLocation", List.of(new Country("US"))));
        assertThat(diff.sectionsAdded()).isEmpty();
        assertThat(diff.itemsAdded()).isEmpty();
    }

    @Test
    void anItemOfASectionThatStillAppliesCanComeAndGoOnItsOwn() {
        ScopingDiff diff = ScopingDiff.between(scoping(CUSTOMERS, "JP"), scoping(CUSTOMERS, "JP", "US"));

        assertThat(diff.sectionsAdded()).extracting(SectionEntry::section).containsExactly(Section.OVERSEAS);
        assertThat(diff.itemsAdded()).extracting(ItemEntry::itemId).containsExactly("PD-FOREIGN-01", "OS-01");
        assertThat(diff.sectionsRemoved()).isEmpty();
    }

    @Test
    void theSameFactsGiveNoChange() {
        assertThat(ScopingDiff.between(scoping(CUSTOMERS, "JP"), scoping(CUSTOMERS, "JP"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aSnapshotIsKeptAsCanonicalJsonAndReadBackAsItWas() {
        ScopingSnapshot snapshot = scoping(
                Map.of("設計図面 \"v2\"", Set.of(AssetCategory.TRADE_SECRET, AssetCategory.PERSONAL_DATA)), "US", "JP");

        String json = snapshot.toJson();

        assertThat(json).startsWith("{\"items\":[").doesNotContain(" \"", ": ");
        assertThat(ScopingSnapshot.fromJson(json)).isEqualTo(snapshot);
        assertThat(ScopingSnapshot.fromJson(json).toJson()).isEqualTo(json);
        ScopingDiff diff = ScopingDiff.between(scoping(CUSTOMERS, "JP"), snapshot);
        assertThat(ScopingDiff.of(StoredJson.read(CanonicalJson.write(diff.facts()))))
                .isEqualTo(diff);
    }
}
