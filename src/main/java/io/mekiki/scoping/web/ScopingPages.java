package io.mekiki.scoping.web;

import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.scoping.ScopingEngine;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.Tristate;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What applies to us": the organisation's facts, the assets and the candidate service go in, the
 * applicable sections and items come out with their reasons. Nothing is stored. With JavaScript every
 * change re-evaluates at once; without it the form posts and the whole page comes back.
 */
@Controller
@RequestMapping("/scoping")
class ScopingPages {

    static final String PATH = "/scoping";

    private final CatalogReleases releases;
    private final ScopingView view;
    private final OrganizationProfiles profiles;
    private final InformationAssets register;

    ScopingPages(
            CatalogReleases releases, ScopingView view, OrganizationProfiles profiles, InformationAssets register) {
        this.releases = releases;
        this.view = view;
        this.profiles = profiles;
        this.register = register;
    }

    /** The page; answers in the address (from a reload or a language switch) are filled in and evaluated. */
    @GetMapping
    String page(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model) {
        ScopingForm form = parameters.isEmpty() ? defaults(user) : ScopingForm.from(parameters);
        evaluate(user, form, locale, model);
        return "scoping/page";
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model) {
        evaluate(user, ScopingForm.from(parameters), locale, model);
        model.addAttribute("focusLastRow", parameters.containsKey(ScopingForm.ADD_ROW));
        return "scoping/page";
    }

    /** The result alone, for live re-evaluation; the address bar follows the answers. */
    @PostMapping("/result")
    String result(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        ScopingForm form = ScopingForm.from(parameters);
        evaluate(user, form, locale, model);
        response.setHeader("HX-Replace-Url", form.address(PATH));
        return "scoping/parts :: live";
    }

    /** The asset rows with one more, for "add an asset". */
    @PostMapping("/assets")
    String assets(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        MultiValueMap<String, String> withNewRow = new LinkedMultiValueMap<>(parameters);
        withNewRow.set(ScopingForm.ADD_ROW, "true");
        ScopingForm form = ScopingForm.from(withNewRow);
        model.addAttribute("form", form);
        model.addAttribute("errors", form.read().errors());
        model.addAttribute("categories", AssetCategory.values());
        model.addAttribute("focusLastRow", true);
        return "scoping/parts :: assets";
    }

    private ScopingForm defaults(SignedInUser user) {
        OrganizationProfile profile = profiles.profileOf(user.organizationId());
        return ScopingForm.defaults(
                profile.largeCompanyWithBoard(),
                profile.listed(),
                profile.sectors(),
                Tristate.of(profile.criticalInfrastructure()));
    }

    private void evaluate(SignedInUser user, ScopingForm form, Locale locale, Model model) {
        ScopingForm.Reading reading = form.read();
        CatalogRelease release = releases.current(user.organizationId());
        List<AssetSummary> registered = register.current(user.organizationId());
        model.addAttribute("form", form);
        model.addAttribute("registered", registered);
        model.addAttribute("errors", reading.errors());
        model.addAttribute("problems", reading.problems());
        model.addAttribute(
                "report",
                reading.facts() == null
                        ? null
                        : view.report(
                                ScopingEngine.evaluate(release, withPicked(reading.facts(), registered, form)),
                                release,
                                locale));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("categories", AssetCategory.values());
        model.addAttribute("serviceModels", ServiceModel.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("countryNames", new CountryNames(locale));
        // the language switch returns here with the answers, not to an empty form
        model.addAttribute("currentPath", form.address(PATH));
    }

    /** The facts with the assets ticked in the register added to those typed in. */
    private static ScopingFacts withPicked(ScopingFacts facts, List<AssetSummary> registered, ScopingForm form) {
        List<ScopingFacts.Asset> assets = new ArrayList<>();
        registered.stream()
                .filter(asset -> form.picks(asset.id()))
                .forEach(asset -> assets.add(
                        new ScopingFacts.Asset(asset.name(), asset.categories(), asset.financialReporting())));
        assets.addAll(facts.assets());
        return new ScopingFacts(facts.organization(), assets, facts.service());
    }

    /** Country names for the printed summary of the answers. */
    record CountryNames(Locale locale) {
        public String of(String code) {
            return Countries.name(code, locale);
        }
    }
}
