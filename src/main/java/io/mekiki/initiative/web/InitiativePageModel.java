package io.mekiki.initiative.web;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetQuery;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.AssetRow;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.InformationAssets;
import io.mekiki.audit.AuditLedger;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.decision.Decision;
import io.mekiki.identity.Members;
import io.mekiki.identity.Members.Member;
import io.mekiki.identity.Role;
import io.mekiki.initiative.GateReport;
import io.mekiki.initiative.GateStatus;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.InitiativeOverview;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.ScopingRecord;
import io.mekiki.instruction.Instructions;
import io.mekiki.shared.Countries;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the initiative page and its form show, gathered from the modules that know it. */
@Component
class InitiativePageModel {

    private static final DateTimeFormatter TOPIC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int ASSET_CHOICES = 1000;

    private final Initiatives initiatives;
    private final Members members;
    private final InformationAssets assets;
    private final AssetRegister register;
    private final CatalogReleases releases;
    private final Instructions instructions;
    private final Clock clock;
    private final OrganizationTime organizationTime;
    private final ObjectProvider<InitiativePanel> panels;
    private final AuditLedger ledger;

    InitiativePageModel(
            Initiatives initiatives,
            Members members,
            InformationAssets assets,
            AssetRegister register,
            CatalogReleases releases,
            Instructions instructions,
            Clock clock,
            OrganizationTime organizationTime,
            ObjectProvider<InitiativePanel> panels,
            AuditLedger ledger) {
        this.initiatives = initiatives;
        this.members = members;
        this.assets = assets;
        this.register = register;
        this.releases = releases;
        this.instructions = instructions;
        this.clock = clock;
        this.organizationTime = organizationTime;
        this.panels = panels;
        this.ledger = ledger;
    }

