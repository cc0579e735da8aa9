package io.mekiki.identity;

import static io.mekiki.ApiCaller.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.MekikiApplication;
import io.mekiki.PageClient;
import io.mekiki.platform.EmbeddedDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** An automated install: the bootstrap settings create the organisation and its first administrator. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mekiki.bootstrap.organization=" + BootstrapIT.ORGANIZATION,
            "mekiki.bootstrap.admin-email=" + BootstrapIT.ADMIN_EMAIL,
            "mekiki.bootstrap.admin-password=" + BootstrapIT.ADMIN_PASSWORD
        })
class BootstrapIT {

    static final String ORGANIZATION = "株式会社ブートストラップ";
    static final String ADMIN_EMAIL = "first.admin@bootstrap.example";
    static final String ADMIN_PASSWORD = "bootstrap password of sufficient length";

    private static final Path DATA_DIRECTORY = ApplicationTest.temporaryDirectory("mekiki-bootstrap-");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("mekiki.data-dir", DATA_DIRECTORY::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheOrganisationAndAnAdministratorWhoCanSignIn() {
        ApiCaller api = new ApiCaller(port);

        HttpResponse<String> issued = api.issueToken(ADMIN_EMAIL, ADMIN_PASSWORD, "bootstrap check");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode me = body(api.get("/api/v1/me", body(issued).path("token").asString()));
        assertThat(me.path("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.path("organization").path("name").asString()).isEqualTo(ORGANIZATION);
        assertThat(me.path("roles").toString()).contains("ADMIN", "EXECUTIVE");
        assertThat(jdbc.sql("select count(*) from identity_organization")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        new PageClient(port).signedInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void leavesNoSetupLinkBehind() {
        assertThat(jdbc.sql("select count(*) from identity_setup_token")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(new PageClient(port).get("/setup?token=anything").statusCode())
                .isEqualTo(404);
    }

    @Test
    void recordsTheCreationInTheLedger() {
        UUID organization = jdbc.sql("select id from identity_organization")
                .query(UUID.class)
                .single();

        assertThat(jdbc.sql("select action from audit_entry where organization_id = ? order by sequence limit 2")
                        .param(organization)
                        .query(String.class)
                        .list())
                .containsExactly("identity.organization.created", "identity.user.created");
    }

    @Test
    void refusesABootstrapPasswordBelowThePolicyAndCreatesNothing() throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-bootstrap-weak-");
        SpringApplicationBuilder application = new SpringApplicationBuilder(MekikiApplication.class);

        // command-line arguments, as defaults would lose against application.yaml
        assertThatThrownBy(() -> application
                        .run(
                                "--mekiki.data-dir=" + dataDirectory,
                                "--server.port=0",
                                "--mekiki.bootstrap.organization=Weak Inc.",
                                "--mekiki.bootstrap.admin-email=weak@bootstrap.example",
                                "--mekiki.bootstrap.admin-password=short")
                        .close())
                .satisfies(failure -> assertThat(messagesOf(failure))
                        .as("the reason an operator reads in the log")
                        .anySatisfy(message -> assertThat(message)
                                .contains("MEKIKI_BOOTSTRAP_ADMIN_PASSWORD")
                                .contains(String.valueOf(PasswordPolicy.MINIMUM_LENGTH))));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                ResultSet users = connection
                        .createStatement()
                        .executeQuery("select (select count(*) from identity_organization)"
                                + " + (select count(*) from identity_user_account)")) {
            users.next();
            assertThat(users.getLong(1)).isZero();
        }
    }

    private static List<String> messagesOf(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}
