package io.mekiki.scoping;

import io.mekiki.catalog.Applicability;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.Reason.Country;
import io.mekiki.scoping.ScopingFacts.Asset;
import io.mekiki.scoping.ScopingResult.ItemVerdict;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which sections and items of a catalogue release apply to a planned cloud use, following the
 * guide's reading flow: the life-cycle process and the contract points always; each legal section when
 * the information concerned goes into the cloud; the overseas section, and the export-control section,
 * when anything lies outside Japan. Pure: no database, no clock, same facts give the same result.
 *
 * <p>The release names the rule set (ADR 027). Rule set 1 (release 2026.1) is kept exactly as it was.
 * Rule set 2 adds the critical-infrastructure and sector sections, brings the export-control section
 * wherever the servers are, lets internal control and tax records follow financial reporting, and
 * counts a provider country that is not known as possibly foreign: not known never narrows.
 */
public final class ScopingEngine {

    private static final Set<AssetCategory> PERSONAL =
            EnumSet.of(AssetCategory.PERSONAL_DATA, AssetCategory.SPECIAL_CARE_PERSONAL_DATA, AssetCategory.MY_NUMBER);

    /** Sectors where operators are designated under 経済安全保障推進法 and an unknown answer counts. */
    static final Set<Sector> DESIGNATION_SECTORS =
            EnumSet.of(Sector.FINANCE, Sector.TELECOMMUNICATIONS, Sector.BROADCASTING, Sector.POSTAL);

    private ScopingEngine() {}

    public static ScopingResult evaluate(CatalogRelease release, ScopingFacts facts) {
        Map<Section, List<Reason>> applicable = new EnumMap<>(Section.class);
        List<SectionVerdict> notApplicable = new ArrayList<>();
        int rules = release.scopingRules();
        for (Section section : Section.knownTo(rules)) {
            Verdict verdict = section(section, facts, rules);
            if (verdict.applies()) {
                applicable.put(section, verdict.reasons());
            } else {
                notApplicable.add(new SectionVerdict(section, verdict.reasons()));
            }
        }
        List<ItemVerdict> items = new ArrayList<>();
        for (CheckItem item : release.items()) {
            List<Reason> sectionReasons = applicable.get(item.section());
            if (sectionReasons == null) {
                continue;
            }
            condition(item.appliesWhen(), facts, rules).ifPresent(own -> {
                List<Reason> reasons = new ArrayList<>(sectionReasons);
                own.stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
                items.add(new ItemVerdict(item, reasons));
            });
        }
        List<SectionVerdict> sections = applicable.entrySet().stream()
                .map(entry -> new SectionVerdict(entry.getKey(), entry.getValue()))
                .toList();
        return new ScopingResult(release.id(), sections, items, notApplicable);
    }

    private record Verdict(boolean applies, List<Reason> reasons) {}

    static Verdict section(Section section, ScopingFacts facts, int rules) {
        if (rules >= 2) {
            return switch (section) {
                case LIFECYCLE, RESPONSIBILITY_SPLIT, MISALIGNMENT, ASSURANCE ->
                    new Verdict(true, List.of(Reason.of("always." + section.name())));
                case TRADE_SECRET -> byCategory(facts, EnumSet.of(AssetCategory.TRADE_SECRET), "noAsset.TRADE_SECRET");
                case PERSONAL_DATA -> byCategory(facts, PERSONAL, "noAsset.PERSONAL_DATA");
                case TAX_RECORDS -> taxRecords2(facts);
                case INTERNAL_CONTROL -> internalControl2(facts);
                case TECHNOLOGY_EXPORT -> technologyExport2(facts);
                case OVERSEAS -> overseas(facts, rules);
                case CRITICAL_INFRASTRUCTURE -> criticalInfrastructure(facts);
                case SECTOR -> sector(facts);
            };
        }
        return switch (section) {
            case LIFECYCLE, RESPONSIBILITY_SPLIT, MISALIGNMENT, ASSURANCE ->
                new Verdict(true, List.of(Reason.of("always." + section.name())));
            case TRADE_SECRET -> byCategory(facts, EnumSet.of(AssetCategory.TRADE_SECRET), "noAsset.TRADE_SECRET");
            case PERSONAL_DATA -> byCategory(facts, PERSONAL, "noAsset.PERSONAL_DATA");
            case TAX_RECORDS -> byCategory(facts, EnumSet.of(AssetCategory.TAX_RECORDS), "noAsset.TAX_RECORDS");
            case INTERNAL_CONTROL -> internalControl(facts);
            case TECHNOLOGY_EXPORT -> technologyExport(facts);
            case OVERSEAS -> overseas(facts, rules);
            // unknown to rule set 1: never evaluated there (Section.knownTo), never applies
            case CRITICAL_INFRASTRUCTURE, SECTOR -> new Verdict(false, List.of());
        };
    }

