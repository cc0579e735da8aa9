package io.mekiki.demo;

import io.mekiki.identity.MekikiUser;
import io.mekiki.instruction.Upload;
import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationDetails;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.Attestations;
import io.mekiki.provider.ContactDetails;
import io.mekiki.provider.Deployment;
import io.mekiki.provider.Provider;
import io.mekiki.provider.ProviderDetails;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.provider.SubprocessorDetails;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's providers, recorded by the risk officer: a Japanese SaaS provider registered under ISMAP
 * whose registration ends soon, with a SOC 2 type II report whose period ended two months ago (a bridge letter
 * carries it to today), one exception noted and two user-entity controls mapped to our side; and a US SaaS provider with a Japanese region whose SOC 2 type II report
 * period has ended, so that the risk officer's home has attestations to renew. Dates follow today.
 */
@Component
@Profile("demo")
class DemoProviders {

    private final ProviderRegister providers;
    private final ServiceRegister services;
    private final Attestations attestations;

    DemoProviders(ProviderRegister providers, ServiceRegister services, Attestations attestations) {
        this.providers = providers;
        this.services = services;
        this.attestations = attestations;
    }

    /** The services recorded, Japanese first; the caller runs this as the risk officer. */
    List<UUID> record(MekikiUser riskOfficer) {
        return List.of(japaneseSaas(riskOfficer), usSaasWithJapaneseRegion(riskOfficer));
    }

