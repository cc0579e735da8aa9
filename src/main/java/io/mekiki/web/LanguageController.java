package io.mekiki.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.shared.ReturnPaths;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the language: remembered for the user when signed in, in a cookie otherwise. */
@Controller
class LanguageController {

    private final MyAccount accounts;
    private final LocaleResolver locales;

    LanguageController(MyAccount accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchLanguage(
            @RequestParam("lang") String lang,
            @RequestParam(name = "returnTo", defaultValue = "/") String returnTo,
            @AuthenticationPrincipal SignedInUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale language = Languages.parse(lang).orElse(Languages.JAPANESE);
        if (user != null) {
            accounts.changeLanguage(user, language);
        }
        locales.setLocale(request, response, language);
        return ReturnPaths.redirect(returnTo, "/");
    }
}
