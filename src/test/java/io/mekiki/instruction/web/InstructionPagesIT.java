package io.mekiki.instruction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.TestFiles;
import io.mekiki.shared.OrganizationTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class InstructionPagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final Instructions instructions;
    private final JdbcClient jdbc;
    private MockMvc mvc;

    @Autowired
    InstructionPagesIT(
            WebApplicationContext context,
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            Instructions instructions,
            JdbcClient jdbc) {
        this.initiatives = initiatives;
        this.context = context;
        this.fixtures = fixtures;
        this.instructions = instructions;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void anExecutiveIssuesFromATemplateAndIsSentBackToTheEmbeddingPage() throws Exception {
        Team team = team();
        UUID initiative = initiatives.initiative(team.organizationId());
        String returnTo = "/initiatives/" + initiative + "?tab=gates";

        String form = page(mvc.perform(get("/instructions/new")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", initiative.toString())
                        .param("phase", "PREPARATION")
                        .param("returnTo", returnTo)
                        .with(user(team.executive())))
                .andExpect(status().isOk()));
        assertThat(form)
                .contains("預ける情報の価値とリスク許容度の調査", "社内規程の見直し")
                .contains(team.officer().displayName())
                .doesNotContain("value=\"" + team.executive().userId() + "\"")
                .contains("hx-get=\"/instructions/template-fields\"", "name=\"returnTo\"");

        String fields = page(mvc.perform(get("/instructions/template-fields")
                        .param("templateCode", "PREP_PURPOSE_BENEFITS")
                        .param("phase", "PREPARATION")
                        .header("HX-Request", "true")
                        .with(user(team.executive())))
                .andExpect(status().isOk()));
        assertThat(fields)
                .doesNotContain("<html")
                .contains("id=\"issue-PREPARATION-fields\"", "導入の目的・便益・KPIの明確化", "LC-PREP-PURPOSE-01")
                .contains("value=\"PREPARATION_PURPOSE_APPROVED\" selected");

        // without JavaScript: the template is chosen but the fields are left empty; the server fills them
        mvc.perform(post("/instructions")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", initiative.toString())
                        .param("phase", "PREPARATION")
                        .param("templateCode", "PREP_POLICY_REVIEW")
                        .param("assignee", team.officer().userId().toString())
                        .param(
                                "dueDate",
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                        .plusDays(10)
                                        .toString())
                        .param("returnTo", returnTo)
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(returnTo))
                .andExpect(flash().attribute("notice", "指示「社内規程の見直し」を出しました。"));

        Instruction issued = instructions
                .ofSubject(team.organizationId(), "INITIATIVE", initiative)
                .get(0);
        assertThat(issued.title()).isEqualTo("社内規程の見直し");
        assertThat(issued.gateTopic()).isEqualTo("PREPARATION_POLICIES_REVIEWED");
        assertThat(issued.checkItemIds()).containsExactly("LC-PREP-POLICY-01");
    }

    @Test
    void aRefusedIssueFormComesBackWithTheReasonsAndTheInput() throws Exception {
        Team team = team();
        UUID initiative = initiatives.initiative(team.organizationId());

        String refused = page(mvc.perform(post("/instructions")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", initiative.toString())
                        .param("phase", "SELECTION")
                        .param("title", "比較表の作成")
                        .param("assignee", team.officer().userId().toString())
                        .param(
                                "dueDate",
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                        .minusDays(3)
                                        .toString())
                        .param("returnTo", "//evil.example/")
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(status().isUnprocessableContent()));

        assertThat(refused).contains("期限に過去の日付は指定できません", "value=\"比較表の作成\"").doesNotContain("href=\"//evil.example");
        assertThat(instructions.ofSubject(team.organizationId(), "INITIATIVE", initiative))
                .isEmpty();

        mvc.perform(post("/instructions")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", initiative.toString())
                        .param("phase", "SELECTION")
                        .param("title", "比較表の作成")
                        .param("assignee", team.officer().userId().toString())
                        .param(
                                "dueDate",
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).toString())
                        .param("returnTo", "//evil.example/")
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(status().isFound())
                .andExpect(header().string(
                                "Location",
                                "/instructions/"
                                        + instructions
                                                .ofSubject(team.organizationId(), "INITIATIVE", initiative)
                                                .get(0)
                                                .id()));
    }

    @Test
    void theAssigneeReportsWithAFileAndTheExecutiveSendsBackThenAccepts() throws Exception {
        Team team = team();
        UUID id = issue(team);

        String mine = page(
                mvc.perform(get("/instructions").with(user(team.officer()))).andExpect(status().isOk()));
        assertThat(mine)
                .contains("aria-current=\"page\">私への指示", "資産の調査", "報告待ち")
                .doesNotContain("私が出した指示");

        String open = page(mvc.perform(get("/instructions/" + id).with(user(team.officer())))
                .andExpect(status().isOk()));
        assertThat(open)
                .contains("enctype=\"multipart/form-data\"", "name=\"files\"", "1ファイル 25 MBまで")
                .contains("action=\"/instructions/" + id + "/reports\"", "data-max-bytes=\"26214400\"")
                .doesNotContain("受理する");

        mvc.perform(multipart("/instructions/" + id + "/reports")
                        .file(new MockMultipartFile("files", "現状の対策.pdf", "application/pdf", TestFiles.PNG))
                        .param("text", "社内の対策を調べました。")
                        .with(csrf())
                        .with(user(team.officer())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/instructions/" + id))
                .andExpect(flash().attribute("notice", "報告しました。指示者の確認を待っています。"));

        Instruction reported = instructions
                .ofSubject(team.organizationId(), "INITIATIVE", team.initiative())
                .get(0);
        UUID attachment = reported.reports().get(0).attachments().get(0).id();
        String review = page(mvc.perform(get("/instructions/" + id).with(user(team.executive())))
                .andExpect(status().isOk()));
        assertThat(review)
                .contains("社内の対策を調べました。", "現状の対策.pdf", "image/png", "/instructions/attachments/" + attachment)
                .contains("受理する", "差し戻す")
                .doesNotContain("name=\"files\"");

        byte[] downloaded = mvc.perform(
                        get("/instructions/attachments/" + attachment).with(user(team.executive())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(TestFiles.PNG);

        mvc.perform(post("/instructions/" + id + "/return")
                        .param("comment", " ")
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", "差し戻すときは、何が足りないかをコメントに書いてください。"));
        mvc.perform(post("/instructions/" + id + "/return")
                        .param("comment", "費用も調べてください。")
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(flash().attribute("notice", "報告を差し戻しました。担当者があらためて報告します。"));

        mvc.perform(multipart("/instructions/" + id + "/reports")
                        .param("text", "費用も調べました。")
                        .with(csrf())
                        .with(user(team.officer())))
                .andExpect(status().isFound());
        mvc.perform(post("/instructions/" + id + "/acceptance").with(csrf()).with(user(team.executive())))
                .andExpect(flash().attribute("notice", "報告を受理しました。"));

        String history = page(mvc.perform(get("/instructions/" + id).with(user(team.officer()))));
        assertThat(history)
                .contains("報告 1", "報告 2", "差し戻し", "費用も調べてください。", "受理", "受理済み")
                .doesNotContain("name=\"files\"");
        assertThat(instructions
                        .ofSubject(team.organizationId(), "INITIATIVE", team.initiative())
                        .get(0)
                        .status())
                .isEqualTo(InstructionStatus.ACCEPTED);
    }

    @Test
    void refusalsOnThePagesAreExplainedAndChangeNothing() throws Exception {
        Team team = team();
        UUID id = issue(team);
        MekikiUser colleague = fixtures.user(team.organizationId(), Role.RISK_OFFICER);

        mvc.perform(multipart("/instructions/" + id + "/reports")
                        .file(new MockMultipartFile("files", "手順.txt", "text/plain", TestFiles.ELF))
                        .param("text", "手順書です。")
                        .with(csrf())
                        .with(user(team.officer())))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("reportText", "手順書です。"))
                .andExpect(flash().attribute(
                                "problem", org.hamcrest.Matchers.startsWith("「手順.txt」はこの種類のファイルのため添付できません。")));

        mvc.perform(multipart("/instructions/" + id + "/reports")
                        .param("text", "代わりに報告します。")
                        .with(csrf())
                        .with(user(colleague)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", "この指示に報告できるのは担当者だけです。"));

        mvc.perform(post("/instructions/" + id + "/acceptance").with(csrf()).with(user(team.officer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/instructions/new")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", UUID.randomUUID().toString())
                        .with(user(team.officer())))
                .andExpect(status().isForbidden());

        Instruction unchanged = instructions
                .ofSubject(team.organizationId(), "INITIATIVE", team.initiative())
                .get(0);
        assertThat(unchanged.status()).isEqualTo(InstructionStatus.OPEN);
        assertThat(unchanged.reports()).isEmpty();

        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE);
        mvc.perform(get("/instructions/" + id).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void myListMarksWhatIsOverdueAndShowsExecutivesWhatTheyIssued() throws Exception {
        Team team = team();
        UUID late = issue(team);
        jdbc.sql("update instruction_instruction set due_date = ? where id = ?")
                .params(LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(2), late)
                .update();

        String mine = page(
                mvc.perform(get("/instructions").with(user(team.officer()))).andExpect(status().isOk()));
        assertThat(mine)
                .contains(
                        "期限切れ",
                        "class=\"overdue\"",
                        LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                .minusDays(2)
                                .toString());

        String issued = page(
                mvc.perform(get("/instructions").with(user(team.executive()))).andExpect(status().isOk()));
        assertThat(issued)
                .as("an executive sees first what they issued, with whom it is for and what it concerns")
                .contains("aria-current=\"page\">私が出した指示", team.officer().displayName(), "期限切れ")
                .contains("href=\"/initiatives/" + team.initiative() + "\"");
        String assignedToTheExecutive =
                page(mvc.perform(get("/instructions").param("show", "assigned").with(user(team.executive())))
                        .andExpect(status().isOk()));
        assertThat(assignedToTheExecutive).contains("あなたへの指示はありません。経営層から指示が出ると").doesNotContain(late.toString());
    }

    private UUID issue(Team team) throws Exception {
        mvc.perform(post("/instructions")
                        .param("subjectType", "INITIATIVE")
                        .param("subjectId", team.initiative().toString())
                        .param("phase", "PREPARATION")
                        .param("title", "資産の調査")
                        .param("description", "資産ごとに整理してください。")
                        .param("assignee", team.officer().userId().toString())
                        .param(
                                "dueDate",
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                        .plusDays(5)
                                        .toString())
                        .with(csrf())
                        .with(user(team.executive())))
                .andExpect(status().isFound());
        List<Instruction> issued = instructions.ofSubject(team.organizationId(), "INITIATIVE", team.initiative());
        return issued.get(issued.size() - 1).id();
    }

    private Team team() {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser officer = fixtures.user(executive.organizationId(), Role.RISK_OFFICER);
        return new Team(executive, officer, initiatives.initiative(executive.organizationId()));
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    record Team(MekikiUser executive, MekikiUser officer, UUID initiative) {
        UUID organizationId() {
            return executive.organizationId();
        }
    }
}
