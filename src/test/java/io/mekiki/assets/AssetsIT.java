package io.mekiki.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.AssetCategory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class AssetsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final InformationAssets informationAssets;

    @Autowired
    AssetsIT(IdentityFixtures fixtures, AuditLedger ledger, InformationAssets informationAssets) {
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.informationAssets = informationAssets;
    }

    @Test
    void anAssetIsRegisteredReadRevisedArchivedAndRestored() {
        Client officer = client(Role.RISK_OFFICER);

        Response created = officer.send(HttpMethod.POST, "/api/v1/assets", asset("顧客台帳", "PERSONAL_DATA"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/assets/" + id);
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.json().get("archived").asBoolean()).isFalse();

        Response read = officer.send(HttpMethod.GET, "/api/v1/assets/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("顧客台帳");
        assertThat(read.json().get("ownerDepartment").asString()).isEqualTo("営業本部");
        assertThat(read.json().get("currentAnnualCost").asLong()).isEqualTo(1_200_000L);
        assertThat(texts(read.json().get("categories"))).containsExactly("PERSONAL_DATA");

        Map<String, Object> revision = asset("顧客台帳（2026年度）", "PERSONAL_DATA", "MY_NUMBER");
        revision.put("version", 0);
        Response revised = officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, revision);
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("name").asString()).isEqualTo("顧客台帳（2026年度）");
        assertThat(texts(revised.json().get("categories"))).containsExactly("PERSONAL_DATA", "MY_NUMBER");
        assertThat(revised.json().get("version").asLong()).isEqualTo(1);

        Response archived = officer.send(HttpMethod.POST, "/api/v1/assets/" + id + "/archive", null);
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(officer.list("").get("total").asLong()).isZero();
        assertThat(officer.list("?includeArchived=true").get("total").asLong()).isEqualTo(1);
        assertThat(officer.send(HttpMethod.POST, "/api/v1/assets/" + id + "/archive", null)
                        .status())
                .isEqualTo(409);

        Response restored = officer.send(HttpMethod.POST, "/api/v1/assets/" + id + "/restore", null);
        assertThat(restored.json().get("archived").asBoolean()).isFalse();
        assertThat(officer.list("").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void businessOwnersAndAdministratorsMayAlsoRegister() {
        assertThat(client(Role.BUSINESS_OWNER)
                        .send(HttpMethod.POST, "/api/v1/assets", asset("販売実績", "OTHER"))
                        .status())
                .isEqualTo(201);
        assertThat(client(Role.ADMIN)
                        .send(HttpMethod.POST, "/api/v1/assets", asset("販売実績", "OTHER"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void searchFindsWordsInNameDepartmentAndDescriptionInAnyCaseAndFiltersByCategory() {
        Client officer = client(Role.RISK_OFFICER);
        Map<String, Object> crm = asset("CRM Customer data", "PERSONAL_DATA");
        crm.put("description", "営業活動の記録と取引先担当者の連絡先");
        officer.send(HttpMethod.POST, "/api/v1/assets", crm);
        Map<String, Object> ledgerBooks = asset("会計帳簿", "TAX_RECORDS", "BOARD_AND_FINANCIAL_RECORDS");
        ledgerBooks.put("ownerDepartment", "経理部");
        officer.send(HttpMethod.POST, "/api/v1/assets", ledgerBooks);
        officer.send(HttpMethod.POST, "/api/v1/assets", asset("設計図面 100%_final", "TRADE_SECRET"));

        assertThat(names(officer.list(""))).containsExactly("CRM Customer data", "会計帳簿", "設計図面 100%_final");
        assertThat(names(officer.list("?q=crm"))).containsExactly("CRM Customer data");
        assertThat(names(officer.list("?q=取引先"))).containsExactly("CRM Customer data");
        assertThat(names(officer.list("?q=経理"))).containsExactly("会計帳簿");
        assertThat(names(officer.list("?q=customer\u3000取引"))).containsExactly("CRM Customer data");
        assertThat(names(officer.list("?q=customer 経理"))).isEmpty();
        assertThat(names(officer.list("?q=%_"))).containsExactly("設計図面 100%_final");
        assertThat(names(officer.list("?q=%x"))).isEmpty();
        assertThat(names(officer.list("?category=TAX_RECORDS"))).containsExactly("会計帳簿");
        assertThat(names(officer.list("?category=PERSONAL_DATA&q=会計"))).isEmpty();

        JsonNode firstPage = officer.list("?size=2&page=0");
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(names(firstPage)).hasSize(2);
        assertThat(names(officer.list("?size=2&page=1"))).containsExactly("設計図面 100%_final");
    }

    @Test
    void theRegisterSortsByItsColumnsAndRefusesAnotherKeyNamingSort() {
        Client officer = client(Role.RISK_OFFICER);
        Map<String, Object> cheap = asset("Archive", "PERSONAL_DATA");
        cheap.put("currentAnnualCost", 10);
        cheap.put("assetValue", "LOW");
        cheap.put("ownerDepartment", "総務部");
        officer.send(HttpMethod.POST, "/api/v1/assets", cheap);
        Map<String, Object> dear = asset("Billing", "PERSONAL_DATA");
        dear.put("currentAnnualCost", 9_000_000);
        dear.put("assetValue", "MEDIUM");
        dear.put("ownerDepartment", "経理部");
        officer.send(HttpMethod.POST, "/api/v1/assets", dear);
        Map<String, Object> unknownCost = asset("Contracts", "PERSONAL_DATA");
        unknownCost.put("currentAnnualCost", null);
        officer.send(HttpMethod.POST, "/api/v1/assets", unknownCost);

        assertThat(names(officer.list("?sort=name,desc"))).containsExactly("Contracts", "Billing", "Archive");
        assertThat(names(officer.list("?sort=cost"))).containsExactly("Archive", "Billing", "Contracts");
        assertThat(names(officer.list("?sort=cost,desc")))
                .as("an asset without a cost comes last either way")
                .containsExactly("Billing", "Archive", "Contracts");
        assertThat(names(officer.list("?sort=value,desc"))).containsExactly("Contracts", "Billing", "Archive");
        assertThat(names(officer.list("?sort=value&size=1&page=1"))).containsExactly("Billing");
        assertRefused(officer.send(HttpMethod.GET, "/api/v1/assets?sort=description", null), 400, "sort", "name");
        assertRefused(officer.send(HttpMethod.GET, "/api/v1/assets?sort=name,up", null), 400, "sort", "name");
    }

    @Test
    void theCsvExportOpensInExcelAndReadsBackWithJapaneseTextIntact() {
        Client officer = client(Role.RISK_OFFICER);
        Map<String, Object> tricky = asset("顧客台帳, \"重要\"", "PERSONAL_DATA", "TRADE_SECRET");
        tricky.put("description", "一行目\n二行目：取引先の氏名・住所");
        tricky.put("currentControls", "=1+1 のような式は実行されない");
        officer.send(HttpMethod.POST, "/api/v1/assets", tricky);
        officer.send(HttpMethod.POST, "/api/v1/assets", asset("会計帳簿", "TAX_RECORDS"));

        ResponseEntity<byte[]> japanese = officer.raw(HttpMethod.GET, "/api/v1/assets/export.csv", null);
        assertThat(japanese.getStatusCode().value()).isEqualTo(200);
        assertThat(japanese.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(japanese.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(japanese.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
        byte[] bytes = japanese.getBody();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("ID", "資産名", "管理部門", "説明", "情報の区分", "資産価値", "リスク許容度");
        List<String> first = rows.get(1);
        assertThat(first.get(1)).isEqualTo("会計帳簿");
        List<String> second = rows.get(2);
        assertThat(second.get(1)).isEqualTo("顧客台帳, \"重要\"");
        assertThat(second.get(3)).isEqualTo("一行目\n二行目：取引先の氏名・住所");
        assertThat(second.get(4)).isEqualTo("営業秘密; 個人情報");
        assertThat(second.get(5)).isEqualTo("高");
        assertThat(second.get(7)).isEqualTo("'=1+1 のような式は実行されない");
        assertThat(second.get(8)).isEqualTo("1200000");

        ResponseEntity<byte[]> english = officer.raw(HttpMethod.GET, "/api/v1/assets/export.csv?lang=en", null);
        String englishText = new String(english.getBody(), StandardCharsets.UTF_8);
        assertThat(parseCsv(englishText.substring(1)).get(0)).startsWith("ID", "Asset name", "Owner department");

        ResponseEntity<byte[]> filtered =
                officer.raw(HttpMethod.GET, "/api/v1/assets/export.csv?category=TAX_RECORDS", null);
        assertThat(parseCsv(new String(filtered.getBody(), StandardCharsets.UTF_8).substring(1)))
                .hasSize(2);
    }

    @Test
    void aStaleEditIsRefusedWithAConflictAndTheNewerVersionSurvives() {
        Client first = client(Role.RISK_OFFICER);
        Client second = sameOrganization(first, Role.BUSINESS_OWNER);
        String id = first.send(HttpMethod.POST, "/api/v1/assets", asset("人事データ", "PERSONAL_DATA"))
                .json()
                .get("id")
                .asString();

        Map<String, Object> firstEdit = asset("人事データ（本社）", "PERSONAL_DATA");
        firstEdit.put("version", 0);
        assertThat(first.send(HttpMethod.PUT, "/api/v1/assets/" + id, firstEdit).status())
                .isEqualTo(200);

        Map<String, Object> staleEdit = asset("人事データ（支社）", "PERSONAL_DATA", "SPECIAL_CARE_PERSONAL_DATA");
        staleEdit.put("version", 0);
        Response refused = second.send(HttpMethod.PUT, "/api/v1/assets/" + id, staleEdit);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("assets.error.stale");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(refused.json().get("detail").asString()).contains("別のユーザー");
        Response current = first.send(HttpMethod.GET, "/api/v1/assets/" + id, null);
        assertThat(current.json().get("name").asString()).isEqualTo("人事データ（本社）");
        assertThat(current.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsAssetsAreInvisible() {
        Client owner = client(Role.RISK_OFFICER);
        Client stranger = client(Role.ADMIN);
        String id = owner.send(HttpMethod.POST, "/api/v1/assets", asset("研究データ", "EXPORT_CONTROLLED_TECHNOLOGY"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> edit = asset("乗っ取り", "OTHER");
        edit.put("version", 0);

        assertThat(stranger.send(HttpMethod.GET, "/api/v1/assets/" + id, null).status())
                .isEqualTo(404);
        assertThat(stranger.send(HttpMethod.PUT, "/api/v1/assets/" + id, edit).status())
                .isEqualTo(404);
        assertThat(stranger.send(HttpMethod.POST, "/api/v1/assets/" + id + "/archive", null)
                        .status())
                .isEqualTo(404);
        assertThat(stranger.list("?includeArchived=true").get("total").asLong()).isZero();
        assertThat(informationAssets.assetsOf(stranger.user().organizationId(), List.of(UUID.fromString(id))))
                .isEmpty();
        assertThat(owner.send(HttpMethod.GET, "/api/v1/assets/" + id, null)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("研究データ");
    }

    @Test
    void auditorsAndExecutivesReadButCannotChange() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.send(HttpMethod.POST, "/api/v1/assets", asset("契約書", "OTHER"))
                .json()
                .get("id")
                .asString();
        for (Role reader : List.of(Role.AUDITOR, Role.EXECUTIVE)) {
            Client client = sameOrganization(officer, reader);
            Map<String, Object> edit = asset("契約書（改）", "OTHER");
            edit.put("version", 0);

            assertThat(client.send(HttpMethod.POST, "/api/v1/assets", asset("新しい資産", "OTHER"))
                            .status())
                    .as("%s registers", reader)
                    .isEqualTo(403);
            assertThat(client.send(HttpMethod.PUT, "/api/v1/assets/" + id, edit).status())
                    .isEqualTo(403);
            assertThat(client.send(HttpMethod.POST, "/api/v1/assets/" + id + "/archive", null)
                            .status())
                    .isEqualTo(403);
            assertThat(names(client.list(""))).containsExactly("契約書");
            assertThat(client.send(HttpMethod.GET, "/api/v1/assets/" + id, null).status())
                    .isEqualTo(200);
        }
        assertThat(names(officer.list(""))).containsExactly("契約書");
    }

    @Test
    void everyChangeIsRecordedInTheAuditLedger() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.send(HttpMethod.POST, "/api/v1/assets", asset("株主名簿", "PERSONAL_DATA"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> edit = asset("株主名簿", "PERSONAL_DATA");
        edit.put("currentAnnualCost", 300_000);
        edit.put("version", 0);
        officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, edit);
        officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, withVersion(edit, 1));
        officer.send(HttpMethod.POST, "/api/v1/assets/" + id + "/archive", null);
        officer.send(HttpMethod.POST, "/api/v1/assets/" + id + "/restore", null);

        UUID organizationId = officer.user().organizationId();
        List<LedgerEntry> entries =
                ledger.entries(organizationId, AssetChange.ASSET, id, 0, 50).entries();
        assertThat(entries)
                .extracting(LedgerEntry::action)
                .containsExactly(
                        "assets.asset.restored",
                        "assets.asset.archived",
                        "assets.asset.revised",
                        "assets.asset.registered");
        assertThat(entries.get(2).change())
                .contains("\"currentAnnualCost\":{\"after\":300000,\"before\":1200000}")
                .doesNotContain("\"name\"");
        assertThat(entries.get(3).change()).contains("\"name\":\"株主名簿\"", "PERSONAL_DATA");
        assertThat(entries.get(3).actorId()).isEqualTo(officer.user().userId().toString());
        assertThat(ledger.verify(organizationId).valid()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheField() {
        Client officer = client(Role.RISK_OFFICER);

        Map<String, Object> noName = asset(" ", "OTHER");
        assertRefused(officer.send(HttpMethod.POST, "/api/v1/assets", noName), 400, "name", "入力してください");

        Map<String, Object> unknownCategory = asset("資産", "OTHER");
        unknownCategory.put("categories", List.of("OTHER", "SECRET_SAUCE"));
        assertRefused(
                officer.send(HttpMethod.POST, "/api/v1/assets", unknownCategory), 400, "categories[1]", "TRADE_SECRET");

        Map<String, Object> negativeCost = asset("資産", "OTHER");
        negativeCost.put("currentAnnualCost", -1);
        assertRefused(officer.send(HttpMethod.POST, "/api/v1/assets", negativeCost), 400, "currentAnnualCost", "0以上");

        Map<String, Object> textCost = asset("資産", "OTHER");
        textCost.put("currentAnnualCost", "高い");
        assertRefused(officer.send(HttpMethod.POST, "/api/v1/assets", textCost), 400, "currentAnnualCost", "形式");

        Map<String, Object> noCategories = asset("資産", "OTHER");
        noCategories.put("categories", List.of());
        assertRefused(officer.send(HttpMethod.POST, "/api/v1/assets", noCategories), 400, "categories", "一つ以上");

        assertRefused(officer.send(HttpMethod.GET, "/api/v1/assets?category=SECRET", null), 400, "category", "OTHER");

        Response english = officer.send(HttpMethod.POST, "/api/v1/assets?lang=en", negativeCost);
        assertRefused(english, 400, "currentAnnualCost", "0 or more");

        assertThat(officer.list("?includeArchived=true").get("total").asLong()).isZero();
        assertThat(ledger.entries(officer.user().organizationId(), AssetChange.ASSET, null, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void namesAreUniquePerOrganisationInAnyLetterCase() {
        Client officer = client(Role.RISK_OFFICER);
        officer.send(HttpMethod.POST, "/api/v1/assets", asset("Payroll", "PERSONAL_DATA"));

        assertRefused(
                officer.send(HttpMethod.POST, "/api/v1/assets", asset("PAYROLL", "PERSONAL_DATA")),
                409,
                "name",
                "PAYROLL");
        Response other = client(Role.RISK_OFFICER).send(HttpMethod.POST, "/api/v1/assets", asset("payroll", "OTHER"));
        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void revisionsNeedTheVersionTheyStartedFrom() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.send(HttpMethod.POST, "/api/v1/assets", asset("見積書", "OTHER"))
                .json()
                .get("id")
                .asString();

        assertRefused(
                officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, asset("見積書 v2", "OTHER")), 400, "version", "版");
        assertThat(officer.send(HttpMethod.GET, "/api/v1/assets/" + id, null)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("見積書");
    }

    @Test
    void otherModulesReadImmutableSummaries() {
        Client officer = client(Role.RISK_OFFICER);
        UUID payroll = UUID.fromString(
                officer.send(HttpMethod.POST, "/api/v1/assets", asset("給与", "PERSONAL_DATA", "MY_NUMBER"))
                        .json()
                        .get("id")
                        .asString());
        UUID books = UUID.fromString(officer.send(HttpMethod.POST, "/api/v1/assets", asset("帳簿", "TAX_RECORDS"))
                .json()
                .get("id")
                .asString());

        List<AssetSummary> summaries =
                informationAssets.assetsOf(officer.user().organizationId(), List.of(books, payroll, UUID.randomUUID()));

        assertThat(summaries).extracting(AssetSummary::name).containsExactly("帳簿", "給与");
        assertThat(summaries.get(1).categories())
                .containsExactlyInAnyOrder(AssetCategory.PERSONAL_DATA, AssetCategory.MY_NUMBER);
        assertThat(summaries.get(1).holds(AssetCategory.MY_NUMBER)).isTrue();
        assertThat(summaries.get(0).assetValue()).isEqualTo(Level.HIGH);
        assertThat(informationAssets.assetsOf(officer.user().organizationId(), List.of()))
                .isEmpty();
    }

    @Test
    void financialReportingIsKeptWhenARevisionLeavesItOutAndNotKnownWhenSentAsNull() {
        Client officer = client(Role.RISK_OFFICER);
        Response created = officer.send(HttpMethod.POST, "/api/v1/assets", asset("売上台帳", "OTHER"));
        String id = created.json().get("id").asString();
        assertThat(created.json().get("financialReporting").isNull()).isTrue();

        Map<String, Object> used = withVersion(asset("売上台帳", "OTHER"), 0);
        used.put("financialReporting", true);
        assertThat(officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, used)
                        .json()
                        .get("financialReporting")
                        .asBoolean())
                .isTrue();

        // a client that does not know the field replaces the details without it: the answer stays
        Response kept =
                officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, withVersion(asset("売上台帳（本社）", "OTHER"), 1));
        assertThat(kept.json().get("name").asString()).isEqualTo("売上台帳（本社）");
        assertThat(kept.json().get("financialReporting").asBoolean()).isTrue();
        assertThat(informationAssets.assetsOf(officer.user().organizationId(), List.of(UUID.fromString(id))))
                .singleElement()
                .satisfies(summary -> assertThat(summary.financialReporting()).isTrue());

        Map<String, Object> notKnown = withVersion(asset("売上台帳（本社）", "OTHER"), 2);
        notKnown.put("financialReporting", null);
        assertThat(officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, notKnown)
                        .json()
                        .get("financialReporting")
                        .isNull())
                .isTrue();

        Map<String, Object> wrong = withVersion(asset("売上台帳（本社）", "OTHER"), 3);
        wrong.put("financialReporting", "yes");
        assertRefused(officer.send(HttpMethod.PUT, "/api/v1/assets/" + id, wrong), 400, "financialReporting", "true");
    }

    private static void assertRefused(Response response, int status, String field, String messagePart) {
        assertThat(response.status()).as("status of %s", response.json()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).contains(field);
        assertThat(String.join(" ", response.errorMessages())).contains(messagePart);
    }

    static Map<String, Object> asset(String name, String... categories) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("name", name);
        asset.put("ownerDepartment", "営業本部");
        asset.put("description", null);
        asset.put("categories", List.of(categories));
        asset.put("assetValue", "HIGH");
        asset.put("riskTolerance", "LOW");
        asset.put("currentControls", "アクセス権は部門長が承認");
        asset.put("currentAnnualCost", 1_200_000);
        asset.put("currentServiceLevel", "平日9時〜18時、復旧目標1営業日");
        return asset;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("version", version);
        return copy;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private Client client(Role role) {
        return client(fixtures.userInNewOrganization(role));
    }

    private Client sameOrganization(Client other, Role role) {
        return client(fixtures.user(other.user().organizationId(), role));
    }

    private Client client(MekikiUser user) {
        return new Client(user, new BearerClient(url(""), fixtures.token(user)));
    }

    /** A user of an organisation, calling the API with their token. */
    record Client(MekikiUser user, BearerClient api) {

        Response send(HttpMethod method, String path, Object body) {
            return api.send(method, path, body);
        }

        ResponseEntity<byte[]> raw(HttpMethod method, String path, Object body) {
            return api.raw(method, path, body);
        }

        JsonNode list(String query) {
            return api.get("/api/v1/assets" + query).json();
        }
    }
}