    // ---- rule set 2 -------------------------------------------------------------------------

    /** Designated operator; while not known, the sectors where operators are designated count. */
    private static Verdict criticalInfrastructure(ScopingFacts facts) {
        Boolean designated = facts.organization().criticalInfrastructure();
        if (Boolean.TRUE.equals(designated)) {
            return new Verdict(true, List.of(Reason.of("criticalInfrastructure")));
        }
        if (Boolean.FALSE.equals(designated)) {
            return new Verdict(false, List.of(Reason.of("notCriticalInfrastructure")));
        }
        List<Reason> sectors = facts.organization().sectors().stream()
                .filter(DESIGNATION_SECTORS::contains)
                .sorted()
                .map(sector -> Reason.of("criticalInfrastructureUnknown", sector))
                .toList();
        return sectors.isEmpty()
                ? new Verdict(false, List.of(Reason.of("criticalInfrastructureUnknownOtherSector")))
                : new Verdict(true, sectors);
    }

    /** Any sector but the general one, whatever is stored. */
    private static Verdict sector(ScopingFacts facts) {
        List<Reason> sectors = facts.organization().sectors().stream()
                .filter(sector -> sector != Sector.GENERAL)
                .sorted()
                .map(sector -> Reason.of("sector", sector))
                .toList();
        return sectors.isEmpty()
                ? new Verdict(false, List.of(Reason.of("onlyGeneralSector")))
                : new Verdict(true, sectors);
    }

    /** Controlled technology in the cloud: an export question wherever the servers are (外為法25条1項). */
    private static Verdict technologyExport2(ScopingFacts facts) {
        List<Reason> holders = holders(facts, EnumSet.of(AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY));
        if (holders.isEmpty()) {
            return new Verdict(false, List.of(Reason.of("noAsset.EXPORT_CONTROLLED_TECHNOLOGY")));
        }
        List<Reason> reasons = new ArrayList<>(holders);
        reasons.add(Reason.of("exportWherever"));
        reasons.addAll(foreignReasons(facts, 2));
        return new Verdict(true, reasons);
    }

    private static Verdict internalControl2(ScopingFacts facts) {
        List<Reason> company = new ArrayList<>();
        if (facts.organization().largeCompanyWithBoard()) {
            company.add(Reason.of("largeCompanyWithBoard"));
        }
        if (facts.organization().listed()) {
            company.add(Reason.of("listed"));
        }
        List<Reason> records = financialReporting(facts);
        if (company.isEmpty() || records.isEmpty()) {
            List<Reason> missing = new ArrayList<>();
            if (company.isEmpty()) {
                missing.add(Reason.of("notLargeNorListed"));
            }
            if (records.isEmpty()) {
                missing.add(Reason.of("noAsset.financialReporting"));
            }
            return new Verdict(false, missing);
        }
        company.addAll(records);
        return new Verdict(true, company);
    }

