package io.mekiki.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.mekiki.BearerClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.shared.OrganizationTime;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mail, the bell, preferences and reminders on the real application with a real SMTP server. */
class NotificationIT extends MailTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    InitiativeFixtures initiatives;

    @Autowired
    Reminders reminders;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitationIsMailedInTheInviteesLanguageWithTheLinkTheAdministratorSees() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String email = "invitee-" + UUID.randomUUID() + "@example.test";

        BearerClient.Response invited = client(admin)
                .post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                email,
                                "displayName",
                                "Jane Doe",
                                "roles",
                                List.of("RISK_OFFICER"),
                                "language",
                                "en"));

        assertThat(invited.status()).as(invited.json().toString()).isEqualTo(201);
        assertThat(invited.json().get("mailed").asBoolean()).isTrue();
        String link = invited.json().get("activationUrl").asString();
        List<MimeMessage> mails = mailsTo(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("You are invited to Mekiki at Test organisation");
        assertThat(part(mails.get(0), "text/plain")).contains("Dear Jane Doe,").contains(link);
        assertThat(Jsoup.parse(part(mails.get(0), "text/html"))
                        .select("a")
                        .first()
                        .attr("href"))
                .isEqualTo(link);
    }

    @Test
    void anIssuedInstructionReachesItsAssigneeByMailAndInTheBell() throws Exception {
        Team team = team();
        assertThat(team.officer()
                        .put("/api/v1/me/language", Map.of("language", "en"))
                        .status())
                .isEqualTo(204);

        String id = issue(team, 7);

        List<MimeMessage> mails = mailsTo(team.officerUser().email(), 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("[Mekiki] ").contains("issued the instruction “Survey the assets”");
        String text = part(mail, "text/plain");
        assertThat(text)
                .contains("/instructions/" + id)
                .contains("Dear " + team.officerUser().displayName());
        assertThat(Jsoup.parse(part(mail, "text/html")).select("a").first().attr("href"))
                .isEqualTo("http://localhost:" + port + "/instructions/" + id);

        BearerClient.Response bell = team.officer().get("/api/v1/notifications");
        assertThat(bell.json().get("unread").asInt()).isEqualTo(1);
        var item = bell.json().get("notifications").get(0);
        assertThat(item.get("text").asString()).contains("issued the instruction “Survey the assets”");
        assertThat(item.get("path").asString()).isEqualTo("/instructions/" + id);
        String notificationId = item.get("id").asString();

        // another person's notification is not found, and stays unread
        assertThat(team.executive()
                        .post("/api/v1/notifications/" + notificationId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(team.officer()
                        .get("/api/v1/notifications?unread=true")
                        .json()
                        .get("unread")
                        .asInt())
                .isEqualTo(1);

        BearerClient.Response read = team.officer().post("/api/v1/notifications/" + notificationId + "/read", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(team.officer()
                        .get("/api/v1/notifications")
                        .json()
                        .get("unread")
                        .asInt())
                .isZero();
        assertThat(team.officer()
                        .get("/api/v1/notifications?unread=true")
                        .json()
                        .get("notifications")
                        .size())
                .isZero();
    }

    @Test
    void aSwitchedOffCategoryStaysInTheBellButIsNotMailedAndSecurityCannotBeSwitchedOff() throws Exception {
        Team team = team();

        BearerClient.Response refused =
                team.officer().put("/api/v1/me/mail-preferences", Map.of("switchedOff", List.of("SECURITY")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactly("switchedOff");
        assertThat(team.officer()
                        .get("/api/v1/me/mail-preferences")
                        .json()
                        .get("switchedOff")
                        .size())
                .isZero();
        BearerClient.Response unknown =
                team.officer().put("/api/v1/me/mail-preferences", Map.of("switchedOff", List.of("NEWSLETTER")));
        assertThat(unknown.status()).isEqualTo(400);
        BearerClient.Response saved =
                team.officer().put("/api/v1/me/mail-preferences", Map.of("switchedOff", List.of("INSTRUCTIONS")));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(saved.json().get("switchedOff").get(0).asString()).isEqualTo("INSTRUCTIONS");
        assertThat(team.officer()
                        .get("/api/v1/me/mail-preferences")
                        .json()
                        .get("received")
                        .toString())
                .doesNotContain("INSTRUCTIONS")
                .contains("DECISIONS");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notification.mail-preferences.changed'"
                                + " and subject_id = :user")
                        .param("user", team.officerUser().userId().toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        issue(team, 7);

        waitFor(() ->
                team.officer().get("/api/v1/notifications").json().get("unread").asInt() == 1);
        assertThat(jdbc.sql("select status from notification_mail where recipient_user_id = :user")
                        .param("user", team.officerUser().userId())
                        .query(String.class)
                        .list())
                .containsExactly("SWITCHED_OFF");
        assertThat(received(team.officerUser().email())).isEmpty();
    }

    @Test
    void twoSchedulersOnOneDatabaseSendOneReminder() throws Exception {
        Team team = team();
        String id = issue(team, 7);
        mailsTo(team.officerUser().email(), 1); // the instruction itself
        LocalDate later = LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(10);
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        String taskName = "test-reminders-" + UUID.randomUUID();
        Scheduler first = scheduler(task(taskName, team.organizationId(), later, runs, told));
        Scheduler second = scheduler(task(taskName, team.organizationId(), later, runs, told));
        try {
            first.start();
            second.start();
            waitFor(() -> runs.get() >= 1);
            List<MimeMessage> mails = mailsTo(team.officerUser().email(), 2);
            Thread.sleep(1500);
            assertThat(runs.get()).isEqualTo(1);
            assertThat(told.get()).isEqualTo(1);
            assertThat(received(team.officerUser().email())).hasSize(2);
            MimeMessage reminder = mails.get(1);
            assertThat(reminder.getSubject())
                    .contains("指示「Survey the assets」は期限")
                    .contains("を過ぎています");
            assertThat(part(reminder, "text/plain")).contains("/instructions/" + id);
        } finally {
            first.stop();
            second.stop();
        }
        // the same reminders run again, here or on another instance, tell nobody twice
        assertThat(reminders.run(team.organizationId(), later)).isZero();
    }

    @Test
    void twoRunsAtTheSameTimeClaimEachReminderOnce() throws Exception {
        Team team = team();
        issue(team, 2);
        mailsTo(team.officerUser().email(), 1);
        LocalDate today = LocalDate.now(OrganizationTime.DEFAULT_ZONE);

        CompletableFuture<Integer> one =
                CompletableFuture.supplyAsync(() -> reminders.run(team.organizationId(), today));
        CompletableFuture<Integer> two =
                CompletableFuture.supplyAsync(() -> reminders.run(team.organizationId(), today));

        assertThat(one.get() + two.get()).isEqualTo(1);
        List<MimeMessage> mails = mailsTo(team.officerUser().email(), 2);
        Thread.sleep(1000);
        assertThat(received(team.officerUser().email())).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains("の期限").contains("が近づいています");
        assertThat(jdbc.sql("select count(*) from notification_reminder_sent where recipient_user_id = :user")
                        .param("user", team.officerUser().userId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private RecurringTask<Void> task(
            String name, UUID organizationId, LocalDate day, AtomicInteger runs, AtomicInteger told) {
        return Tasks.recurring(name, Schedules.fixedDelay(Duration.ofHours(1))).execute((instance, context) -> {
            runs.incrementAndGet();
            told.addAndGet(reminders.run(organizationId, day));
        });
    }

    private Scheduler scheduler(RecurringTask<Void> task) {
        return Scheduler.create(dataSource)
                .startTasks(task)
                .tableName("notification_scheduled_tasks")
                .threads(2)
                .pollingInterval(Duration.ofMillis(100))
                .build();
    }

    private String issue(Team team, int dueInDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subjectType", "INITIATIVE");
        body.put("subjectId", team.initiative().toString());
        body.put("phase", "PREPARATION");
        body.put("gateTopic", "PREPARATION_SURVEY_REVIEWED");
        body.put("checkItemIds", List.of("LC-PREP-ASSET-01"));
        body.put("title", "Survey the assets");
        body.put("description", "By asset, please.");
        body.put("assignee", team.officerUser().userId().toString());
        body.put(
                "dueDate",
                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(dueInDays).toString());
        BearerClient.Response issued = team.executive().post("/api/v1/instructions", body);
        assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
        return issued.json().get("id").asString();
    }

    private Team team() {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser officer = fixtures.user(executive.organizationId(), Role.RISK_OFFICER);
        return new Team(
                executive,
                officer,
                client(executive),
                client(officer),
                initiatives.initiative(executive.organizationId()));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited 10 seconds in vain");
            }
            Thread.sleep(50);
        }
    }

    record Team(
            MekikiUser executiveUser,
            MekikiUser officerUser,
            BearerClient executive,
            BearerClient officer,
            UUID initiative) {

        UUID organizationId() {
            return executiveUser.organizationId();
        }
    }
}
