package io.mekiki.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: where the user is, and the organisation they work in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final MyAccount accounts;

    LayoutModel(MyAccount accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * Which parts of the navigation the user sees; from the signed-in user at hand (reloaded once per
     * request), cheaper than a security expression per menu.
     */
    record Navigation(boolean signedIn, boolean assurance, boolean administration) {}

    @ModelAttribute("navigation")
    Navigation navigation(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return new Navigation(false, false, false);
        }
        Set<String> roles = user.roleNames();
        return new Navigation(true, roles.contains("AUDITOR") || roles.contains("EXECUTIVE"), roles.contains("ADMIN"));
    }

    /**
     * What the reader's roles allow the page to offer: {@code th:if="${viewer.any('EXECUTIVE')}"}. The
     * same answer as {@code sec:authorize="hasRole('EXECUTIVE')"} (a role is the authority "ROLE_" +
     * name), without a security expression parsed and evaluated per element (ADR 019). It only hides
     * what the reader cannot use; every action checks the role again where it is taken.
     */
    public record Viewer(Set<String> roles) {

        public boolean any(String... wanted) {
            for (String role : wanted) {
                if (roles.contains(role)) {
                    return true;
                }
            }
            return false;
        }
    }

    @ModelAttribute("viewer")
    Viewer viewer(@AuthenticationPrincipal SignedInUser user) {
        return new Viewer(user == null ? Set.of() : user.roleNames());
    }

    @ModelAttribute("organizationName")
    String organizationName(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return accounts.organizationName(user);
    }
}