    private static Verdict taxRecords2(ScopingFacts facts) {
        List<Reason> reasons = new ArrayList<>(holders(facts, EnumSet.of(AssetCategory.TAX_RECORDS)));
        reasons.addAll(possibleTaxRecords(facts));
        return reasons.isEmpty()
                ? new Verdict(false, List.of(Reason.of("noAsset.taxOrFinancial")))
                : new Verdict(true, reasons);
    }

    /** Assets holding board and financial records, and assets used in financial reporting. */
    private static List<Reason> financialReporting(ScopingFacts facts) {
        List<Reason> reasons = new ArrayList<>(holders(facts, EnumSet.of(AssetCategory.BOARD_AND_FINANCIAL_RECORDS)));
        for (Asset asset : facts.assets()) {
            if (Boolean.TRUE.equals(asset.financialReporting())) {
                reasons.add(Reason.of("assetFinancialReporting", asset.name()));
            }
        }
        return reasons;
    }

    /** Board and financial records where no asset is tagged as tax records: 電帳法 may apply. */
    private static List<Reason> possibleTaxRecords(ScopingFacts facts) {
        if (!holders(facts, EnumSet.of(AssetCategory.TAX_RECORDS)).isEmpty()) {
            return List.of();
        }
        return facts.assets().stream()
                .filter(asset -> asset.categories().contains(AssetCategory.BOARD_AND_FINANCIAL_RECORDS))
                .map(asset -> Reason.of("possibleTaxRecords", asset.name()))
                .toList();
    }

    private static List<Reason> nonResidentAccess(ScopingFacts facts) {
        Boolean access = facts.service().nonResidentAccess();
        if (access == null) {
            return List.of(Reason.of("nonResidentAccessUnknown"));
        }
        return access ? List.of(Reason.of("nonResidentAccess")) : List.of();
    }

    // ---- rule set 1 (and what both share) ---------------------------------------------------

    private static Verdict byCategory(ScopingFacts facts, Set<AssetCategory> wanted, String whenNone) {
        List<Reason> holders = holders(facts, wanted);
        return holders.isEmpty() ? new Verdict(false, List.of(Reason.of(whenNone))) : new Verdict(true, holders);
    }

    private static Verdict internalControl(ScopingFacts facts) {
        List<Reason> company = new ArrayList<>();
        if (facts.organization().largeCompanyWithBoard()) {
            company.add(Reason.of("largeCompanyWithBoard"));
        }
        if (facts.organization().listed()) {
            company.add(Reason.of("listed"));
        }
        List<Reason> records = holders(facts, EnumSet.of(AssetCategory.BOARD_AND_FINANCIAL_RECORDS));
        if (company.isEmpty() || records.isEmpty()) {
            // every condition that fails is named, so the reader sees all that would have to change
            List<Reason> missing = new ArrayList<>();
            if (company.isEmpty()) {
                missing.add(Reason.of("notLargeNorListed"));
            }
            if (records.isEmpty()) {
                missing.add(Reason.of("noAsset.BOARD_AND_FINANCIAL_RECORDS"));
            }
            return new Verdict(false, missing);
        }
        company.addAll(records);
        return new Verdict(true, company);
    }

    private static Verdict technologyExport(ScopingFacts facts) {
        List<Reason> holders = holders(facts, EnumSet.of(AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY));
        if (holders.isEmpty()) {
            return new Verdict(false, List.of(Reason.of("noAsset.EXPORT_CONTROLLED_TECHNOLOGY")));
        }
        List<Reason> foreign = foreignReasons(facts, 1);
        if (foreign.isEmpty()) {
            return new Verdict(false, nothingForeign(facts));
        }
        List<Reason> reasons = new ArrayList<>(holders);
        reasons.addAll(foreign);
        return new Verdict(true, reasons);
    }

    private static Verdict overseas(ScopingFacts facts, int rules) {
        List<Reason> foreign = foreignReasons(facts, rules);
        return foreign.isEmpty() ? new Verdict(false, nothingForeign(facts)) : new Verdict(true, foreign);
    }

