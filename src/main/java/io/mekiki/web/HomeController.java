package io.mekiki.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.SignedInUser;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HomeController {

    private final MyAccount accounts;
    private final Initiatives initiatives;
    private final HomeOverview overview;
    private final io.mekiki.operation.OperationWatch operationWatch;

    HomeController(
            MyAccount accounts,
            Initiatives initiatives,
            HomeOverview overview,
            io.mekiki.operation.OperationWatch operationWatch) {
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.overview = overview;
        this.operationWatch = operationWatch;
    }

    /** The work waiting for the user in each of their roles, above the life cycle. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("organization", accounts.organization(user));
        model.addAttribute("home", overview.of(user));
        model.addAttribute("phases", LifeCyclePhase.values());
        // i12-incidents: the risk officer's watch over open significant findings and running reporting clocks
        model.addAttribute(
                "operationWatch",
                user.roleNames().contains(HomeOverview.RISK_OFFICER) ? operationWatch.of(user.organizationId()) : null);
        return "home";
    }

    /** A phase of the life cycle, with the organisation's initiatives that are in it. */
    @GetMapping("/phases/{slug}")
    String phase(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, Model model) {
        LifeCyclePhase phase = Arrays.stream(LifeCyclePhase.values())
                .filter(candidate -> candidate.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new io.mekiki.shared.NotFoundException("PHASE", slug));
        model.addAttribute("phase", phase);
        model.addAttribute("phases", LifeCyclePhase.values());
        model.addAttribute("rows", initiatives.inPhase(user.organizationId(), phase));
        return "phase";
    }
}
