package io.mekiki.profile.web;

import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.ProfileRuleViolation;
import io.mekiki.shared.Countries;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/profile")
class ProfilePages {

    private final OrganizationProfiles profiles;
    private final PeopleDirectory people;

    ProfilePages(OrganizationProfiles profiles, PeopleDirectory people) {
        this.profiles = profiles;
        this.people = people;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        OrganizationProfile profile = profiles.profileOf(user.organizationId());
        model.addAttribute("form", ProfileForm.of(profile));
        return page(profile, model, locale);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER')")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OrganizationProfile before = profiles.profileOf(user.organizationId());
                OrganizationProfile after = profiles.update(user, form.toUpdate());
                redirect.addFlashAttribute("saved", before.equals(after) ? "unchanged" : "saved");
                return "redirect:/profile";
            } catch (ProfileRuleViolation violation) {
                if (violation.isStale()) {
                    OrganizationProfile current = profiles.profileOf(user.organizationId());
                    // the editor's input stays on the form; saving again knowingly replaces the newer version
                    form.setVersion(current.version());
                    model.addAttribute("current", current);
                    errors.reject(violation.messageCode());
                } else {
                    errors.rejectValue(
                            form.formField(violation.field()),
                            violation.messageCode(),
                            violation.arguments(),
                            violation.messageCode());
                }
            }
        }
        response.setStatus(
                model.containsAttribute("current")
                        ? HttpStatus.CONFLICT.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(profiles.profileOf(user.organizationId()), model, locale);
    }

    private String page(OrganizationProfile profile, Model model, Locale locale) {
        model.addAttribute("profile", profile);
        model.addAttribute(
                "updatedBy",
                profile.updatedBy() == null
                        ? null
                        : people.nameOf(profile.organizationId(), profile.updatedById(), profile.updatedBy()));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("policies", InternalPolicy.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("countryNames", Countries.names(locale));
        model.addAttribute("timeZones", TimeZoneChoices.ZONES);
        return "profile/profile";
    }
}
