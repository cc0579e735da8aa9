package io.mekiki.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A risk officer registers a provider, its ISMAP registration with the document and a service through
 * the pages, in Japanese and in English; the registration ending soon shows on their home.
 */
class ProvidersBrowserIT extends ApplicationTest {

    private static final By MAIN = By.tagName("main");

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ProvidersBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void aProviderWithItsAttestationAndAServiceIsRecordedInJapanese() throws IOException {
        signIn(fixtures.userInNewOrganization(Role.RISK_OFFICER));
        assertThat(browser.find(By.id("home-attestations-due")).getText())
                .contains("更新が必要な認証・報告書", "90日以内に終わるものはありません。");

        browser.click(By.cssSelector("nav.sidebar a[href$='/providers']"));
        browser.waitForUrl("/providers");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("クラウド事業者");
        browser.click(By.cssSelector("a[href$='/providers/new']"));
        browser.type(By.id("provider-legalName"), "株式会社ミドリ会計クラウド");
        browser.type(By.id("provider-japaneseEntityName"), "株式会社ミドリ会計クラウド");
        browser.type(By.id("provider-corporateNumber"), "3010401099998");
        browser.type(By.id("provider-founded"), "2009-04-01");
        browser.click(By.cssSelector("form.provider-form button[type=submit]"));
        assertThat(browser.waitForText(By.id("provider-corporateNumber-error"), "法人番号ではありません")
                        .getText())
                .contains("3010401099998");
        assertThat(browser.find(By.id("provider-legalName")).getDomProperty("value"))
                .isEqualTo("株式会社ミドリ会計クラウド");
        browser.type(By.id("provider-corporateNumber"), "3010401099999");
        browser.click(By.cssSelector("form.provider-form button[type=submit]"));
        assertThat(browser.waitForText(MAIN, "事業者を登録しました。").getText())
                .contains("日本 (JP)", "3010401099999", "2009-04-01");

        LocalDate ends = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
        browser.click(By.cssSelector("#attestations ~ details.provider-add summary"));
        new Select(browser.find(By.id("attestation-kind"))).selectByValue("ISMAP");
        browser.type(By.id("attestation-issuer"), "ISMAP 運営委員会");
        setDate("attestation-periodStart", ends.minusYears(2));
        setDate("attestation-periodEnd", ends);
        Path document = Files.createTempFile("ismap-", ".pdf");
        Files.write(document, TestFiles.PDF);
        browser.find(By.id("attestation-document")).sendKeys(document.toString());
        browser.click(By.cssSelector("form.attestation-form button[type=submit]"));
        assertThat(browser.waitForText(MAIN, "認証・報告書を記録しました。").getText())
                .contains(
                        "ISMAP 登録",
                        "ISMAP 運営委員会",
                        "90日以内に終了",
                        document.getFileName().toString());
        browser.screenshot("provider-ja");

        browser.click(By.cssSelector("a[href*='/services/new?providerId=']"));
        assertThat(new Select(browser.find(By.id("service-providerId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("株式会社ミドリ会計クラウド");
        browser.type(By.id("service-name"), "ミドリ会計 クラウド");
        browser.click(By.cssSelector("input[name=serviceModel][value=SAAS]"));
        browser.type(By.id("service-dataLocations"), "JP、US");
        browser.type(By.id("service-availabilityPercent"), "99.9");
        browser.type(By.id("service-governingLaw"), "日本法");
        browser.click(By.cssSelector("form.service-form button[type=submit]"));
        assertThat(browser.waitForText(MAIN, "サービスを記録しました。").getText())
                .contains("ミドリ会計 クラウド", "日本 (JP), アメリカ合衆国 (US)", "99.9 %", "日本法");
        browser.screenshot("service-ja");

        browser.click(By.cssSelector("nav.sidebar a[href='/']"));
        assertThat(browser.waitForText(By.id("home-attestations-due"), "株式会社ミドリ会計クラウド")
                        .getText())
                .contains("ISMAP 登録", io.mekiki.web.Times.dateIn(ends, java.util.Locale.JAPANESE) + " に終了");
    }

    @Test
    void aProviderAndAServiceAreRecordedInEnglish() {
        signIn(fixtures.userInNewOrganization(Role.BUSINESS_OWNER));
        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");

        browser.open(url("/providers/new"));
        browser.type(By.id("provider-legalName"), "Northwind Collaboration, Inc.");
        new Select(browser.find(By.id("provider-headquartersCountry"))).selectByValue("US");
        browser.type(By.id("provider-parentName"), "Northwind Holdings, Inc.");
        new Select(browser.find(By.id("provider-parentCountry"))).selectByValue("US");
        browser.click(By.id("provider-listed"));
        browser.click(By.cssSelector("form.provider-form button[type=submit]"));
        assertThat(browser.waitForText(MAIN, "Provider registered.").getText())
                .contains("United States (US)", "Northwind Holdings, Inc.");

        browser.click(By.cssSelector("a[href*='/services/new?providerId=']"));
        browser.type(By.id("service-name"), "Northwind Workspace");
        browser.click(By.cssSelector("input[name=serviceModel][value=SAAS]"));
        browser.type(By.id("service-dataLocations"), "JP, XX");
        browser.click(By.id("service-customerChoosesLocation"));
        browser.type(By.id("service-operationLocations"), "JP US IN");
        browser.type(By.id("service-exportFormats"), "JSON, CSV");
        new Select(browser.find(By.id("service-contractingEntityCountry"))).selectByValue("US");
        browser.click(By.cssSelector("form.service-form button[type=submit]"));
        assertThat(browser.waitForText(By.id("service-dataLocations-error"), "XX")
                        .getText())
                .contains("is not an ISO 3166-1 country code");
        browser.type(By.id("service-dataLocations"), "JP");
        browser.click(By.cssSelector("form.service-form button[type=submit]"));
        assertThat(browser.waitForText(MAIN, "Service recorded.").getText())
                .contains("Northwind Workspace", "Japan (JP)", "chosen by the customer", "India (IN)", "JSON, CSV");
        browser.screenshot("service-en");

        browser.click(By.cssSelector("nav.sidebar a[href$='/services']"));
        browser.type(By.id("q"), "northwind");
        assertThat(browser.waitForText(By.id("service-results"), "1 found").getText())
                .contains("Northwind Workspace", "Northwind Collaboration, Inc.");
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), date.toString());
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
