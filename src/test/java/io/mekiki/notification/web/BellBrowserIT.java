package io.mekiki.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.notification.MailCategory;
import io.mekiki.notification.Notifications;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: the bell in the header fetches its unread count after the page; the person opens the list,
 * reads a notification in their language, marks all read, and the count disappears.
 */
class BellBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    Notifications notifications;

    @Test
    void theBellShowsTheUnreadCountAndTheListMarksAllRead() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID instruction = UUID.randomUUID();
        notifications.notify(
                officer.organizationId(),
                officer.userId(),
                MailCategory.REMINDERS,
                "notification.reminder.instruction.overdue",
                List.of("資産の調査", "2026-12-01"),
                "/instructions/" + instruction);
        notifications.notify(
                officer.organizationId(),
                officer.userId(),
                MailCategory.REMINDERS,
                "notification.reminder.instruction.soon",
                List.of("委託先の確認", "2026-12-05"),
                "/instructions/" + instruction);

        browser.open(url("/login"));
        browser.type(By.id("email"), officer.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));

        browser.waitForText(By.cssSelector("header #bell .bell-count"), "2");
        browser.click(By.cssSelector("header #bell"));
        browser.waitForText(By.tagName("h1"), "通知");
        assertThat(browser.find(By.id("notification-list")).getText())
                .contains("指示「資産の調査」は期限 2026-12-01 を過ぎています。")
                .contains("指示「委託先の確認」の期限 2026-12-05 が近づいています。");

        browser.click(By.cssSelector("form[action='/notifications/read-all'] button"));
        browser.waitForText(By.cssSelector(".notice.success"), "すべての通知を既読にしました。");
        assertThat(browser.findAll(By.cssSelector("#notification-list li.unread")))
                .isEmpty();
        assertThat(browser.findAll(By.cssSelector("header #bell .bell-count"))).isEmpty();
    }
}