    private UUID japaneseSaas(MekikiUser riskOfficer) {
        LocalDate today = providers.today(riskOfficer.organizationId());
        Provider provider = providers.register(
                riskOfficer,
                new ProviderDetails(
                        "株式会社ミドリ会計クラウド",
                        "JP",
                        null,
                        null,
                        "株式会社ミドリ会計クラウド",
                        "3010401099999",
                        false,
                        480_000_000L,
                        "2009-04-01",
                        "会計・経費精算の SaaS。国内2拠点のデータセンターで運用。"));
        UUID id = provider.id();
        providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.ISMAP,
                        null,
                        "ミドリ会計 クラウド（SaaS）",
                        "ISMAP 運営委員会",
                        today.minusYears(2).plusDays(45),
                        today.plusDays(45)),
                null);
        providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.ISO_27001,
                        null,
                        "クラウドサービスの開発・運用",
                        "一般財団法人 日本品質保証機構",
                        today.minusYears(1),
                        today.plusYears(2)),
                null);
        providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.PRIVACY_MARK, null, "全社", "JIPDEC", today.minusYears(1), today.plusYears(1)),
                null);
        // the SOC 2 type II report: twelve months ending with the month before last, so that last month and this
        // one are a gap in the year that a bridge letter closes
        LocalDate thisMonth = today.withDayOfMonth(1);
        Attestation soc2 = providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.SOC2_TYPE2,
                        null,
                        "ミドリ会計 クラウドの開発・運用：セキュリティ、可用性",
                        "みどり監査法人",
                        thisMonth.minusMonths(13),
                        thisMonth.minusMonths(1).minusDays(1)),
                new Upload(
                        "midori-soc2-type2-summary.txt",
                        ("SOC 2 Type II report summary (demo)\nPeriod: " + thisMonth.minusMonths(13) + " to "
                                        + thisMonth.minusMonths(1).minusDays(1)
                                        + "\nOpinion: unqualified, one exception\n")
                                .getBytes(StandardCharsets.UTF_8)));
        attestations.addBridgeLetter(riskOfficer, id, soc2.id(), today, today);
        attestations.noteException(
                riskOfficer,
                id,
                soc2.id(),
                new Attestations.ExceptionInput(
                        "CC6.2 アクセス権の削除",
                        "退職者のアカウント25件のうち1件が、退職から35日間削除されていなかった（基準は5営業日以内）。",
                        "事業者は削除手続きを自動化済み。当社側でも四半期ごとに利用者アカウントを棚卸しする。"));
        attestations.addControl(
                riskOfficer,
                id,
                soc2.id(),
                new Attestations.ControlInput("利用者組織は、退職・異動した利用者のアカウントを速やかに無効にする。", riskOfficer.userId(), null));
        attestations.addControl(
                riskOfficer,
                id,
                soc2.id(),
                new Attestations.ControlInput("利用者組織は、管理者アカウントに多要素認証を設定する。", null, "情報セキュリティ規程 第12条（認証の強化）"));
        providers.addSubprocessor(riskOfficer, id, new SubprocessorDetails("東日本データセンター株式会社", "JP", "ハウジング（東京・大阪）"));
        providers.addContact(riskOfficer, id, new ContactDetails("伊藤 直子", "sales@midori-kaikei.example", "営業窓口"));
        providers.addContact(
                riskOfficer, id, new ContactDetails("セキュリティ窓口", "security@midori-kaikei.example", "インシデント・監査対応"));
        return services.record(
                        riskOfficer,
                        new ServiceDetails(
                                id,
                                "ミドリ会計 クラウド",
                                ServiceModel.SAAS,
                                Deployment.PUBLIC,
                                List.of("JP"),
                                false,
                                List.of("JP"),
                                "株式会社ミドリ会計クラウド",
                                "JP",
                                "日本法",
                                "東京地方裁判所",
                                new BigDecimal("99.9"),
                                "月間稼働率が99.9%を下回った場合、月額料金の10%を返金",
                                "平日 9:00–18:00（障害受付は24時間）",
                                List.of("CSV", "PDF"),
                                "契約終了から30日後に論理削除、90日後にバックアップを含めて消去",
                                true,
                                30,
                                180,
                                "統計情報として匿名加工したうえでサービス改善に利用",
                                "重大インシデントは24時間以内にメールで第一報",
                                "ISMAP の評価結果と ISO/IEC 27001 の証明書を提供。個別の立入監査は不可",
                                "仕訳の自動提案",
                                false))
                .id();
    }

    private UUID usSaasWithJapaneseRegion(MekikiUser riskOfficer) {
        LocalDate today = providers.today(riskOfficer.organizationId());
        Provider provider = providers.register(
                riskOfficer,
                new ProviderDetails(
                        "Northwind Collaboration, Inc.",
                        "US",
                        "Northwind Holdings, Inc.",
                        "US",
                        "ノースウィンド・ジャパン合同会社",
                        "2011001123456",
                        true,
                        null,
                        "2012",
                        "米国のグループウェア SaaS。2024年から東京リージョンを提供。契約相手は米国本社。"));
        UUID id = provider.id();
        LocalDate reportEnd = today.minusDays(60);
        providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.SOC2_TYPE2,
                        null,
                        "Northwind Workspace（全リージョン）：セキュリティ、可用性、機密保持",
                        "Example & Partners LLP",
                        reportEnd.minusYears(1).plusDays(1),
                        reportEnd),
                new Upload(
                        "northwind-soc2-type2-summary.txt",
                        ("SOC 2 Type II report summary (demo)\nPeriod: "
                                        + reportEnd.minusYears(1).plusDays(1) + " to " + reportEnd
                                        + "\nOpinion: unqualified\n")
                                .getBytes(StandardCharsets.UTF_8)));
        providers.addAttestation(
                riskOfficer,
                id,
                new AttestationDetails(
                        AttestationKind.ISO_27001,
                        null,
                        "Northwind Workspace",
                        "Example Certification Ltd.",
                        today.minusMonths(8),
                        today.plusMonths(28)),
                null);
        providers.addSubprocessor(
                riskOfficer,
                id,
                new SubprocessorDetails("Example Cloud Hosting LLC", "US", "Hosting (Tokyo and US regions)"));
        providers.addSubprocessor(
                riskOfficer, id, new SubprocessorDetails("Example Support Services Pvt. Ltd.", "IN", "24時間サポート"));
        providers.addContact(
                riskOfficer, id, new ContactDetails("山田 太郎", "japan-sales@northwind.example", "日本法人の営業担当"));
        return services.record(
                        riskOfficer,
                        new ServiceDetails(
                                id,
                                "Northwind Workspace",
                                ServiceModel.SAAS,
                                Deployment.PUBLIC,
                                List.of("JP", "US"),
                                true,
                                List.of("JP", "US", "IN"),
                                "Northwind Collaboration, Inc.",
                                "US",
                                "米国ワシントン州法",
                                "米国ワシントン州キング郡の裁判所",
                                new BigDecimal("99.95"),
                                "稼働率に応じて月額料金の10〜50%をクレジット",
                                "24時間365日（英語）、日本語は平日 9:00–18:00",
                                List.of("JSON", "CSV", "EML"),
                                "契約終了から30日後に削除。削除証明書は発行しない",
                                false,
                                30,
                                90,
                                "サービス改善のために利用状況のデータを利用",
                                "個人データの侵害は72時間以内に通知",
                                "SOC 2 報告書を NDA のもとで提供",
                                "文書要約、検索アシスタント",
                                null))
                .id();
    }
}
