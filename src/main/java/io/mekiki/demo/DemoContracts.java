package io.mekiki.demo;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDetails;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.ExitTerms;
import io.mekiki.contract.TermsReview;
import io.mekiki.contract.TermsReviewAnswer;
import io.mekiki.contract.TermsReviews;
import io.mekiki.identity.MekikiUser;
import io.mekiki.instruction.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The contract work of the demo and the bench data: an initiative in application gets its contract from the
 * chosen candidate, with the terms document, the terms review (every item conforming but the deviation given,
 * special items reconfirmed) and the exit terms, so that both application gates can be approved.
 */
@Component
class DemoContracts {

    /** A small PDF standing for the terms of use. */
    static final byte[] TERMS = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Contracts contracts;
    private final TermsReviews reviews;

    DemoContracts(Contracts contracts, TermsReviews reviews) {
        this.contracts = contracts;
        this.reviews = reviews;
    }

    /** A deviation from internal policy on one item of the review. */
    record Deviation(String itemId, String clause, String reason, String mitigation) {}

    /** Records the contract and does the work the application gates rest on, as the risk officer. */
    Contract contract(
            MekikiUser officer,
            UUID initiativeId,
            String plan,
            LocalDate startsOn,
            int termMonths,
            boolean renews,
            long monthlyPrice,
            @Nullable Deviation deviation) {
        return as(officer, () -> {
            Contract contract = contracts.create(
                    officer,
                    initiativeId,
                    new ContractDetails(
                            null,
                            plan,
                            "2026年4月版",
                            LocalDate.of(2026, 4, 1),
                            startsOn,
                            termMonths,
                            renews,
                            renews ? 12 : null,
                            new ContractDetails.Notice(3, "MONTHS"),
                            new ContractDetails.Notice(6, "MONTHS"),
                            new ContractDetails.Notice(30, "DAYS"),
                            "日本法",
                            "東京地方裁判所",
                            null,
                            BigDecimal.valueOf(monthlyPrice),
                            "JPY",
                            "MONTH"));
            contracts.attachTermsDocument(officer, contract.id(), new Upload("利用規約_2026年4月版.pdf", TERMS));
            TermsReview review = reviews.reviewOf(contract);
            List<TermsReviewAnswer> answers = new ArrayList<>();
            int clause = 1;
            for (TermsReview.Item item : review.items()) {
                if (deviation != null && deviation.itemId().equals(item.itemId())) {
                    answers.add(new TermsReviewAnswer(
                            item.itemId(),
                            "DEVIATES",
                            deviation.clause(),
                            null,
                            deviation.reason(),
                            deviation.mitigation(),
                            item.special()));
                } else {
                    answers.add(new TermsReviewAnswer(
                            item.itemId(), "CONFORMS", "第" + clause++ + "条", null, null, null, item.special()));
                }
            }
            reviews.answer(officer, contract.id(), answers);
            Contract current = contracts.contract(officer, contract.id());
            return contracts.fixExitTerms(
                    officer,
                    contract.id(),
                    current.version(),
                    new ExitTerms.Input(
                            List.of(
                                    new ExitTerms.DataReturnInput("全業務データ", "CSV（UTF-8）", "管理画面からのダウンロード", 30),
                                    new ExitTerms.DataReturnInput("添付ファイル", "元の形式のZIP", "事業者からの送付", 60)),
                            "本番環境とバックアップからの削除、暗号鍵の破棄",
                            "CERTIFICATE",
                            null));
        });
    }

    private static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
