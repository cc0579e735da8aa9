package io.mekiki.scoping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/scoping/evaluate} as a script calls it, against the bundled catalogue release. */
class ScopingApiIT extends ApplicationTest {

    private static final String EVALUATE = "/api/v1/scoping/evaluate";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The example of the issue: a large company putting a customer list and design drawings into a
     * SaaS run from the United States, with data in Japan and the United States.
     */
    private static final String EXAMPLE = """
            {
              "organization": {"largeCompanyWithBoard": true, "listed": false, "sectors": ["GENERAL"]},
              "assets": [
                {"name": "顧客名簿", "categories": ["PERSONAL_DATA"]},
                {"name": "設計図", "categories": ["TRADE_SECRET"]}
              ],
              "service": {"dataLocations": ["JP", "US"], "providerHeadquarters": "US", "serviceModel": "SAAS"}
            }""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final IdentityFixtures identities;

    @Autowired
    ScopingApiIT(IdentityFixtures identities) {
        this.identities = identities;
    }

    private String token;

    @BeforeEach
    void aUserOfAFreshOrganization() {
        token = identities.token(identities.userInNewOrganization(Role.BUSINESS_OWNER));
    }

    @Test
    void theExampleGetsItsSectionsAndItemsWithReasonsAndLegalBasis() {
        HttpResponse<String> response = evaluate(EXAMPLE, "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("catalogRelease").asString()).isEqualTo("2026.2");
        assertThat(codes(answer.path("sections")))
                .containsExactly(
                        "LIFECYCLE",
                        "TRADE_SECRET",
                        "PERSONAL_DATA",
                        "OVERSEAS",
                        "RESPONSIBILITY_SPLIT",
                        "MISALIGNMENT",
                        "ASSURANCE");
        assertThat(reasons(answer.path("sections"), "PERSONAL_DATA")).containsExactly("情報資産「顧客名簿」が個人情報を含みます。");
        assertThat(reasons(answer.path("sections"), "OVERSEAS"))
                .containsExactly("データの保存場所 アメリカ合衆国 (US) は日本国外です。", "事業者の本社が日本国外（アメリカ合衆国 (US)）にあります。");
        assertThat(section(answer.path("sections"), "PERSONAL_DATA")
                        .path("title")
                        .asString())
                .isEqualTo("個人情報");
        assertThat(section(answer.path("sections"), "PERSONAL_DATA")
                        .path("guideChapter")
                        .asString())
                .isEqualTo("3.1(2)b");

        // the active release of a new organisation is 2026.2 (rule set 2), which also knows the
        // critical-infrastructure and sector sections
        assertThat(codes(answer.path("notApplicable")))
                .containsExactly(
                        "INTERNAL_CONTROL", "TECHNOLOGY_EXPORT", "TAX_RECORDS", "CRITICAL_INFRASTRUCTURE", "SECTOR");
        assertThat(reasons(answer.path("notApplicable"), "INTERNAL_CONTROL"))
                .containsExactly("取締役会・財務報告関係の記録を含む情報資産も、財務報告に影響する業務で使われる情報資産もありません。");

        JsonNode items = answer.path("items");
        assertThat(items.size()).isGreaterThan(50);
        List<String> ids = new ArrayList<>();
        Set<String> applicable = new HashSet<>(codes(answer.path("sections")));
        for (JsonNode item : items) {
            ids.add(item.path("id").asString());
            assertThat(applicable)
                    .as(item.path("id").asString())
                    .contains(item.path("section").asString());
            assertThat(item.path("reasons").isEmpty())
                    .as("reasons of %s", item.path("id"))
                    .isFalse();
            assertThat(item.path("title").asString()).isNotBlank();
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .as("personal-data items for data going abroad, and the SaaS split only")
                .contains("PD-FOREIGN-01", "RS-SAAS-01")
                .doesNotContain(
                        "RS-IAAS-01",
                        "RS-PAAS-01",
                        "PD-MYNUMBER-01",
                        "PD-SECTOR-FIN-01",
                        "EX-CLASSIFY-01",
                        "TAX-SCOPE-01",
                        "IC-POLICY-01");
        assertThat(item(items, "PD-CHAR-01").path("legalBasis").valueStream().map(JsonNode::asString))
                .contains("個人情報保護法 第25条");
        assertThat(item(items, "PD-FOREIGN-01").path("reasons").valueStream().map(JsonNode::asString))
                .startsWith("情報資産「顧客名簿」が個人情報を含みます。")
                .contains("データの保存場所 アメリカ合衆国 (US) は日本国外です。");
        assertThat(item(items, "RS-SAAS-01").path("reasons").valueStream().map(JsonNode::asString))
                .contains("サービスモデルがSaaSです。");
    }

    @Test
    void englishWhenAskedByParameterOrByHeader() {
        for (HttpResponse<String> response : List.of(evaluate(EXAMPLE, "?lang=en"), evaluateAccepting(EXAMPLE, "en"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode answer = JSON.readTree(response.body());
            assertThat(section(answer.path("sections"), "PERSONAL_DATA")
                            .path("title")
                            .asString())
                    .isEqualTo("Personal data");
            assertThat(reasons(answer.path("sections"), "PERSONAL_DATA"))
                    .containsExactly("Asset '顧客名簿' holds information of the category 'Personal data'.");
            assertThat(reasons(answer.path("sections"), "OVERSEAS"))
                    .contains("The data location United States (US) is outside Japan.");
            assertThat(item(answer.path("items"), "PD-CHAR-01")
                            .path("legalBasis")
                            .valueStream()
                            .map(JsonNode::asString))
                    .contains("APPI Art. 25");
        }
    }

    @Test
    void allInJapanWithoutAServiceModelYet() {
        HttpResponse<String> response = evaluate("""
                {
                  "organization": {"largeCompanyWithBoard": false, "listed": false, "sectors": ["GENERAL"]},
                  "assets": [{"name": "Drawings", "categories": ["EXPORT_CONTROLLED_TECHNOLOGY"]}],
                  "service": {"dataLocations": ["JP"], "providerHeadquarters": "JP"}
                }""", "?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        // rule set 2 (release 2026.2): controlled technology brings the section wherever the servers are
        assertThat(codes(answer.path("sections"))).contains("TECHNOLOGY_EXPORT").doesNotContain("OVERSEAS");
        assertThat(codes(answer.path("notApplicable"))).contains("OVERSEAS");
        assertThat(item(answer.path("items"), "RS-IAAS-01")
                        .path("reasons")
                        .valueStream()
                        .map(JsonNode::asString))
                .as("without a service model, model-specific items are included and say why")
                .contains("The service model is not decided yet, so this item is included as one that may apply.");
    }

    @Test
    void theSharperServiceFactsAreReadAndNamedInTheReasons() {
        HttpResponse<String> response = evaluate("""
                {
                  "organization": {"largeCompanyWithBoard": false, "listed": false, "sectors": ["GENERAL"],
                                   "criticalInfrastructure": false},
                  "assets": [{"name": "Drawings", "categories": ["OTHER"], "financialReporting": false}],
                  "service": {"dataLocations": ["JP"], "providerHeadquarters": "JP", "parentCountry": "US",
                              "contractingEntityCountry": "JP", "operationLocations": ["JP", "SG"],
                              "subprocessorCountries": ["JP"], "nonResidentAccess": true}
                }""", "?lang=en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(reasons(answer.path("sections"), "OVERSEAS"))
                .containsExactly(
                        "The provider's ultimate parent company is outside Japan (United States (US)).",
                        "The provider operates and supports the service from Singapore (SG), outside Japan, and can reach"
                                + " the data from there.");
    }

    @Test
    void aProviderCountryLeftOutIsNotKnownAndCountsAsPossiblyForeignOnRelease2026_2() {
        // a new organisation is on 2026.2 (rule set 2); rule set 1's reading is covered by ScopingRules2Tests
        HttpResponse<String> response = evaluate("""
                {
                  "organization": {"largeCompanyWithBoard": false, "listed": false, "sectors": ["GENERAL"]},
                  "assets": [{"name": "Drawings", "categories": ["OTHER"]}],
                  "service": {"dataLocations": ["JP"]}
                }""", "?lang=en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(reasons(answer.path("sections"), "OVERSEAS"))
                .containsExactly("The provider's country is not known, so it is counted as possibly outside Japan.");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayAsk(Role role) {
        String tokenOfRole = identities.token(identities.userInNewOrganization(role));

        assertThat(send(EXAMPLE, "", tokenOfRole, null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        assertThat(send(EXAMPLE, "", null, null).statusCode()).isEqualTo(401);
    }

    static Stream<Arguments> badRequests() {
        return Stream.<Arguments>of(
                argumentSet(
                        "unknown asset category",
                        edit(json ->
                                asset(json, 0).withArrayProperty("categories").set(0, "SECRETS")),
                        "assets[0].categories[0]",
                        "SECRETS"),
                argumentSet(
                        "unknown sector",
                        edit(json -> json.withObjectProperty("organization")
                                .withArrayProperty("sectors")
                                .add("BANKING")),
                        "organization.sectors[1]",
                        "BANKING"),
                argumentSet(
                        "country code that does not exist",
                        edit(json -> dataLocations(json).set(1, "XX")),
                        "service.dataLocations[1]",
                        "XX"),
                argumentSet(
                        "country code in lower case",
                        edit(json -> dataLocations(json).set(0, "us")),
                        "service.dataLocations[0]",
                        "us"),
                argumentSet(
                        "unknown provider country",
                        edit(json -> json.withObjectProperty("service").put("providerHeadquarters", "USA")),
                        "service.providerHeadquarters",
                        "USA"),
                argumentSet(
                        "unknown parent country",
                        edit(json -> json.withObjectProperty("service").put("parentCountry", "America")),
                        "service.parentCountry",
                        "America"),
                argumentSet(
                        "unknown contracting entity country",
                        edit(json -> json.withObjectProperty("service").put("contractingEntityCountry", "EU")),
                        "service.contractingEntityCountry",
                        "EU"),
                argumentSet(
                        "unknown operation location",
                        edit(json -> json.withObjectProperty("service")
                                .putArray("operationLocations")
                                .add("JP")
                                .add("Mars")),
                        "service.operationLocations[1]",
                        "Mars"),
                argumentSet(
                        "unknown subprocessor country",
                        edit(json -> json.withObjectProperty("service")
                                .putArray("subprocessorCountries")
                                .add("XX")),
                        "service.subprocessorCountries[0]",
                        "XX"),
                argumentSet(
                        "unknown service model",
                        edit(json -> json.withObjectProperty("service").put("serviceModel", "CLOUD")),
                        "service.serviceModel",
                        "CLOUD"),
                argumentSet(
                        "organization missing",
                        edit(json -> json.remove("organization")),
                        "organization",
                        "organization"),
                argumentSet(
                        "asset without a name",
                        edit(json -> asset(json, 1).remove("name")),
                        "assets[1].name",
                        "assets[1].name"),
                argumentSet(
                        "no data locations",
                        edit(json -> json.withObjectProperty("service").remove("dataLocations")),
                        "service.dataLocations",
                        "service.dataLocations"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void aBadValueIsRefusedNamingItsField(String body, String field, String mentioned) {
        HttpResponse<String> response = evaluate(body, "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isEqualTo("リクエストが正しくありません");
        assertThat(problem.path("detail").asString()).contains(field);
        assertThat(problem.path("errors").size()).isEqualTo(1);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo(field);
        assertThat(problem.path("errors").path(0).path("message").asString())
                .contains(mentioned)
                .doesNotContain("scoping.field");
    }

    @Test
    void aRefusalSaysWhatIsWrongInTheCallersLanguageAndAnswersNothingElse() {
        HttpResponse<String> refused = evaluate(edit(json -> dataLocations(json).set(1, "XX")), "?lang=en");

        assertThat(JSON.readTree(refused.body())
                        .path("errors")
                        .path(0)
                        .path("message")
                        .asString())
                .isEqualTo("'XX' in service.dataLocations[1] is not an ISO 3166-1 alpha-2 country code.");
        assertThat(JSON.readTree(refused.body()).has("sections")).isFalse();
    }

    @Test
    void malformedJsonIsAProblemToo() {
        HttpResponse<String> response = evaluate("{\"organization\": {\"listed\": tru", "");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("リクエストが正しくありません");
        assertThat(problem.path("detail").asString()).isEqualTo("リクエスト本文を読み取れません。正しいJSONか、項目の型が正しいか確認してください。");
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        HttpResponse<String> yes =
                evaluate(edit(json -> json.withObjectProperty("organization").put("listed", "yes")), "");

        assertThat(yes.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(yes.body());
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("organization.listed");
        assertThat(problem.path("errors").path(0).path("message").asString())
                .isEqualTo("organization.listed の値の形式が正しくありません。");
        assertThat(problem.path("detail").asString()).contains("organization.listed");

        HttpResponse<String> nested =
                evaluate(edit(json -> asset(json, 1).putObject("categories").put("kind", "TRADE_SECRET")), "?lang=en");

        assertThat(nested.statusCode()).isEqualTo(400);
        JsonNode nestedProblem = JSON.readTree(nested.body());
        assertThat(nestedProblem.path("errors").path(0).path("field").asString())
                .isEqualTo("assets[1].categories");
        assertThat(nestedProblem.path("errors").path(0).path("message").asString())
                .isEqualTo("The value of assets[1].categories is not in the expected format.");
    }

    // ---- helpers ----

    private static String edit(Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) JSON.readTree(EXAMPLE);
        change.accept(json);
        return JSON.writeValueAsString(json);
    }

    private static ArrayNode assets(ObjectNode json) {
        return json.withArrayProperty("assets");
    }

    private static ObjectNode asset(ObjectNode json, int index) {
        return (ObjectNode) assets(json).get(index);
    }

    private static ArrayNode dataLocations(ObjectNode json) {
        return json.withObjectProperty("service").withArrayProperty("dataLocations");
    }

    private static List<String> codes(JsonNode sections) {
        return sections.valueStream()
                .map(section -> section.path("code").asString())
                .toList();
    }

    private static JsonNode section(JsonNode sections, String code) {
        return sections.valueStream()
                .filter(section -> section.path("code").asString().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + code));
    }

    private static List<String> reasons(JsonNode sections, String code) {
        return section(sections, code)
                .path("reasons")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    private static JsonNode item(JsonNode items, String id) {
        return items.valueStream()
                .filter(item -> item.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    private HttpResponse<String> evaluate(String body, String query) {
        return send(body, query, token, null);
    }

    private HttpResponse<String> evaluateAccepting(String body, String language) {
        return send(body, "", token, language);
    }

    private HttpResponse<String> send(String body, String query, String bearer, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(EVALUATE + query)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
