package io.mekiki.operation.web;

import io.mekiki.operation.Contingencies;
import io.mekiki.operation.ContingencySummary;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The open contingencies of the reader's organisation, for the banner the layout shows on every page while any
 * is open (ADR 037): one statement on a partial index of open contingencies per page, none for the API.
 */
@ControllerAdvice(annotations = Controller.class)
class ContingencyBanner {

    private final Contingencies contingencies;

    ContingencyBanner(Contingencies contingencies) {
        this.contingencies = contingencies;
    }

    @ModelAttribute("openContingencies")
    List<ContingencySummary> openContingencies(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return List.of();
        }
        return contingencies.openIn(user.organizationId());
    }
}
