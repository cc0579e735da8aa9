package io.mekiki.catalog;

/**
 * Small but complete catalogue releases as an administrator would upload them: one YAML file with the
 * release, one reference, the seven risks and two items with words that occur nowhere else.
 */
public final class TestReleases {

    /** Words that only the items of {@link #valid(String)} contain, in Japanese and in English. */
    public static final String JAPANESE_WORD = "鶴亀算";

    public static final String ENGLISH_WORD = "Zanzibar";

    private TestReleases() {}

    public static String valid(String releaseId) {
        return """
                release:
                  id: "%s"
                  publishedOn: 2026-12-01
                  title: {ja: "試験用リリース", en: "Test release"}
                  notes: {ja: "試験のためのリリースです。", en: "A release for tests."}
                references:
                  - id: APPI
                    kind: LAW
                    name: {ja: "個人情報の保護に関する法律", en: "Act on the Protection of Personal Information"}
                    shortName: {ja: "個人情報保護法", en: "APPI"}
                    issuer: {ja: "個人情報保護委員会", en: "Personal Information Protection Commission"}
                    articles:
                      - {article: {ja: "第25条", en: "Art. 25"}, summary: {ja: "委託先の監督", en: "Supervision of entrusted parties"}}
                    confidence: CONFIRMED
                risks:
                  - {id: GOVERNANCE_LOSS, name: {ja: "ガバナンスの喪失", en: "Loss of governance"}, description: {ja: "説明", en: "Description"}}
                  - {id: COMPLIANCE_VIOLATION, name: {ja: "法令違反", en: "Compliance violation"}, description: {ja: "説明", en: "Description"}}
                  - {id: SUBCONTRACTING, name: {ja: "再委託", en: "Subcontracting"}, description: {ja: "説明", en: "Description"}}
                  - {id: SUDDEN_TERMINATION, name: {ja: "突然の終了", en: "Sudden termination"}, description: {ja: "説明", en: "Description"}}
                  - {id: LOCK_IN, name: {ja: "ロックイン", en: "Lock-in"}, description: {ja: "説明", en: "Description"}}
                  - {id: INCOMPLETE_DELETION, name: {ja: "不完全な消去", en: "Incomplete deletion"}, description: {ja: "説明", en: "Description"}}
                  - {id: OVERSEAS_DATA, name: {ja: "海外のデータ", en: "Data abroad"}, description: {ja: "説明", en: "Description"}}
                items:
                  - id: PD-TEST-01
                    section: PERSONAL_DATA
                    phase: SELECTION
                    title: {ja: "委託先の監督を鶴亀算で確かめる", en: "Check supervision the Zanzibar way"}
                    guidance: {ja: "試験用の解説です。", en: "Guidance for tests."}
                    question: {ja: "試験用の質問ですか。", en: "Is this a question for tests?"}
                    evidence: {ja: "試験用の証跡", en: "Evidence for tests"}
                    basis:
                      - ref: APPI
                        article: {ja: "第25条", en: "Art. 25"}
                    confidence: CONFIRMED
                    appliesWhen: {}
                    risks: [GOVERNANCE_LOSS]
                    weight: 3
                  - id: LC-TEST-01
                    section: LIFECYCLE
                    phase: PREPARATION
                    title: {ja: "目的を記録する", en: "Record the purpose"}
                    guidance: {ja: "目的を残します。", en: "Keep the purpose."}
                    question: {ja: "目的を記録しましたか。", en: "Is the purpose recorded?"}
                    evidence: {ja: "記録", en: "Record"}
                    basis: []
                    confidence: UNCONFIRMED
                    appliesWhen: {listed: true}
                    risks: [LOCK_IN]
                    weight: 2
                """.formatted(releaseId);
    }
}