    void fill(Model model, SignedInUser user, UUID id, Locale locale) {
        UUID organizationId = user.organizationId();
        InitiativeOverview overview = initiatives.overview(user, id);
        Initiative initiative = overview.initiative();
        GateReport report = overview.gates();
        ScopingRecord scoping = overview.scoping();
        model.addAttribute("initiative", initiative);
        model.addAttribute("people", initiatives.people(organizationId));
        model.addAttribute("ownerName", ownerName(organizationId, initiative.businessOwnerId()));
        model.addAttribute("assets", assets.assetsOf(organizationId, initiative.assetIds()));
        model.addAttribute("countryNames", countryNames(initiative, locale));
        model.addAttribute("report", report);
        model.addAttribute("figure", CycleFigure.of(report));
        model.addAttribute("currentGates", report.ofPhase(initiative.phase()));
        model.addAttribute("gatesKey", gatesKey(initiative, report));
        model.addAttribute("phaseGates", phaseGates(report, initiative.phase()));
        model.addAttribute("scoping", scoping);
        model.addAttribute("itemTitles", itemTitles(organizationId, scoping, locale));
        model.addAttribute("scopingKey", scopingKey(initiative, scoping, organizationTime.zoneOf(organizationId)));
        model.addAttribute(
                "instructions", instructions.ofSubject(organizationId, InitiativeChange.INITIATIVE, initiative.id()));
        model.addAttribute("today", instructions.today(organizationId));
        model.addAttribute("lifeCyclePhase", initiative.phase().lifeCyclePhase().orElse(null));
        Map<UUID, KpiChart> charts = new HashMap<>();
        for (Kpi kpi : initiative.kpis()) {
            charts.put(kpi.kpiId(), KpiChart.of(kpi, initiative.measurementsOf(kpi.kpiId())));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("progress", report.progress());
        model.addAttribute(
                "panels",
                panels.orderedStream()
                        .flatMap(panel -> panel.content(user, initiative, locale).stream())
                        .toList());
    }

    /**
     * The topics a new decision request on a gate of many decisions gets, stamped with the time of the view:
     * new with every view, also of a kept page.
     */
    Map<String, String> freshTopics() {
        String stamp = TOPIC_STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        return Map.of("findingTopic", "FINDING_" + stamp, "contingencyTopic", "CONTINGENCY_" + stamp);
    }

    /**
     * What the page follows from for one reader: the organisation's ledger head (every change appends to it
     * in the change's transaction, and it is read before anything else of the page, so a page kept for a head
     * shows at least what that head stands for), the organisation's calendar day and time zone, the initiative,
     * the reader and their roles, and the address the page's forms return to.
     */
    ViewKey viewKey(SignedInUser user, UUID id, String path) {
        UUID organizationId = user.organizationId();
        long head = ledger.head(organizationId).lastSequence();
        ZoneId zone = organizationTime.zoneOf(organizationId);
        return new ViewKey(
                organizationId,
                id,
                head,
                LocalDate.now(clock.withZone(zone)),
                zone,
                user.userId(),
                Set.copyOf(user.roleNames()),
                path);
    }

    /** See {@link #viewKey}. */
    record ViewKey(
            UUID organizationId,
            UUID initiativeId,
            long ledgerHead,
            LocalDate today,
            ZoneId zone,
            UUID readerId,
            Set<String> roles,
            String path) {}

    /**
     * Registers an asset typed on the initiative form and puts it in scope, so that the form need not be
     * left for the register; the register refuses what it would refuse on its own page.
     */
    InformationAsset registerAsset(SignedInUser user, AssetDetails details) {
        return register.register(user, details);
    }

    /** The business owners to choose from, and the assets of the register (archived ones only when already in scope). */
    void formChoices(Model model, SignedInUser user, @Nullable Initiative initiative) {
        List<Member> owners = new ArrayList<>(members.withRole(user.organizationId(), Role.BUSINESS_OWNER));
        if (initiative != null && owners.stream().noneMatch(owner -> owner.id().equals(initiative.businessOwnerId()))) {
            members.member(user.organizationId(), initiative.businessOwnerId()).ifPresent(owners::add);
        }
        model.addAttribute("owners", owners);
        model.addAttribute("countries", Countries.all(LocaleContextHolder.getLocale()));
        List<AssetRow> choices =
                register.search(user, new AssetQuery(null, null, true), 0, ASSET_CHOICES).items().stream()
                        .filter(asset -> !asset.archived()
                                || (initiative != null && initiative.assetIds().contains(asset.id())))
                        .toList();
        model.addAttribute("assetChoices", choices);
    }

    /**
     * What the rendered scoping follows from: what applies now, the history by its newest change, the
     * names of who changed it as they read now (a renamed user shows at once), and the time zone its times
     * are shown in.
     */
    private static List<Object> scopingKey(Initiative initiative, ScopingRecord scoping, ZoneId zone) {
        List<Object> key = new ArrayList<>();
        key.add(zone);
        key.add(initiative.id());
        key.add(scoping.current());
        key.add(scoping.history().size());
        key.add(scoping.history().isEmpty() ? null : scoping.history().get(0).id());
        key.add(scoping.history().stream()
                .map(change -> change.changedBy())
                .distinct()
                .toList());
        return key;
    }

    /**
     * What the gates shown without forms follow from: the organisation and initiative, the current phase
     * (which gates are the current ones) and every gate's status, each decision in it standing for its
     * basis by the basis's hash (equal exactly when the bases are, and cheap to compare).
     */
    private static List<Object> gatesKey(Initiative initiative, GateReport report) {
        List<Object> key = new ArrayList<>();
        key.add(initiative.organizationId());
        key.add(initiative.id());
        key.add(initiative.phase());
        for (GateStatus status : report.gates()) {
            key.add(List.of(
                    status.gate(),
                    status.state(),
                    status.conditions(),
                    status.approval() == null
                            ? List.of()
                            : List.of(status.approval().byBasisHash()),
                    byBasisHash(status.waiting()),
                    byBasisHash(status.stale()),
                    byBasisHash(status.notApproved()),
                    byBasisHash(status.decisions())));
        }
        return key;
    }

    private static List<Decision> byBasisHash(List<Decision> decisions) {
        return decisions.stream().map(Decision::byBasisHash).toList();
    }

    private String ownerName(UUID organizationId, UUID ownerId) {
        return members.member(organizationId, ownerId).map(Member::displayName).orElse("—");
    }

    private static Map<String, String> countryNames(Initiative initiative, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        initiative.dataLocations().forEach(code -> names.put(code, Countries.name(code, locale)));
        if (initiative.providerHeadquarters() != null) {
            names.put(initiative.providerHeadquarters(), Countries.name(initiative.providerHeadquarters(), locale));
        }
        return names;
    }

    /** Every phase but the current one with its gates, for the overview of all gates. */
    private static List<PhaseGates> phaseGates(GateReport report, InitiativePhase current) {
        List<PhaseGates> phases = new ArrayList<>();
        for (InitiativePhase phase : InitiativePhase.values()) {
            List<GateStatus> gates = report.ofPhase(phase);
            if (phase != current && !gates.isEmpty()) {
                phases.add(new PhaseGates(phase, gates));
            }
        }
        return phases;
    }

    /** Item titles in the reader's language, from the release the scoping was computed with. */
    private Map<String, String> itemTitles(UUID organizationId, ScopingRecord scoping, Locale locale) {
        Map<String, String> titles = new HashMap<>();
        try {
            CatalogRelease release =
                    releases.release(organizationId, scoping.current().release());
            for (CheckItem item : release.items()) {
                titles.put(item.id(), item.title().in(locale));
            }
        } catch (NotFoundException releaseGone) {
            // the ids alone are still shown
        }
        return titles;
    }

    /** A phase with its gates. */
    record PhaseGates(InitiativePhase phase, List<GateStatus> gates) {}
}