    /**
     * Why nothing is foreign. While the provider is not chosen its headquarters are not known, which
     * is said as such rather than counted as Japan.
     */
    private static List<Reason> nothingForeign(ScopingFacts facts) {
        return facts.service().providerHeadquarters() == null
                ? List.of(Reason.of("allDataInJapan"), Reason.of("providerUnknown"))
                : List.of(Reason.of("allInJapan"));
    }

    private static List<Reason> providerNotForeign(ScopingFacts facts) {
        ScopingFacts.Party parent = facts.service().parent();
        if (parent != null && !parent.foreign() && parent.name() != null) {
            return List.of(Reason.of("providerInJapan"), Reason.of("parentInJapan", parent.name()));
        }
        return facts.service().providerHeadquarters() == null
                ? List.of(Reason.of("providerUnknown"))
                : List.of(Reason.of("providerInJapan"));
    }

    private static List<Reason> holders(ScopingFacts facts, Set<AssetCategory> wanted) {
        List<Reason> reasons = new ArrayList<>();
        for (Asset asset : facts.assets()) {
            for (AssetCategory category : AssetCategory.values()) {
                if (wanted.contains(category) && asset.categories().contains(category)) {
                    reasons.add(Reason.of("assetHolds", asset.name(), category));
                }
            }
        }
        return reasons;
    }

    /**
     * Everything that lies, or may lie, outside Japan. Rule set 2 counts a provider country that is not
     * known as possibly foreign; rule set 1 leaves it out (as it always did).
     */
    private static List<Reason> foreignReasons(ScopingFacts facts, int rules) {
        List<Reason> reasons = new ArrayList<>(locationReasons(facts));
        reasons.addAll(providerReasons(facts, rules));
        reasons.addAll(reachReasons(facts));
        return reasons;
    }

    private static List<Reason> locationReasons(ScopingFacts facts) {
        return facts.service().foreignLocations().stream()
                .map(country -> Reason.of("foreignDataLocation", new Country(country)))
                .toList();
    }

