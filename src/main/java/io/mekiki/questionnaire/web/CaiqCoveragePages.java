package io.mekiki.questionnaire.web;

import io.mekiki.questionnaire.internal.caiq.CaiqCoverage;
import io.mekiki.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The CAIQ v4.1 mapping of a catalogue release: which check items it covers and how (ADR 042). */
@Controller
class CaiqCoveragePages {

    private final CaiqCoverage coverage;

    CaiqCoveragePages(CaiqCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/catalog/caiq")
    String coverage(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String release,
            Model model) {
        model.addAttribute(
                "view", coverage.of(user.organizationId(), release == null || release.isBlank() ? null : release));
        return "questionnaire/caiq-coverage";
    }
}
