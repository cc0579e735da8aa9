package io.mekiki.instruction;

import static io.mekiki.shared.LifeCyclePhase.APPLICATION;
import static io.mekiki.shared.LifeCyclePhase.CONTINUATION_TERMINATION;
import static io.mekiki.shared.LifeCyclePhase.OPERATION;
import static io.mekiki.shared.LifeCyclePhase.PREPARATION;
import static io.mekiki.shared.LifeCyclePhase.SELECTION;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The instructions the guide's life cycle (chapter 2) has executives give in each phase, written in
 * our own words. A template names the gate it prepares (codes of the initiative module) and the
 * catalogue's life-cycle items it concerns.
 */
final class InstructionTemplates {

    static final List<InstructionTemplate> ALL = List.of(
            template(
                    "PREP_SURVEY_ASSETS",
                    PREPARATION,
                    "PREPARATION_SURVEY_REVIEWED",
                    "預ける情報の価値とリスク許容度の調査",
                    "クラウドに移す予定の情報資産ごとに、事業にとっての重要度、漏えい・消失・停止が起きた場合にどこまで耐えられるか、"
                            + "該当する法的な区分（営業秘密、個人データ、税務関係書類など）を整理してください。資産台帳を更新したうえで、"
                            + "気になった点とあわせて報告してください。",
                    "Survey the value and risk tolerance of the information to be entrusted",
                    "For each information asset that is to move to the cloud, work out how much it matters to the business,"
                            + " how much leakage, loss or outage the business could bear, and which legal categories apply"
                            + " (trade secret, personal data, tax records and so on). Update the asset register and report,"
                            + " together with anything that caught your attention.",
                    "LC-PREP-ASSET-01"),
            template(
                    "PREP_SURVEY_CONTROLS",
                    PREPARATION,
                    "PREPARATION_SURVEY_REVIEWED",
                    "現在の社内対策・費用・サービスレベルの調査",
                    "同じ情報をいま社内でどう守り、どう運用しているか（アクセス管理、バックアップ、監視など）、年間にかかっている費用、"
                            + "稼働率や復旧までの時間の実績をまとめてください。クラウドと比べるときの出発点として報告してください。",
                    "Survey today's in-house controls, cost and service level",
                    "Describe how the same information is protected and run in-house today (access control, backups,"
                            + " monitoring and so on), what it costs per year, and the availability and recovery times actually"
                            + " achieved. Report it as the baseline the cloud offers will be compared with.",
                    "LC-PREP-CTRL-01"),
            template(
                    "PREP_PURPOSE_BENEFITS",
                    PREPARATION,
                    "PREPARATION_PURPOSE_APPROVED",
                    "導入の目的・便益・KPIの明確化",
                    "なぜこのクラウドサービスを使うのか、どの業務でどんな効果を見込むのかを文章にしてください。効果を測る指標（KPI）ごとに"
                            + "単位・現状値・目標値を示し、利用部門と合意した案として報告してください。",
                    "Clarify the purpose, benefits and KPIs",
                    "Put in writing why the cloud service is to be used and which effects are expected in which work. For each"
                            + " indicator that will measure the effect, give its unit, today's value and the target, and report"
                            + " the proposal as agreed with the business owner.",
                    "LC-PREP-PURPOSE-01"),
            template(
                    "PREP_CRITERIA_CHECKLIST",
                    PREPARATION,
                    "PREPARATION_CRITERIA_APPROVED",
                    "事業者選定基準と確認チェックリストの作成",
                    "調査の結果と導入の目的を踏まえ、事業者とサービスを比べるための基準（外せない条件、評価する観点とその重み）と、" + "重点的に確かめる事項のチェックリストの案を作って報告してください。",
                    "Draft the selection criteria and the checklist",
                    "Building on the survey and the purpose, draft the criteria for comparing providers and services (must-have"
                            + " conditions, aspects to score and their weights) and the checklist of points to verify with care,"
                            + " and report both drafts.",
                    "LC-PREP-CRIT-01",
                    "LC-PREP-CHECK-01"),
            template(
                    "PREP_POLICY_REVIEW",
                    PREPARATION,
                    "PREPARATION_POLICIES_REVIEWED",
                    "社内規程の見直し",
                    "情報セキュリティ規程、個人情報の取扱規程、文書の保存規程など、クラウドの利用に関わる社内規程を読み直してください。" + "改める必要がある箇所と改定案を報告してください。",
                    "Review the internal policies",
                    "Read again the internal rules that cloud use touches, such as the information security policy, the"
                            + " personal data handling rules and the records retention rules. Report where they need to change"
                            + " and how.",
                    "LC-PREP-POLICY-01"),
            template(
                    "SEL_COLLECT_COMPARE",
                    SELECTION,
                    "SELECTION_PROVIDER_SELECTED",
                    "事業者情報の収集と比較",
                    "候補の事業者・サービスについて、選定基準とチェックリストに沿って公開資料や質問への回答を集め、"
                            + "候補を横に並べた比較表にまとめて報告してください。重点確認事項は事業者に個別に確かめてください。",
                    "Collect and compare provider information",
                    "For each candidate provider and service, gather published documents and answers to your questions along"
                            + " the selection criteria and the checklist, and report them as a table that sets the candidates"
                            + " side by side. Confirm the points needing special care with each provider directly.",
                    "LC-SEL-COLLECT-01",
                    "LC-SEL-SPECIAL-01"),
            template(
                    "SEL_BALANCE",
                    SELECTION,
                    "SELECTION_ADOPTION_DECIDED",
                    "便益・リスク許容度・費用の比較評価",
                    "候補ごとに、得られる便益、残るリスクが許容できる範囲に収まるか、総費用を評価してください。" + "社内で運用を続ける場合とも比べ、導入すべきかどうかの意見を添えて報告してください。",
                    "Weigh benefit, risk tolerance and cost",
                    "For each candidate, assess the benefit gained, whether the remaining risk stays within what the business"
                            + " can bear, and the total cost. Compare with keeping the work in-house as well, and report with"
                            + " your opinion on whether to adopt a cloud service.",
                    "LC-SEL-BALANCE-01",
                    "LC-SEL-DECIDE-01"),
            template(
                    "APP_TERMS_SLA",
                    APPLICATION,
                    "APPLICATION_TERMS_APPROVED",
                    "利用規約とSLAの点検",
                    "申し込む版の利用規約とSLAを入手し、チェックリストと社内規程に照らして条項ごとに受け入れられるかを確かめてください。"
                            + "利用終了時のデータの返却と消去の条件も含め、問題のある条項と対応案を報告してください。",
                    "Check the terms of use and the SLA",
                    "Obtain the version of the terms of use and of the SLA you are signing up to, and check clause by clause"
                            + " whether they are acceptable against the checklist and the internal policies. Report the clauses"
                            + " that are a problem, including the rules for returning and deleting data at the end, with a"
                            + " proposal for each.",
                    "LC-APP-TERMS-01",
                    "LC-APP-SLA-01",
                    "LC-APP-EXIT-01"),
            template(
                    "APP_SPECIAL_RECONFIRM",
                    APPLICATION,
                    "APPLICATION_SPECIAL_ITEMS_RECONFIRMED",
                    "特に確認した事項の再確認",
                    "選定のときに特に確かめた事項（データの保管場所、再委託先、第三者認証の状況など）が、申込みの時点でも変わっていないかを" + "事業者に確かめ、結果を報告してください。",
                    "Re-confirm the special check items",
                    "Ask the provider whether the points checked with special care during selection (where data is kept,"
                            + " subcontractors, third-party certifications and so on) still hold at the time of signing up,"
                            + " and report the answers.",
                    "LC-APP-SPECIAL-01"),
            template(
                    "OPS_MONITOR",
                    OPERATION,
                    null,
                    "SLAとインシデントの監視",
                    "SLAの達成状況と発生したインシデントを定期的に記録してください。目標を下回ったときや影響の大きい事象を見つけたときは、" + "原因と対策案を添えてすぐに報告してください。",
                    "Monitor the SLA and incidents",
                    "Record regularly how the SLA is met and which incidents occurred. When a target is missed or you find an"
                            + " event with serious impact, report it at once with its cause and a proposed countermeasure.",
                    "LC-OPS-SLA-01",
                    "LC-OPS-FIND-01"),
            template(
                    "OPS_CONTINGENCY",
                    OPERATION,
                    null,
                    "不測の事態への備えの確認",
                    "広い地域にわたる災害や大規模な情報漏えいが起きたときに、連絡の流れ、判断する人、代わりの手段、事業者と連携する手順が" + "整っているかを確かめ、足りない点を報告してください。",
                    "Check contingency preparedness",
                    "Check that, for a disaster affecting a wide area or a large data leak, the lines of communication, the"
                            + " people who decide, the fallback means and the procedure for working with the provider are in"
                            + " place, and report what is missing.",
                    "LC-OPS-DISASTER-01",
                    "LC-OPS-BREACH-01"),
            template(
                    "CONT_ATTESTATIONS",
                    CONTINUATION_TERMINATION,
                    "CONTINUATION_SUPERVISION_APPROVED",
                    "第三者による証明の収集（年次の監督状況レビュー）",
                    "年に一度の委託先の監督状況のレビューに向けて、事業者の保証報告書や認証の最新の状況を入手してください。" + "前の年からの変化と気になる点をまとめて報告してください。",
                    "Gather third-party attestations for the yearly supervision review",
                    "For the yearly review of how the provider is supervised, obtain the provider's latest assurance reports"
                            + " and certifications. Report what changed since last year and anything of concern.",
                    "LC-END-REVIEW-01"),
            template(
                    "CONT_DECISION_BASIS",
                    CONTINUATION_TERMINATION,
                    "CONTINUATION_DECIDED",
                    "継続か終了かを判断する材料の整理",
                    "KPIの実績、SLAの達成状況、費用、リスクの変化をまとめ、利用を続けるか終えるかを判断するための材料として報告してください。",
                    "Prepare the basis for continuing or ending",
                    "Summarise the KPI results, how the SLA was met, the cost and how the risks have changed, and report them"
                            + " as the basis for deciding whether to continue or end the use.",
                    "LC-END-DECIDE-01",
                    "LC-OPS-KPI-01"),
            template(
                    "END_DATA_RETURN",
                    CONTINUATION_TERMINATION,
                    "TERMINATION_DATA_RETURNED",
                    "データ返却の計画と確認",
                    "利用を終えるにあたり、返してもらうデータの範囲・形式・期日を計画してください。受け取ったデータが欠けずに使えることを" + "確かめて報告し、法定の保存期間が残る記録の移し先も示してください。",
                    "Plan and confirm the return of data",
                    "For the end of the use, plan which data is to be handed back, in which format and by when. Report once"
                            + " you have verified that the data received is complete and usable, and say where records that"
                            + " must still be kept by law will go.",
                    "LC-END-RETURN-01",
                    "LC-END-RETAIN-01"),
            template(
                    "END_DELETION_EVIDENCE",
                    CONTINUATION_TERMINATION,
                    "TERMINATION_DELETION_CONFIRMED",
                    "消去の証跡の入手",
                    "事業者の環境に残るデータ（バックアップを含む）が消去されたことを示す証明書か、それに代わる確認の結果を入手し、" + "アカウントなどの廃止の状況とあわせて報告してください。",
                    "Obtain evidence of deletion",
                    "Obtain a certificate, or the result of an equivalent check, showing that the data left with the provider"
                            + " (backups included) has been deleted, and report it together with the closing of accounts and"
                            + " similar access.",
                    "LC-END-DELETE-01"));

    private InstructionTemplates() {}

    static List<InstructionTemplate> of(LifeCyclePhase phase) {
        return ALL.stream().filter(template -> template.phase() == phase).toList();
    }

    static Optional<InstructionTemplate> byCode(@Nullable String code) {
        return ALL.stream().filter(template -> template.code().equals(code)).findFirst();
    }

    private static InstructionTemplate template(
            String code,
            LifeCyclePhase phase,
            @Nullable String gateTopic,
            String titleJa,
            String descriptionJa,
            String titleEn,
            String descriptionEn,
            String... checkItemIds) {
        return new InstructionTemplate(
                code,
                phase,
                gateTopic,
                new LocalizedText(titleJa, titleEn),
                new LocalizedText(descriptionJa, descriptionEn),
                List.of(checkItemIds));
    }
}
