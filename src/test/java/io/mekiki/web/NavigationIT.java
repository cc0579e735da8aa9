package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The navigation is rendered once and kept per language, highlighted item and visible parts (ADR 019):
 * whoever reads a page after someone else sees the navigation of their own roles and language, with
 * their own page highlighted, and the page's forms around it still work.
 */
class NavigationIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final MyAccount accounts;

    private MockMvc mvc;
    private MekikiUser admin;
    private MekikiUser auditor;
    private MekikiUser owner;

    @Autowired
    NavigationIT(WebApplicationContext context, IdentityFixtures fixtures, MyAccount accounts) {
        this.context = context;
        this.fixtures = fixtures;
        this.accounts = accounts;
    }

    @BeforeEach
    void anOrganisation() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        UUID organization = fixtures.organization();
        admin = fixtures.user(organization, Role.ADMIN);
        auditor = fixtures.user(organization, Role.AUDITOR);
        owner = fixtures.user(organization, Role.BUSINESS_OWNER);
    }

    @Test
    void eachReaderSeesTheNavigationOfTheirOwnRolesAfterAnothersWasKept() throws Exception {
        Document adminsHome = page("/", admin);
        Document ownersHome = page("/", owner);
        Document auditorsHome = page("/", auditor);
        Document adminsAgain = page("/", admin);

        assertThat(adminsHome.select("nav.sidebar a[href=/admin/users]")).hasSize(1);
        assertThat(adminsHome.select("nav.sidebar a[href=/audit]")).isEmpty();
        assertThat(ownersHome.select("nav.sidebar a[href=/admin/users]")).isEmpty();
        assertThat(ownersHome.select("nav.sidebar a[href=/audit]")).isEmpty();
        assertThat(auditorsHome.select("nav.sidebar a[href=/audit]")).hasSize(1);
        assertThat(auditorsHome.select("nav.sidebar a[href=/admin/users]")).isEmpty();
        assertThat(adminsAgain.select("nav.sidebar").outerHtml())
                .isEqualTo(adminsHome.select("nav.sidebar").outerHtml());
    }

    @Test
    void theReadersOwnPageIsHighlightedInTheirLanguage() throws Exception {
        Document home = page("/", owner);
        Document account = page("/account", owner);

        assertThat(home.select("nav.sidebar a[aria-current=page]").attr("href")).isEqualTo("/");
        assertThat(account.select("nav.sidebar a[aria-current=page]").attr("href"))
                .isEqualTo("/account");
        assertThat(account.select("nav.sidebar a.active")).hasSize(1);
        assertThat(home.select("nav.sidebar a[href=/account]").text()).isEqualTo("マイアカウント");

        accounts.changeLanguage(owner, Locale.ENGLISH);
        Document english = page("/account", owner);

        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("nav.sidebar a[href=/account]").text()).isEqualTo("My account");
        assertThat(english.select("nav.sidebar a[aria-current=page]").attr("href"))
                .isEqualTo("/account");
        // the page's own forms, rendered after the kept navigation, still carry their token and fields
        assertThat(english.select("form[action=/account/password] input[name=_csrf]"))
                .hasSize(1);
    }

    private Document page(String path, MekikiUser reader) throws Exception {
        String html = mvc.perform(get(path).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