    /** The provider's headquarters, and its ultimate parent, outside Japan: whose law may reach the data. */
    private static List<Reason> providerReasons(ScopingFacts facts, int rules) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.service().foreignProvider()) {
            reasons.add(Reason.of("foreignProvider", new Country(facts.service().providerHeadquarters())));
        } else if (rules >= 2 && facts.service().providerHeadquarters() == null) {
            reasons.add(Reason.of("providerCountryUnknown"));
        }
        ScopingFacts.Party parent = facts.service().parent();
        if (parent != null && parent.foreign()) {
            reasons.add(
                    parent.name() == null
                            ? Reason.of("foreignParentCountry", new Country(parent.country()))
                            : Reason.of("foreignParent", parent.name(), new Country(parent.country())));
        }
        return reasons;
    }

    /** Rule set 2's foreign provider: headquarters, parent or contracting entity abroad, or not known. */
    private static List<Reason> providerReasons2(ScopingFacts facts) {
        List<Reason> reasons = new ArrayList<>(providerReasons(facts, 2));
        contractingReason(facts).ifPresent(reasons::add);
        return reasons;
    }

    private static Optional<Reason> contractingReason(ScopingFacts facts) {
        ScopingFacts.Party contracting = facts.service().contractingEntity();
        if (contracting == null || !contracting.foreign()) {
            return Optional.empty();
        }
        return Optional.of(
                contracting.name() == null
                        ? Reason.of("foreignContractingEntityCountry", new Country(contracting.country()))
                        : Reason.of(
                                "foreignContractingEntity", contracting.name(), new Country(contracting.country())));
    }

    /** Who else reaches the data from abroad: operation staff, the contracting entity, subprocessors. */
    private static List<Reason> reachReasons(ScopingFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        facts.service().foreignOperationLocations().stream()
                .map(country -> Reason.of("foreignOperationLocation", new Country(country)))
                .forEach(reasons::add);
        contractingReason(facts).ifPresent(reasons::add);
        facts.service().foreignSubprocessorCountries().stream()
                .map(country -> Reason.of("foreignSubprocessor", new Country(country)))
                .forEach(reasons::add);
        return reasons;
    }

    /** The reasons the item's own condition holds, or empty when it does not hold. */
    static Optional<List<Reason>> condition(Applicability when, ScopingFacts facts, int rules) {
        List<Reason> reasons = new ArrayList<>();
        if (!when.assetCategories().isEmpty()) {
            List<Reason> holders = holders(facts, when.assetCategories());
            if (holders.isEmpty()) {
                return Optional.empty();
            }
            reasons.addAll(holders);
        }
        if (!when.sectors().isEmpty()) {
            List<Reason> sectors = facts.organization().sectors().stream()
                    .filter(when.sectors()::contains)
                    .sorted()
                    .map(sector -> Reason.of("sector", sector))
                    .toList();
            if (sectors.isEmpty()) {
                return Optional.empty();
            }
            reasons.addAll(sectors);
        }
        if (!when.serviceModels().isEmpty()) {
            var model = facts.service().serviceModel();
            if (model == null) {
                reasons.add(Reason.of("serviceModelUnknown"));
            } else if (when.serviceModels().contains(model)) {
                reasons.add(Reason.of("serviceModel", model));
            } else {
                return Optional.empty();
            }
        }
        if (!flag(when.foreignDataLocation(), locationReasons(facts), reasons, List.of(Reason.of("allDataInJapan")))) {
            return Optional.empty();
        }
        List<Reason> provider = rules >= 2 ? providerReasons2(facts) : providerReasons(facts, rules);
        if (!flag(when.foreignProvider(), provider, reasons, providerNotForeign(facts))) {
            return Optional.empty();
        }
        if (!flag(when.anythingForeign(), foreignReasons(facts, rules), reasons, nothingForeign(facts))) {
            return Optional.empty();
        }
        if (!fact(when.listed(), facts.organization().listed(), reasons, "listed", "notListed")) {
            return Optional.empty();
        }
        if (!fact(
                when.largeCompanyWithBoard(),
                facts.organization().largeCompanyWithBoard(),
                reasons,
                "largeCompanyWithBoard",
                "notLargeCompanyWithBoard")) {
            return Optional.empty();
        }
        if (!flag(when.financialReporting(), financialReporting(facts), reasons, List.of())) {
            return Optional.empty();
        }
        if (!flag(when.nonResidentAccess(), nonResidentAccess(facts), reasons, List.of())) {
            return Optional.empty();
        }
        if (!flag(when.criticalInfrastructure(), criticalInfrastructureReasons(facts), reasons, List.of())) {
            return Optional.empty();
        }
        if (!flag(when.possibleTaxRecords(), possibleTaxRecords(facts), reasons, List.of())) {
            return Optional.empty();
        }
        return Optional.of(reasons);
    }

    private static List<Reason> criticalInfrastructureReasons(ScopingFacts facts) {
        Verdict verdict = criticalInfrastructure(facts);
        return verdict.applies() ? verdict.reasons() : List.of();
    }

    /** A foreign-ness condition: true needs the reasons to exist, false needs none. */
    private static boolean flag(Boolean wanted, List<Reason> present, List<Reason> into, List<Reason> whenAbsent) {
        if (wanted == null) {
            return true;
        }
        if (wanted && !present.isEmpty()) {
            into.addAll(present);
            return true;
        }
        if (!wanted && present.isEmpty()) {
            into.addAll(whenAbsent);
            return true;
        }
        return false;
    }

    private static boolean fact(Boolean wanted, boolean actual, List<Reason> into, String whenTrue, String whenFalse) {
        if (wanted == null) {
            return true;
        }
        if (wanted == actual) {
            into.add(Reason.of(actual ? whenTrue : whenFalse));
            return true;
        }
        return false;
    }
}
