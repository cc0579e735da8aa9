package io.mekiki.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
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

    @ModelAttribute("organizationName")
    String organizationName(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return accounts.organization(user).name();
    }
}
