package io.mekiki;

import static io.mekiki.ApiCaller.PROBLEM_JSON;
import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.contentType;
import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every API endpoint and the restricted pages against every role held alone.
 * Allowed means "not refused" (the request may still fail for its own reasons, e.g. 404 or 409);
 * refused means 403, as a problem detail for the API.
 */
class RoleAccessIT extends ApplicationTest {

    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.AUDITOR, Role.EXECUTIVE);
    private static final Set<Role> PROFILE_EDITORS = EnumSet.of(Role.ADMIN, Role.RISK_OFFICER);
    private static final Set<Role> ASSET_EDITORS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER, Role.ADMIN);
    private static final Set<Role> INITIATIVE_EDITORS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER, Role.ADMIN);
    private static final Set<Role> PROVIDER_EDITORS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER, Role.ADMIN);
    // --- i12-sla ---
    private static final Set<Role> SLA_EDITORS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER);
    // --- i12-incidents ---
    private static final Set<Role> INCIDENT_RECORDERS = EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER);

    /** Every endpoint under /api with who may use it; a new endpoint must be added here. */
    static final List<Endpoint> API = List.of(
            // instruction module
            Endpoint.api("GET", "/api/v1/instructions", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/instructions/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/instructions/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/instructions",
                    EnumSet.of(Role.EXECUTIVE),
                    caller -> json(Map.of(
                            "subjectType", "INITIATIVE",
                            "subjectId", UUID.randomUUID(),
                            "phase", "PREPARATION",
                            "title", "Role access",
                            "assignee", caller.colleague(),
                            "dueDate", "2099-01-01"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/instructions/{id}/reports",
                    EnumSet.of(Role.EXECUTIVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER, Role.ADMIN),
                    (caller, fixtures) -> "/api/v1/instructions/" + UUID.randomUUID() + "/reports",
                    caller -> json(Map.of("text", "Done"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/instructions/{id}/acceptance",
                    EnumSet.of(Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/instructions/" + UUID.randomUUID() + "/acceptance",
                    caller -> json(Map.of("comment", "Fine"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/instructions/{id}/return",
                    EnumSet.of(Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/instructions/" + UUID.randomUUID() + "/return",
                    caller -> json(Map.of("comment", "Missing the costs"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/attachments/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/attachments/" + UUID.randomUUID()),
            Endpoint.api("GET", "/api/v1/instruction-templates", ANYONE),
            // decision module
            Endpoint.api("GET", "/api/v1/decisions", ANYONE),
            Endpoint.api("GET", "/api/v1/decisions/choices", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/decisions/{id}/paper",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID() + "/paper"),
            Endpoint.api(
                    "GET",
                    "/api/v1/decisions/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/decisions",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    caller -> json(Map.of(
                            "subjectType", "ROLE_ACCESS",
                            "subjectId", UUID.randomUUID(),
                            "topic", "ACCESS",
                            "title", "Role access",
                            "proposal", "Proceed",
                            "options", List.of("Proceed", "Stop")))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/decisions/{id}",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID(),
                    caller ->
                            json(Map.of("title", "Role access", "proposal", "Proceed", "options", List.of("Proceed")))),
            Endpoint.api(
                    "POST",
                    "/api/v1/decisions/{id}/decision",
                    EnumSet.of(Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID() + "/decision",
                    caller -> json(Map.of("outcome", "APPROVED", "rationale", "Within our risk appetite"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/decisions/{id}/evidence",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID() + "/evidence"),
            Endpoint.api(
                    "GET",
                    "/api/v1/decisions/{id}/evidence/{fileId}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/decisions/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/decisions/{id}/conditions/{conditionId}/done",
                    EnumSet.of(Role.EXECUTIVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) ->
                            "/api/v1/decisions/" + UUID.randomUUID() + "/conditions/" + UUID.randomUUID() + "/done"),
            // initiative module
            Endpoint.api("GET", "/api/v1/initiatives", ANYONE),
            Endpoint.api("POST", "/api/v1/initiatives", INITIATIVE_EDITORS, caller -> initiativeBody()),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{id}",
                    INITIATIVE_EDITORS,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID(),
                    caller -> initiativeBody()),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/kpis/{kpiId}/measurements",
                    INITIATIVE_EDITORS,
                    (caller, fixtures) ->
                            "/api/v1/initiatives/" + UUID.randomUUID() + "/kpis/" + UUID.randomUUID() + "/measurements",
                    caller -> json(Map.of("measuredOn", "2026-11-01", "value", 1))),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/gates",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/gates"),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/phase",
                    EnumSet.of(Role.EXECUTIVE, Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/phase",
                    caller -> json(Map.of("to", "SELECTION"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/scoping",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/scoping"),
            Endpoint.api("GET", "/api/v1/me", ANYONE),
            Endpoint.api("PUT", "/api/v1/me/language", ANYONE, caller -> json(Map.of("language", "ja"))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/me/password",
                    ANYONE,
                    caller -> json(Map.of(
                            "currentPassword", "not the current password",
                            "newPassword", "a different long password"))),
            Endpoint.api("GET", "/api/v1/auth/tokens", ANYONE),
            Endpoint.api(
                            "POST",
                            "/api/v1/auth/tokens",
                            ANYONE,
                            caller -> json(Map.of(
                                    "email",
                                    caller.user().email(),
                                    "password",
                                    IdentityFixtures.PASSWORD,
                                    "name",
                                    "role access")))
                    .alsoWithoutToken(),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/auth/tokens/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/auth/tokens/" + UUID.randomUUID()),
            Endpoint.api("GET", "/api/v1/users", ADMIN),
            Endpoint.api(
                    "POST",
                    "/api/v1/users",
                    ADMIN,
                    caller -> json(Map.of(
                            "email",
                            "invited-" + UUID.randomUUID() + "@example.test",
                            "displayName",
                            "Invited",
                            "roles",
                            List.of("AUDITOR")))),
            Endpoint.api(
                    "GET", "/api/v1/users/{id}", ADMIN, (caller, fixtures) -> "/api/v1/users/" + caller.colleague()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/users/{id}/roles",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/" + caller.colleague() + "/roles",
                    caller -> json(Map.of("roles", List.of("BUSINESS_OWNER")))),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/disable",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/"
                            + fixtures.user(caller.user().organizationId(), Role.BUSINESS_OWNER)
                                    .userId()
                            + "/disable"),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/enable",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/" + caller.colleague() + "/enable"),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/activation",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/" + caller.colleague() + "/activation"),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/password-reset",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/"
                            + fixtures.user(caller.user().organizationId(), Role.AUDITOR)
                                    .userId()
                            + "/password-reset"),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/pending-roles/{role}/confirm",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/" + caller.colleague() + "/pending-roles/EXECUTIVE/confirm"),
            Endpoint.api(
                    "POST",
                    "/api/v1/users/{id}/pending-roles/{role}/decline",
                    ADMIN,
                    (caller, fixtures) -> "/api/v1/users/" + caller.colleague() + "/pending-roles/EXECUTIVE/decline"),
            Endpoint.api("GET", "/api/v1/audit/entries", AUDIT),
            Endpoint.api("GET", "/api/v1/audit/verify", AUDIT),
            Endpoint.api("GET", "/api/v1/audit/export", AUDIT),
            Endpoint.api("GET", "/api/v1/audit/head", AUDIT),
            Endpoint.api("GET", "/api/v1/profile", ANYONE),
            Endpoint.api(
                    "PUT",
                    "/api/v1/profile",
                    PROFILE_EDITORS,
                    caller -> json(Map.of(
                            "largeCompanyWithBoard",
                            false,
                            "listed",
                            false,
                            "sectors",
                            List.of("GENERAL"),
                            "headquartersCountry",
                            "JP"))),
            Endpoint.api("GET", "/api/v1/assets", ANYONE),
            Endpoint.api("GET", "/api/v1/assets/export.csv", ANYONE),
            Endpoint.api(
                    "GET", "/api/v1/assets/{id}", ANYONE, (caller, fixtures) -> "/api/v1/assets/" + UUID.randomUUID()),
            Endpoint.api("POST", "/api/v1/assets", ASSET_EDITORS, caller -> assetBody()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/assets/{id}",
                    ASSET_EDITORS,
                    (caller, fixtures) -> "/api/v1/assets/" + UUID.randomUUID(),
                    caller -> assetBody()),
            Endpoint.api(
                    "POST",
                    "/api/v1/assets/{id}/archive",
                    ASSET_EDITORS,
                    (caller, fixtures) -> "/api/v1/assets/" + UUID.randomUUID() + "/archive"),
            Endpoint.api(
                    "POST",
                    "/api/v1/assets/{id}/restore",
                    ASSET_EDITORS,
                    (caller, fixtures) -> "/api/v1/assets/" + UUID.randomUUID() + "/restore"),
            // selection module: candidates of an initiative
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/candidates",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates"),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/candidates",
                    INITIATIVE_EDITORS,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates",
                    caller -> json(Map.of("serviceId", UUID.randomUUID()))),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/candidates/{candidateId}",
                    ANYONE,
                    (caller, fixtures) ->
                            "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates/" + UUID.randomUUID()),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/candidates/{candidateId}/scoping",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates/"
                            + UUID.randomUUID() + "/scoping"),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/candidates/{candidateId}/withdrawal",
                    INITIATIVE_EDITORS,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates/"
                            + UUID.randomUUID() + "/withdrawal",
                    caller -> json(Map.of("reason", "role access"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/candidates/{candidateId}/rescoping",
                    INITIATIVE_EDITORS,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/candidates/"
                            + UUID.randomUUID() + "/rescoping"),
            // assessment module: a candidate's assessment
            Endpoint.api(
                    "GET",
                    "/api/v1/assessments/{candidateId}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/assessments/{candidateId}/answers/{itemId}",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/answers/LC-PLAN-01",
                    caller -> json(Map.of("status", "MEETS", "answer", "role access"))),
            // --- i11-comparison ---
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{initiativeId}/comparison",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/comparison"),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{initiativeId}/comparison/criteria/starter",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/comparison/criteria/starter"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{initiativeId}/comparison/criteria",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/comparison/criteria",
                    caller -> json(Map.of(
                            "version",
                            0,
                            "criteria",
                            List.of(Map.of(
                                    "name",
                                    "Security",
                                    "group",
                                    "INFORMATION_SECURITY",
                                    "weight",
                                    100,
                                    "scaleMin",
                                    1,
                                    "scaleMax",
                                    5))))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{initiativeId}/comparison/columns/{column}/scores/{criterionId}",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID()
                            + "/comparison/columns/in-house/scores/" + UUID.randomUUID(),
                    caller -> json(Map.of("score", 3))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{initiativeId}/comparison/columns/{candidateId}/costs",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/comparison/columns/"
                            + UUID.randomUUID() + "/costs",
                    caller -> json(Map.of("initialCost", 0, "monthlyCost", 0))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{initiativeId}/comparison/columns/{column}/kpis/{kpiId}",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID()
                            + "/comparison/columns/in-house/kpis/" + UUID.randomUUID(),
                    caller -> json(Map.of("fit", "FITS"))),
            // --- i12-sla ---
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{contractId}/metrics",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/metrics"),
            Endpoint.api(
                    "POST",
                    "/api/v1/contracts/{contractId}/metrics",
                    SLA_EDITORS,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/metrics",
                    caller -> json(Map.of("kind", "AVAILABILITY", "target", 99.9))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{contractId}/metrics/{metricId}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/metrics/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{contractId}/metrics/{metricId}",
                    SLA_EDITORS,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/metrics/" + UUID.randomUUID(),
                    caller -> json(Map.of("version", 1, "target", 99.5))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/contracts/{contractId}/metrics/{metricId}",
                    SLA_EDITORS,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/metrics/" + UUID.randomUUID()),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{contractId}/measurements",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/measurements"),
            Endpoint.api(
                    "POST",
                    "/api/v1/contracts/{contractId}/measurements",
                    SLA_EDITORS,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/measurements",
                    caller -> json(Map.of(
                            "measurements",
                            List.of(Map.of("metric", "AVAILABILITY", "date", "2026-11-01", "value", 99))))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{contractId}/measurements/template",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/measurements/template"),
            Endpoint.api("GET", "/api/v1/service-levels", ANYONE),
            // provider module
            Endpoint.api("GET", "/api/v1/providers", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers",
                    PROVIDER_EDITORS,
                    caller ->
                            json(Map.of("legalName", "Role Cloud " + UUID.randomUUID(), "headquartersCountry", "JP"))),
            Endpoint.api("GET", "/api/v1/providers/{id}", ANYONE, (caller, fixtures) -> provider("")),
            Endpoint.api(
                    "PUT",
                    "/api/v1/providers/{id}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider(""),
                    caller -> json(Map.of("legalName", "Role Cloud", "headquartersCountry", "JP", "version", 0))),
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/attestations",
                    ANYONE,
                    (caller, fixtures) -> provider("/attestations")),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/attestations",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations"),
                    caller -> json(Map.of("kind", "ISO_27001"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/attestations/{attestationId}",
                    ANYONE,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID())),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/attestations/{attestationId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID())),
            Endpoint.api(
                    "PUT",
                    "/api/v1/providers/{id}/attestations/{attestationId}/document",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/document")),
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/attestations/{attestationId}/document",
                    ANYONE,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/document")),
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/subprocessors",
                    ANYONE,
                    (caller, fixtures) -> provider("/subprocessors")),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/subprocessors",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/subprocessors"),
                    caller -> json(Map.of("name", "Hosting Co.", "country", "US"))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/subprocessors/{subprocessorId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/subprocessors/" + UUID.randomUUID())),
            Endpoint.api("GET", "/api/v1/providers/{id}/contacts", ANYONE, (caller, fixtures) -> provider("/contacts")),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/contacts",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/contacts"),
                    caller -> json(Map.of("name", "Sales"))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/contacts/{contactId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/contacts/" + UUID.randomUUID())),
            Endpoint.api("GET", "/api/v1/services", ANYONE),
            Endpoint.api("POST", "/api/v1/services", PROVIDER_EDITORS, caller -> serviceBody()),
            Endpoint.api(
                    "GET",
                    "/api/v1/services/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/services/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/services/{id}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> "/api/v1/services/" + UUID.randomUUID(),
                    caller -> serviceBody()),
            Endpoint.api("GET", "/api/v1/catalog/releases", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/catalog/releases/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/catalog/releases/2026.1"),
            Endpoint.api(
                    "GET",
                    "/api/v1/catalog/releases/{id}/changes",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/catalog/releases/2026.2/changes?from=2026.1"),
            Endpoint.api("POST", "/api/v1/catalog/releases", ADMIN, caller -> "release: {}\n"),
            Endpoint.api("PUT", "/api/v1/catalog/active-release", ADMIN, caller -> json(Map.of("release", "2026.1"))),
            Endpoint.api("GET", "/api/v1/catalog/items", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/catalog/items/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/catalog/items/LC-UNKNOWN-99"),
            Endpoint.api("GET", "/api/v1/library/references", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/library/references/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/library/references/APPI"),
            Endpoint.api("GET", "/api/v1/library/risks", ANYONE),
            Endpoint.api("GET", "/api/v1/library/glossary", ANYONE),
            Endpoint.api("GET", "/api/v1/library/sectors", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/scoping/evaluate",
                    ANYONE,
                    caller -> json(Map.of(
                            "organization",
                                    Map.of(
                                            "largeCompanyWithBoard",
                                            false,
                                            "listed",
                                            false,
                                            "sectors",
                                            List.of("GENERAL")),
                            "assets", List.of(Map.of("name", "Payroll", "categories", List.of("PERSONAL_DATA"))),
                            "service", Map.of("dataLocations", List.of("JP"), "providerHeadquarters", "JP")))),
            // --- i11-answers ---
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/answers/{itemId}/confirmation",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) ->
                            "/api/v1/assessments/" + UUID.randomUUID() + "/answers/OS-LAW-01/confirmation",
                    caller -> json(Map.of("version", 1))),
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/answers/{itemId}/links",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/answers/OS-LAW-01/links",
                    caller -> json(Map.of("reference", "https://example.com/terms"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/answers/{itemId}/files",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/answers/OS-LAW-01/files"),
            Endpoint.api(
                    "GET",
                    "/api/v1/assessments/{candidateId}/evidence/{evidenceId}",
                    ANYONE,
                    (caller, fixtures) ->
                            "/api/v1/assessments/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID()),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/assessments/{candidateId}/evidence/{evidenceId}",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) ->
                            "/api/v1/assessments/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/answers/{itemId}/comments",
                    EnumSet.of(Role.BUSINESS_OWNER, Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/answers/OS-LAW-01/comments",
                    caller -> json(Map.of("body", "role access"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/initiatives/{id}/assessments/reopening",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/assessments/reopening",
                    caller -> json(Map.of("reason", "role access"))),
            // --- i11-findings ---
            Endpoint.api(
                    "GET",
                    "/api/v1/assessments/{candidateId}/findings",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/findings"),
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/findings",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/findings",
                    caller -> json(Map.of("itemId", "LC-PLAN-01"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/assessments/{candidateId}/findings/{findingId}",
                    ANYONE,
                    (caller, fixtures) ->
                            "/api/v1/assessments/" + UUID.randomUUID() + "/findings/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/assessments/{candidateId}/findings/{findingId}/disposition",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/findings/" + UUID.randomUUID()
                            + "/disposition",
                    caller -> json(Map.of("disposition", "ACCEPT", "rationale", "role access", "version", 1))),
            Endpoint.api(
                    "POST",
                    "/api/v1/assessments/{candidateId}/findings/{findingId}/mitigation/done",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/findings/" + UUID.randomUUID()
                            + "/mitigation/done",
                    caller -> json(Map.of("note", "role access", "version", 1))),
            Endpoint.api(
                    "GET",
                    "/api/v1/assessments/{candidateId}/risks",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/assessments/" + UUID.randomUUID() + "/risks"),
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/chosen-candidate",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/chosen-candidate"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/initiatives/{id}/chosen-candidate",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/chosen-candidate",
                    caller -> json(Map.of("candidateId", UUID.randomUUID()))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/initiatives/{id}/chosen-candidate",
                    EnumSet.of(Role.RISK_OFFICER, Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/chosen-candidate"),
            // --- i11-bench ---
            Endpoint.api(
                    "GET",
                    "/api/v1/initiatives/{id}/assessment",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/initiatives/" + UUID.randomUUID() + "/assessment"),
            // --- i12-contract ---
            Endpoint.api("GET", "/api/v1/contracts", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/contracts",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    caller -> json(Map.of("initiativeId", UUID.randomUUID(), "startsOn", "2027-01-01"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{id}",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID(),
                    caller -> json(Map.of("version", 0, "startsOn", "2027-01-01"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/contracts/{id}/terms-document",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-document"),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{id}/terms-document",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-document"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{id}/exit-terms",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/exit-terms",
                    caller -> json(Map.of("version", 0))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{id}/terms-review",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-review"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{id}/terms-review",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-review",
                    caller -> json(Map.of("answers", List.of(Map.of("itemId", "MA-COMPLY-01", "result", "CONFORMS"))))),
            // --- i12-incidents ---
            Endpoint.api("GET", "/api/v1/incidents", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/incidents/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/incidents/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/incidents",
                    INCIDENT_RECORDERS,
                    caller -> json(Map.of("initiativeId", UUID.randomUUID(), "title", "Role access"))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/incidents/{id}",
                    INCIDENT_RECORDERS,
                    (caller, fixtures) -> "/api/v1/incidents/" + UUID.randomUUID(),
                    caller -> json(Map.of("title", "Role access", "version", 1))),
            Endpoint.api(
                    "POST",
                    "/api/v1/incidents/{id}/reports",
                    INCIDENT_RECORDERS,
                    (caller, fixtures) -> "/api/v1/incidents/" + UUID.randomUUID() + "/reports",
                    caller -> json(Map.of("ruleId", "APPI_BREACH", "reportId", "QUICK"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/incidents/{id}/closing",
                    INCIDENT_RECORDERS,
                    (caller, fixtures) -> "/api/v1/incidents/" + UUID.randomUUID() + "/closing",
                    caller -> json(Map.of("summary", "Role access"))),
            Endpoint.api("GET", "/api/v1/operation-findings", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/operation-findings/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/operation-findings/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/operation-findings",
                    INCIDENT_RECORDERS,
                    caller -> json(Map.of("initiativeId", UUID.randomUUID(), "title", "Role access"))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/operation-findings/{id}",
                    INCIDENT_RECORDERS,
                    (caller, fixtures) -> "/api/v1/operation-findings/" + UUID.randomUUID(),
                    caller -> json(Map.of("title", "Role access", "significance", "MINOR", "version", 1))),
            Endpoint.api(
                    "POST",
                    "/api/v1/operation-findings/{id}/decision-request",
                    INCIDENT_RECORDERS,
                    (caller, fixtures) -> "/api/v1/operation-findings/" + UUID.randomUUID() + "/decision-request",
                    caller -> json(Map.of("proposal", "Role access"))),
            // --- i12-contingency ---
            Endpoint.api("GET", "/api/v1/contingencies", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/contingencies",
                    EnumSet.of(Role.EXECUTIVE),
                    caller -> json(Map.of("kind", "OTHER", "title", "Role access", "initiativeIds", List.of()))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contingencies/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contingencies/" + UUID.randomUUID()),
            Endpoint.api(
                    "GET",
                    "/api/v1/contingencies/{id}/entries",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contingencies/" + UUID.randomUUID() + "/entries"),
            Endpoint.api(
                    "POST",
                    "/api/v1/contingencies/{id}/entries",
                    EnumSet.of(Role.EXECUTIVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contingencies/" + UUID.randomUUID() + "/entries",
                    caller -> json(Map.of("kind", "STATUS_UPDATE", "text", "Role access"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/contingencies/{id}/closure",
                    EnumSet.of(Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/contingencies/" + UUID.randomUUID() + "/closure",
                    caller -> json(Map.of("worked", "a", "notWorked", "b", "actions", "c"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/contracts/{id}/terms-document",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-document"),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{id}/terms-document",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-document"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{id}/exit-terms",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/exit-terms",
                    caller -> json(Map.of("version", 0))),
            Endpoint.api(
                    "GET",
                    "/api/v1/contracts/{id}/terms-review",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-review"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/contracts/{id}/terms-review",
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER),
                    (caller, fixtures) -> "/api/v1/contracts/" + UUID.randomUUID() + "/terms-review",
                    caller -> json(Map.of("answers", List.of(Map.of("itemId", "MA-COMPLY-01", "result", "CONFORMS"))))),
            // --- i13-review ---
            Endpoint.api("GET", "/api/v1/reviews", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/reviews",
                    EnumSet.of(Role.RISK_OFFICER),
                    caller -> json(Map.of("contractId", UUID.randomUUID()))),
            Endpoint.api(
                    "GET",
                    "/api/v1/reviews/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/reviews/" + UUID.randomUUID()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/reviews/{id}/assessment",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/reviews/" + UUID.randomUUID() + "/assessment",
                    caller -> json(Map.of("narrative", "a", "conclusion", "b", "recommendedOutcome", "CONTINUE"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/reviews/{id}/submit",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/reviews/" + UUID.randomUUID() + "/submit"),
            Endpoint.api(
                    "POST",
                    "/api/v1/reviews/{id}/decision",
                    EnumSet.of(Role.EXECUTIVE),
                    (caller, fixtures) -> "/api/v1/reviews/" + UUID.randomUUID() + "/decision",
                    caller -> json(Map.of("outcome", "CONTINUE", "rationale", "Role access"))),
            Endpoint.api("GET", "/api/v1/reviews/rule", ANYONE),
            Endpoint.api(
                    "PUT",
                    "/api/v1/reviews/rule",
                    EnumSet.of(Role.ADMIN, Role.RISK_OFFICER),
                    caller -> json(Map.of("rule", "AFTER_YEAR_END", "daysAfter", 30))),
            // --- i13-attest ---
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/attestations/coverage",
                    ANYONE,
                    (caller, fixtures) -> provider("/attestations/coverage?from=2026-01-01&to=2026-12-31")),
            Endpoint.api(
                    "GET",
                    "/api/v1/providers/{id}/attestations/{attestationId}/parts",
                    ANYONE,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/parts")),
            Endpoint.api(
                    "PUT",
                    "/api/v1/providers/{id}/attestations/{attestationId}/scope",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/scope"),
                    caller -> json(Map.of("reportDate", "2026-01-15"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/attestations/{attestationId}/bridge-letters",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/bridge-letters"),
                    caller -> json(Map.of("coversUntil", "2026-12-31"))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/attestations/{attestationId}/bridge-letters/{letterId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) ->
                            provider("/attestations/" + UUID.randomUUID() + "/bridge-letters/" + UUID.randomUUID())),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/attestations/{attestationId}/exceptions",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/exceptions"),
                    caller -> json(Map.of("control", "CC6.1", "description", "Role access"))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/providers/{id}/attestations/{attestationId}/exceptions/{exceptionId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) ->
                            provider("/attestations/" + UUID.randomUUID() + "/exceptions/" + UUID.randomUUID()),
                    caller -> json(Map.of("control", "CC6.1", "description", "Role access"))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/attestations/{attestationId}/exceptions/{exceptionId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) ->
                            provider("/attestations/" + UUID.randomUUID() + "/exceptions/" + UUID.randomUUID())),
            Endpoint.api(
                    "POST",
                    "/api/v1/providers/{id}/attestations/{attestationId}/user-entity-controls",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider("/attestations/" + UUID.randomUUID() + "/user-entity-controls"),
                    caller -> json(Map.of("control", "Role access", "ourControl", "Access review"))),
            Endpoint.api(
                    "PUT",
                    "/api/v1/providers/{id}/attestations/{attestationId}/user-entity-controls/{controlId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider(
                            "/attestations/" + UUID.randomUUID() + "/user-entity-controls/" + UUID.randomUUID()),
                    caller -> json(Map.of("control", "Role access", "ourControl", "Access review"))),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/providers/{id}/attestations/{attestationId}/user-entity-controls/{controlId}",
                    PROVIDER_EDITORS,
                    (caller, fixtures) -> provider(
                            "/attestations/" + UUID.randomUUID() + "/user-entity-controls/" + UUID.randomUUID())),
            Endpoint.api("GET", "/api/v1/attestations/notice-offsets", ANYONE),
            Endpoint.api(
                    "PUT",
                    "/api/v1/attestations/notice-offsets",
                    EnumSet.of(Role.RISK_OFFICER, Role.ADMIN),
                    caller -> json(Map.of("offsets", List.of(90, 30, 7)))),
            Endpoint.api(
                    "GET",
                    "/api/v1/attestations",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/attestations?contractId=" + UUID.randomUUID() + "&year=2026"),
            // --- i13-exit ---
            Endpoint.api("GET", "/api/v1/exits", ANYONE),
            Endpoint.api(
                    "POST",
                    "/api/v1/exits",
                    EnumSet.of(Role.RISK_OFFICER),
                    caller -> json(Map.of("initiativeId", UUID.randomUUID()))),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + ""),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}/plan",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/plan"),
            Endpoint.api(
                    "PUT",
                    "/api/v1/exits/{id}/plan",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/plan",
                    caller -> json(Map.of("version", 0))),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}/data-returns",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/data-returns"),
            Endpoint.api(
                    "POST",
                    "/api/v1/exits/{id}/data-returns",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/data-returns",
                    caller -> json(Map.of("complete", true))),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}/deletion-evidence",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/deletion-evidence"),
            Endpoint.api(
                    "POST",
                    "/api/v1/exits/{id}/deletion-evidence",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/deletion-evidence",
                    caller -> json(Map.of("kind", "ALTERNATIVE"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}/deletion-evidence/{evidenceId}/certificate",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/deletion-evidence/"
                            + UUID.randomUUID() + "/certificate"),
            Endpoint.api(
                    "GET",
                    "/api/v1/exits/{id}/dossier",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/exits/" + UUID.randomUUID() + "/dossier"),
            // --- i14-questionnaire ---
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires",
                    EnumSet.of(Role.RISK_OFFICER),
                    caller -> json(Map.of("candidateId", UUID.randomUUID(), "dueOn", "2027-01-01"))),
            Endpoint.api("GET", "/api/v1/questionnaires", ANYONE),
            Endpoint.api("GET", "/api/v1/questionnaires/settings", ANYONE),
            Endpoint.api(
                    "PUT",
                    "/api/v1/questionnaires/settings",
                    EnumSet.of(Role.ADMIN, Role.RISK_OFFICER),
                    caller -> json(Map.of("graceDays", 7))),
            Endpoint.api(
                    "GET",
                    "/api/v1/questionnaires/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/revocation",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/revocation"),
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/resending",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/resending",
                    caller -> json(Map.of("dueOn", "2027-01-01"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/items/{itemId}/acceptance",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/items/LC-01/acceptance"),
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/items/{itemId}/question",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/items/LC-01/question",
                    caller -> json(Map.of("comment", "Which regions?"))),
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/items/{itemId}/override",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/items/LC-01/override",
                    caller -> json(Map.of("status", "MEETS", "answer", "Checked"))),
            Endpoint.api(
                    "GET",
                    "/api/v1/questionnaires/{id}/evidence/{evidenceId}",
                    ANYONE,
                    (caller, fixtures) ->
                            "/api/v1/questionnaires/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID()),
            // --- i14-caiq ---
            Endpoint.api(
                    "GET",
                    "/api/v1/catalog/releases/{id}/caiq-mapping",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/catalog/releases/2026.2/caiq-mapping"),
            // --- i14-mail ---
            Endpoint.api("GET", "/api/v1/notifications", ANYONE),
            Endpoint.api(
                    "GET",
                    "/api/v1/notifications/{id}",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/notifications/" + UUID.randomUUID()),
            Endpoint.api(
                    "POST",
                    "/api/v1/notifications/{id}/read",
                    ANYONE,
                    (caller, fixtures) -> "/api/v1/notifications/" + UUID.randomUUID() + "/read"),
            Endpoint.api("POST", "/api/v1/notifications/read-all", ANYONE),
            Endpoint.api("GET", "/api/v1/me/mail-preferences", ANYONE),
            Endpoint.api(
                    "PUT", "/api/v1/me/mail-preferences", ANYONE, caller -> json(Map.of("switchedOff", List.of()))),
            // --- i14-caiq (import) ---
            Endpoint.api(
                    "POST",
                    "/api/v1/questionnaires/{id}/caiq",
                    EnumSet.of(Role.RISK_OFFICER),
                    (caller, fixtures) -> "/api/v1/questionnaires/" + UUID.randomUUID() + "/caiq"));

    private static String initiativeBody() {
        return json(Map.of("title", "Role access", "businessOwnerId", UUID.randomUUID()));
    }

    private static String assetBody() {
        return json(Map.of(
                "name",
                "Asset " + UUID.randomUUID(),
                "categories",
                List.of("PERSONAL_DATA"),
                "assetValue",
                "HIGH",
                "riskTolerance",
                "LOW"));
    }

    static final List<Endpoint> PAGES = List.of(
            Endpoint.page("/instructions", ANYONE),
            Endpoint.page("/instructions/new", EnumSet.of(Role.EXECUTIVE)),
            Endpoint.page("/decisions", ANYONE),
            Endpoint.page("/", ANYONE),
            Endpoint.page("/initiatives", ANYONE),
            Endpoint.page("/initiatives/new", INITIATIVE_EDITORS),
            Endpoint.page("/initiatives/" + UUID.randomUUID() + "/candidates/new", INITIATIVE_EDITORS),
            Endpoint.page("/audit", AUDIT),
            Endpoint.page("/audit/verify", AUDIT),
            Endpoint.page("/audit/export", AUDIT),
            Endpoint.page("/audit/checkpoint", AUDIT),
            Endpoint.page("/admin/users", ADMIN),
            Endpoint.page("/profile", ANYONE),
            Endpoint.page("/assets", ANYONE),
            Endpoint.page("/assets/new", ASSET_EDITORS),
            Endpoint.page("/providers", ANYONE),
            Endpoint.page("/providers/new", PROVIDER_EDITORS),
            Endpoint.page("/services", ANYONE),
            Endpoint.page("/services/new", PROVIDER_EDITORS),
            Endpoint.page("/catalog", ANYONE),
            Endpoint.page("/catalog/releases", ANYONE),
            Endpoint.page("/catalog/releases/2026.2/changes?from=2026.1", ANYONE),
            Endpoint.page("/library", ANYONE),
            Endpoint.page("/scoping", ANYONE),
            Endpoint.page("/candidates/" + UUID.randomUUID() + "/assessment", ANYONE),
            // --- i11-answers ---
            Endpoint.page("/candidates/" + UUID.randomUUID() + "/assessment/evidence/" + UUID.randomUUID(), ANYONE),
            // --- i11-findings ---
            Endpoint.page("/candidates/" + UUID.randomUUID() + "/risks", ANYONE),
            // --- i11-comparison ---
            Endpoint.page("/initiatives/" + UUID.randomUUID() + "/comparison", ANYONE),
            // --- i11-bench ---
            Endpoint.page("/initiatives/" + UUID.randomUUID() + "/assessment", ANYONE),
            // --- i12-sla ---
            Endpoint.page("/service-levels", ANYONE),
            Endpoint.page("/contracts/" + UUID.randomUUID() + "/sla", ANYONE),
            Endpoint.page("/contracts/" + UUID.randomUUID() + "/sla/metrics/" + UUID.randomUUID(), ANYONE),
            // --- i12-contingency ---
            Endpoint.page("/contingencies", ANYONE),
            Endpoint.page("/contingencies/new", EnumSet.of(Role.EXECUTIVE)),
            Endpoint.page("/contingencies/" + UUID.randomUUID() + "/closure", EnumSet.of(Role.EXECUTIVE)),
            // --- i12-incidents ---
            Endpoint.page("/incidents", ANYONE),
            Endpoint.page("/incidents/new", INCIDENT_RECORDERS),
            Endpoint.page("/incidents/" + UUID.randomUUID(), ANYONE),
            Endpoint.page("/incidents/" + UUID.randomUUID() + "/edit", INCIDENT_RECORDERS),
            Endpoint.page("/operation-findings", ANYONE),
            Endpoint.page("/operation-findings/new", INCIDENT_RECORDERS),
            Endpoint.page("/operation-findings/" + UUID.randomUUID(), ANYONE),
            // --- i12-contract ---
            Endpoint.page("/contracts", ANYONE),
            Endpoint.page("/contracts/" + UUID.randomUUID(), ANYONE),
            Endpoint.page(
                    "/contracts/new?initiativeId=" + UUID.randomUUID(),
                    EnumSet.of(Role.RISK_OFFICER, Role.BUSINESS_OWNER)),
            // --- i13-review ---
            Endpoint.page("/reviews", ANYONE),
            Endpoint.page("/reviews/rule", ANYONE),
            Endpoint.page("/questionnaires/settings", ANYONE),
            Endpoint.page("/reviews/" + UUID.randomUUID(), ANYONE),
            // --- i13-attest ---
            Endpoint.page("/contracts/" + UUID.randomUUID() + "/attestations", ANYONE),
            Endpoint.page("/providers/" + UUID.randomUUID() + "/attestations/" + UUID.randomUUID(), ANYONE),
            Endpoint.page("/attestations/notices", ANYONE),
            // --- i13-exit ---
            Endpoint.page("/exits", ANYONE),
            Endpoint.page("/exits/" + UUID.randomUUID(), ANYONE),
            // --- i14-questionnaire ---
            Endpoint.page("/candidates/" + UUID.randomUUID() + "/questionnaires/new", EnumSet.of(Role.RISK_OFFICER)),
            Endpoint.page("/questionnaires/" + UUID.randomUUID(), ANYONE),
            Endpoint.page("/questionnaires/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID(), ANYONE),
            // --- i14-caiq ---
            Endpoint.page("/catalog/caiq?release=2026.2", ANYONE),
            // --- i14-mail ---
            Endpoint.page("/notifications", ANYONE),
            Endpoint.page("/notifications/bell", ANYONE),
            Endpoint.page("/notifications/settings", ANYONE),
            // --- i13-attest (pages) ---
            Endpoint.page("/providers/" + UUID.randomUUID() + "/attestations/" + UUID.randomUUID(), ANYONE),
            Endpoint.page("/attestations/notices", ANYONE));

    // --- i14-questionnaire ---
    /**
     * Public pages under a provider's questionnaire link (ADR 041): they answer without a session, the same to a
     * signed-in user (whose session they never read), and a link that leads to no questionnaire is a plain 404.
     */
    static final List<String> LINK_PAGES =
            List.of("/q/" + "x".repeat(43), "/q/" + "x".repeat(43) + "/evidence/" + UUID.randomUUID());

    private static final Map<Role, Caller> CALLERS = new ConcurrentHashMap<>();

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> apiByRole() {
        return API.stream().flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    static Stream<Arguments> pagesByRole() {
        return PAGES.stream()
                .flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("apiByRole")
    void apiAnswersByRole(Endpoint endpoint, Role role) {
        Caller caller = caller(role);

        HttpResponse<String> response = new ApiCaller(port)
                .send(
                        endpoint.method(),
                        endpoint.path().apply(caller, fixtures),
                        caller.token(),
                        endpoint.body().apply(caller));

        if (endpoint.allowed().contains(role)) {
            assertThat(response.statusCode())
                    .as("%s as %s: %s", endpoint, role, response.body())
                    .isNotIn(401, 403);
        } else {
            assertThat(response.statusCode())
                    .as("%s as %s: %s", endpoint, role, response.body())
                    .isEqualTo(403);
            assertThat(contentType(response)).startsWith(PROBLEM_JSON);
            assertThat(body(response).path("status").asInt()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pagesByRole")
    void pagesAnswerByRole(Endpoint endpoint, Role role) {
        Caller caller = caller(role);

        HttpResponse<String> response = caller.browser().get(endpoint.pattern());

        if (endpoint.allowed().contains(role)) {
            assertThat(response.statusCode()).as("%s as %s", endpoint, role).isNotIn(401, 403);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("%s as %s must not be sent to sign in", endpoint, role)
                    .doesNotContain("/login");
        } else {
            assertThat(response.statusCode()).as("%s as %s", endpoint, role).isEqualTo(403);
        }
    }

    @Test
    void apiWithoutTokenIsUnauthorised() {
        ApiCaller api = new ApiCaller(port);
        Caller someone = caller(Role.ADMIN);
        for (Endpoint endpoint : API) {
            if (endpoint.answersWithoutToken()) {
                continue;
            }
            HttpResponse<String> response = api.send(
                    endpoint.method(),
                    endpoint.path().apply(someone, fixtures),
                    null,
                    endpoint.body().apply(someone));

            assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
            assertThat(contentType(response)).as(endpoint.toString()).startsWith(PROBLEM_JSON);
        }
    }

    @Test
    void pagesWithoutSessionSendToSignIn() {
        PageClient stranger = new PageClient(port);
        for (Endpoint endpoint : PAGES) {
            HttpResponse<String> response = stranger.get(endpoint.pattern());

            assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(endpoint.toString())
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    // --- i14-questionnaire ---
    @Test
    void linkPagesArePublicAndAnswerAPlainNotFoundForAWrongToken() {
        PageClient stranger = new PageClient(port);
        PageClient signedIn = caller(Role.RISK_OFFICER).browser();
        for (String page : LINK_PAGES) {
            for (PageClient browser : List.of(stranger, signedIn)) {
                HttpResponse<String> response = browser.get(page);
                assertThat(response.statusCode()).as(page).isEqualTo(404);
                assertThat(response.headers().firstValue("Location")).as(page).isEmpty();
                assertThat(response.headers().firstValue("X-Robots-Tag"))
                        .as(page)
                        .isPresent();
            }
        }
    }

    @Test
    void everyApiEndpointIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> mapped.add(method.name() + " " + pattern))));
        Set<String> tabled = new TreeSet<>();
        API.forEach(endpoint -> tabled.add(endpoint.toString()));

        assertThat(mapped)
                .as("API endpoints and the access table of this test must match")
                .isEqualTo(tabled);
    }

    /** A path under a provider that is no one's. */
    private static String provider(String rest) {
        return "/api/v1/providers/" + UUID.randomUUID() + rest;
    }

    private static String serviceBody() {
        return json(Map.of("providerId", UUID.randomUUID().toString(), "name", "Role Service", "serviceModel", "SAAS"));
    }

    private Caller caller(Role role) {
        return CALLERS.computeIfAbsent(role, held -> {
            MekikiUser user = fixtures.userInNewOrganization(held);
            MekikiUser colleague = fixtures.user(user.organizationId(), Role.RISK_OFFICER);
            PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);
            return new Caller(user, fixtures.token(user), colleague.userId(), browser);
        });
    }

    /** A user holding one role, with an API token, a signed-in browser and a colleague to act on. */
    record Caller(MekikiUser user, String token, UUID colleague, PageClient browser) {}

    record Endpoint(
            String method,
            String pattern,
            Set<Role> allowed,
            BiFunction<Caller, IdentityFixtures, String> path,
            Function<Caller, String> body,
            boolean answersWithoutToken) {

        static Endpoint api(String method, String pattern, Set<Role> allowed) {
            return new Endpoint(method, pattern, allowed, (caller, fixtures) -> pattern, caller -> null, false);
        }

        static Endpoint api(String method, String pattern, Set<Role> allowed, Function<Caller, String> body) {
            return new Endpoint(method, pattern, allowed, (caller, fixtures) -> pattern, body, false);
        }

        static Endpoint api(
                String method, String pattern, Set<Role> allowed, BiFunction<Caller, IdentityFixtures, String> path) {
            return new Endpoint(method, pattern, allowed, path, caller -> null, false);
        }

        static Endpoint api(
                String method,
                String pattern,
                Set<Role> allowed,
                BiFunction<Caller, IdentityFixtures, String> path,
                Function<Caller, String> body) {
            return new Endpoint(method, pattern, allowed, path, body, false);
        }

        static Endpoint page(String path, Set<Role> allowed) {
            return new Endpoint("GET", path, allowed, (caller, fixtures) -> path, caller -> null, false);
        }

        /** Also answers without a token (signing in for a token). */
        Endpoint alsoWithoutToken() {
            return new Endpoint(method, pattern, allowed, path, body, true);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
