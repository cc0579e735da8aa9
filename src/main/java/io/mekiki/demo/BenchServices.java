package io.mekiki.demo;

import io.mekiki.identity.MekikiUser;
import io.mekiki.provider.Deployment;
import io.mekiki.provider.ProviderDetails;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bench organisation's ten services of five providers (two Japanese, two American, one European), each
 * with its own data and operation locations, so that the candidates' scopings differ.
 */
final class BenchServices {

    static final int COUNT = 10;

    private BenchServices() {}

    private record Maker(String name, String country, String parent, String note) {}

    private static final List<Maker> PROVIDERS = List.of(
            new Maker("株式会社さくら業務クラウド", "JP", null, "国内の業務系 SaaS と IaaS。東京・大阪の2拠点。"),
            new Maker("株式会社みなと情報基盤", "JP", null, "国内の IaaS。保守の一部を海外拠点に委託。"),
            new Maker("Redwood Software, Inc.", "US", "Redwood Holdings, Inc.", "米国の SaaS。東京リージョンあり。"),
            new Maker("Lakeside Cloud, LLC", "US", null, "米国の PaaS と分析基盤。"),
            new Maker("Rheinwerk Cloud GmbH", "DE", null, "ドイツの SaaS。EU 域内で運用、日本向けに東京リージョン。"));

    /** The services recorded, two per provider; the caller runs this as the risk officer. */
    static List<UUID> record(ProviderRegister providers, ServiceRegister services, MekikiUser riskOfficer) {
        List<UUID> recorded = new ArrayList<>();
        for (int p = 0; p < PROVIDERS.size(); p++) {
            Maker maker = PROVIDERS.get(p);
            UUID provider = providers
                    .register(
                            riskOfficer,
                            new ProviderDetails(
                                    maker.name(),
                                    maker.country(),
                                    maker.parent(),
                                    maker.parent() == null ? null : maker.country(),
                                    null,
                                    null,
                                    p % 2 == 0,
                                    null,
                                    String.valueOf(1998 + 3 * p),
                                    maker.note()))
                    .id();
            boolean japanese = "JP".equals(maker.country());
            for (int s = 0; s < 2; s++) {
                int n = 2 * p + s;
                List<String> data =
                        japanese ? (s == 0 ? List.of("JP") : List.of("JP", "SG")) : List.of("JP", maker.country());
                List<String> operation = japanese
                        ? (s == 0 ? List.of("JP", "US") : List.of("JP", "IN"))
                        : List.of(maker.country(), "JP", "IN");
                recorded.add(services.record(
                                riskOfficer,
                                new ServiceDetails(
                                        provider,
                                        maker.name()
                                                        .replaceAll(",? (Inc\\.|LLC|GmbH)$", "")
                                                        .replace("株式会社", "")
                                                + (s == 0 ? " Workspace" : " Platform"),
                                        s == 0
                                                ? ServiceModel.SAAS
                                                : (n % 4 == 1 ? ServiceModel.IAAS : ServiceModel.PAAS),
                                        Deployment.PUBLIC,
                                        data,
                                        !japanese,
                                        operation,
                                        maker.name(),
                                        maker.country(),
                                        japanese ? "日本法" : "所在国の法",
                                        japanese ? "東京地方裁判所" : "所在国の裁判所",
                                        new BigDecimal(s == 0 ? "99.9" : "99.95"),
                                        "稼働率に応じて月額料金の10〜30%を返金",
                                        s == 0 ? "平日 9:00–18:00" : "24時間365日",
                                        List.of("CSV", "JSON"),
                                        "契約終了から30日後に消去",
                                        n % 3 == 0,
                                        30,
                                        90 + 30 * s,
                                        n % 2 == 0 ? "利用しない" : "統計情報としてサービス改善に利用",
                                        "重大インシデントは24時間以内に通知",
                                        "第三者証明の報告書を提供",
                                        null,
                                        n % 5 == 0 ? Boolean.FALSE : null))
                        .id());
            }
        }
        return recorded;
    }
}
