package io.mekiki.web;

import io.mekiki.identity.MyAccount;
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

    HomeController(MyAccount accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("organization", accounts.organization(user));
        model.addAttribute("phases", LifeCyclePhase.values());
        return "home";
    }

    @GetMapping("/phases/{slug}")
    String phase(@PathVariable String slug, Model model) {
        LifeCyclePhase phase = Arrays.stream(LifeCyclePhase.values())
                .filter(candidate -> candidate.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new io.mekiki.shared.NotFoundException("PHASE", slug));
        model.addAttribute("phase", phase);
        model.addAttribute("phases", LifeCyclePhase.values());
        return "phase";
    }
}
