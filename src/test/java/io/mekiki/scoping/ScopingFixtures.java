package io.mekiki.scoping;

import io.mekiki.catalog.Applicability;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.Reason.Country;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small, hand-built catalogue releases and facts for the scoping rules. */
final class ScopingFixtures {

    private ScopingFixtures() {}

    static CatalogRelease release(CheckItem... items) {
        return new CatalogRelease(
                "test.1",
                LocalDate.of(2026, 11, 26),
                new LocalizedText("テスト版", "Test release"),
                new LocalizedText("", ""),
                List.of(items),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** A release of rule set 2 (ADR 027). */
    static CatalogRelease release2(CheckItem... items) {
        return new CatalogRelease(
                "test.2",
                LocalDate.of(2026, 12, 3),
                new LocalizedText("テスト版2", "Test release 2"),
                new LocalizedText("", ""),
                List.of(items),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                2);
    }

    /** A condition of rule set 2, given by its YAML key, with the value true. */
    static Applicability when2(String key) {
        return new Applicability(
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                key.equals("financialReporting") ? true : null,
                key.equals("nonResidentAccess") ? true : null,
                key.equals("criticalInfrastructure") ? true : null,
                key.equals("possibleTaxRecords") ? true : null);
    }

    static CheckItem item(String id, Section section, Applicability when) {
        LocalizedText text = new LocalizedText("項目 " + id, "Item " + id);
        return new CheckItem(
                id,
                section,
                LifeCyclePhase.PREPARATION,
                text,
                text,
                text,
                text,
                List.of(),
                Confidence.CONFIRMED,
                when,
                Set.of(),
                3);
    }

    static CheckItem item(String id, Section section) {
        return item(id, section, Applicability.ALWAYS);
    }

    /** One item per section with no condition of its own: shows which sections let their items through. */
    static List<CheckItem> oneUnconditionalItemPerSection() {
        return Arrays.stream(Section.values())
                .map(section -> item(section.idPrefix() + "-ANY-01", section))
                .toList();
    }

    // ---- conditions: each restricts one thing, as an item's appliesWhen in YAML would ----

    static Applicability categories(AssetCategory... categories) {
        return new Applicability(Set.of(categories), Set.of(), Set.of(), null, null, null, null, null);
    }

    static Applicability sectors(Sector... sectors) {
        return new Applicability(Set.of(), Set.of(sectors), Set.of(), null, null, null, null, null);
    }

    static Applicability models(ServiceModel... models) {
        return new Applicability(Set.of(), Set.of(), Set.of(models), null, null, null, null, null);
    }

    static Applicability foreignDataLocation(boolean wanted) {
        return new Applicability(Set.of(), Set.of(), Set.of(), wanted, null, null, null, null);
    }

    static Applicability foreignProvider(boolean wanted) {
        return new Applicability(Set.of(), Set.of(), Set.of(), null, wanted, null, null, null);
    }

    static Applicability anythingForeign(boolean wanted) {
        return new Applicability(Set.of(), Set.of(), Set.of(), null, null, wanted, null, null);
    }

    static Applicability listed(boolean wanted) {
        return new Applicability(Set.of(), Set.of(), Set.of(), null, null, null, wanted, null);
    }

    static Applicability largeCompanyWithBoard(boolean wanted) {
        return new Applicability(Set.of(), Set.of(), Set.of(), null, null, null, null, wanted);
    }

    // ---- reasons, as the engine gives them ----

    static Reason holds(String asset, AssetCategory category) {
        return Reason.of("assetHolds", asset, category);
    }

    static Reason foreignLocation(String country) {
        return Reason.of("foreignDataLocation", new Country(country));
    }

    static Reason foreignProviderIn(String country) {
        return Reason.of("foreignProvider", new Country(country));
    }

    static Reason reason(String code, Object... arguments) {
        return Reason.of(code, arguments);
    }

    /** Facts, built up one statement at a time; by default a general-sector company keeping its data in Japan. */
    static Given given() {
        return new Given();
    }

    static final class Given {
        private boolean largeCompanyWithBoard;
        private boolean listed;
        private Set<Sector> sectors = EnumSet.of(Sector.GENERAL);
        private final List<ScopingFacts.Asset> assets = new ArrayList<>();
        private Set<String> locations = Set.of(ScopingFacts.JAPAN);
        private String provider = ScopingFacts.JAPAN;
        private ServiceModel model;
        private Set<String> operation = Set.of();
        private ScopingFacts.Party parent;
        private ScopingFacts.Party contracting;
        private Set<String> subprocessors = Set.of();
        private Boolean criticalInfrastructure;
        private Boolean nonResidentAccess;

        /** Whether the organisation is a designated operator; null: not known. */
        Given criticalInfrastructure(Boolean designated) {
            criticalInfrastructure = designated;
            return this;
        }

        /** Whether non-residents may reach the data; null: not known. */
        Given nonResidentAccess(Boolean access) {
            nonResidentAccess = access;
            return this;
        }

        /** An asset with its financial-reporting fact (null: not known). */
        Given assetUsedInReporting(String name, Boolean financialReporting, AssetCategory... categories) {
            assets.add(new ScopingFacts.Asset(name, Set.of(categories), financialReporting));
            return this;
        }

        Given parent(ScopingFacts.Party ultimateParent) {
            parent = ultimateParent;
            return this;
        }

        Given contractingEntity(ScopingFacts.Party entity) {
            contracting = entity;
            return this;
        }

        Given operatedFrom(String... countries) {
            operation = Set.of(countries);
            return this;
        }

        Given subprocessorsIn(String... countries) {
            subprocessors = Set.of(countries);
            return this;
        }

        Given largeCompanyWithBoard() {
            largeCompanyWithBoard = true;
            return this;
        }

        Given listed() {
            listed = true;
            return this;
        }

        Given sectors(Sector... held) {
            sectors = EnumSet.copyOf(Arrays.asList(held));
            return this;
        }

        Given asset(String name, AssetCategory... categories) {
            assets.add(new ScopingFacts.Asset(name, Set.of(categories)));
            return this;
        }

        Given dataIn(String... countries) {
            locations = new LinkedHashSet<>(Arrays.asList(countries));
            return this;
        }

        Given providerIn(String country) {
            provider = country;
            return this;
        }

        Given providerNotChosen() {
            provider = null;
            return this;
        }

        Given model(ServiceModel serviceModel) {
            model = serviceModel;
            return this;
        }

        /** The service's own facts, as a candidate's scoping knows them (ADR 021). */
        Given serviceFacts(
                Set<String> operationLocations,
                ScopingFacts.Party ultimateParent,
                ScopingFacts.Party contractingEntity,
                Set<String> subprocessorCountries) {
            operation = operationLocations;
            parent = ultimateParent;
            contracting = contractingEntity;
            subprocessors = subprocessorCountries;
            return this;
        }

        ScopingFacts facts() {
            return new ScopingFacts(
                    new ScopingFacts.Organization(largeCompanyWithBoard, listed, sectors, criticalInfrastructure),
                    assets,
                    new ScopingFacts.Service(
                            locations,
                            provider,
                            model,
                            operation,
                            parent,
                            contracting,
                            subprocessors,
                            nonResidentAccess));
        }
    }
}
