package io.mekiki.operation.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.operation.ContinuationOutcome;
import io.mekiki.operation.ReviewDuePolicy;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import io.mekiki.operation.SupervisionReviews;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision review pages (ADR 038): the list with due dates, a review with its compiled year, the risk
 * officer's assessment and submission, the executive's continuation decision, and the organisation's rule for
 * due dates. A refused form comes back with the message on its field.
 */
@Controller
class ReviewPages {

    private final SupervisionReviews reviews;
    private final Contracts contracts;
    private final MessageSource messages;

    ReviewPages(SupervisionReviews reviews, Contracts contracts, MessageSource messages) {
        this.reviews = reviews;
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping("/reviews")
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID contractId,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        reviews.openDue(user.organizationId());
        SupervisionReviewStatus shown = Arrays.stream(SupervisionReviewStatus.values())
                .filter(candidate -> candidate.name().equals(status))
                .findFirst()
                .orElse(null);
        List<SupervisionReview> rows = reviews.all(user.organizationId()).stream()
                .filter(review -> contractId == null || review.contractId().equals(contractId))
                .filter(review -> shown == null || review.status() == shown)
                .toList();
        Map<UUID, String> titles = new LinkedHashMap<>();
        contracts.all(user.organizationId()).forEach(contract -> titles.put(contract.id(), contract.title()));
        model.addAttribute("rows", rows);
        model.addAttribute("titles", titles);
        model.addAttribute("today", reviews.today(user.organizationId()));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", SupervisionReviewStatus.values());
        model.addAttribute("contractId", contractId);
        model.addAttribute(
                "openable",
                user.roleNames().contains("RISK_OFFICER")
                        ? contracts.inForce(user.organizationId()).stream()
                                .filter(contract ->
                                        contractId == null || contract.id().equals(contractId))
                                .toList()
                        : List.<Contract>of());
        model.addAttribute("policy", reviews.policy(user.organizationId()));
        return "operation/reviews";
    }

    @PostMapping("/reviews")
    @PreAuthorize(SupervisionReviews.ASSESSORS)
    String open(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID contractId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            if (contractId == null) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.UNPROCESSABLE, "contractId", "review.error.required");
            }
            SupervisionReview opened = reviews.openEarly(user, contractId);
            redirect.addFlashAttribute("notice", message("review.notice.opened", locale, opened.year()));
            return "redirect:/reviews/" + opened.id();
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("refusal", message(violation.messageCode(), locale, violation.arguments()));
            return "redirect:/reviews" + (contractId == null ? "" : "?contractId=" + contractId);
        }
    }

    @GetMapping("/reviews/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model, Map.of(), Map.of());
    }

    @PostMapping("/reviews/{id}/assessment")
    @PreAuthorize(SupervisionReviews.ASSESSORS)
    String assess(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String narrative,
            @RequestParam(required = false) @Nullable String conclusion,
            @RequestParam(required = false) @Nullable String recommendedOutcome,
            @RequestParam(required = false) @Nullable Long version,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.assess(user, id, version, narrative, conclusion, recommendedOutcome);
            redirect.addFlashAttribute("notice", message("review.notice.assessed", locale));
            return "redirect:/reviews/" + id + "#assessment";
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("narrative", narrative);
            form.put("conclusion", conclusion);
            form.put("recommendedOutcome", recommendedOutcome);
            response.setStatus(violation.pageStatus().value());
            return page(user, id, model, form, errors(violation, locale));
        }
    }

    @PostMapping("/reviews/{id}/submit")
    @PreAuthorize(SupervisionReviews.ASSESSORS)
    String submit(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.submit(user, id);
            redirect.addFlashAttribute("notice", message("review.notice.submitted", locale));
            return "redirect:/reviews/" + id;
        } catch (RuleViolationException violation) {
            response.setStatus(violation.pageStatus().value());
            return page(
                    user,
                    id,
                    model,
                    Map.of(),
                    Map.of("form", message(violation.messageCode(), locale, violation.arguments())));
        }
    }

    @PostMapping("/reviews/{id}/decision")
    @PreAuthorize(SupervisionReviews.DECIDERS)
    String decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String rationale,
            @RequestParam(required = false) @Nullable String conditions,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> items = conditions == null ? List.of() : List.of(conditions.split("\\R"));
        try {
            SupervisionReview decided = reviews.decide(user, id, outcome, rationale, items);
            redirect.addFlashAttribute(
                    "notice",
                    message(
                            "review.notice.decided",
                            locale,
                            message(decided.outcome().messageKey(), locale)));
            return "redirect:/reviews/" + id;
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("outcome", outcome);
            form.put("rationale", rationale);
            form.put("conditions", conditions);
            response.setStatus(violation.pageStatus().value());
            return page(user, id, model, form, errors(violation, locale));
        }
    }

    @GetMapping("/reviews/rule")
    String rule(@AuthenticationPrincipal SignedInUser user, Model model) {
        ReviewDuePolicy policy = reviews.policy(user.organizationId());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("rule", policy.rule().name());
        form.put("daysAfter", policy.daysAfter());
        form.put(
                "fixedDay",
                policy.fixedDay() == null ? "" : policy.fixedDay().toString().substring(2));
        return rule(user, model, policy, form, Map.of());
    }

    @PostMapping("/reviews/rule")
    @PreAuthorize(SupervisionReviews.RULE_SETTERS)
    String setRule(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String daysAfter,
            @RequestParam(required = false) @Nullable String fixedDay,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("rule", rule);
        form.put("daysAfter", daysAfter);
        form.put("fixedDay", fixedDay);
        try {
            Integer days = null;
            if (daysAfter != null && !daysAfter.isBlank()) {
                try {
                    days = Integer.valueOf(daysAfter.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolationException(
                            RuleViolationException.Kind.UNPROCESSABLE,
                            "daysAfter",
                            "review.error.daysAfter",
                            ReviewDuePolicy.DAYS_AFTER_MAX);
                }
            }
            reviews.setPolicy(user, rule, days, fixedDay);
            redirect.addFlashAttribute("notice", message("review.notice.ruleSaved", locale));
            return "redirect:/reviews/rule";
        } catch (RuleViolationException violation) {
            response.setStatus(violation.pageStatus().value());
            return rule(user, model, reviews.policy(user.organizationId()), form, errors(violation, locale));
        }
    }

    private String rule(
            SignedInUser user,
            Model model,
            ReviewDuePolicy policy,
            Map<String, Object> form,
            Map<String, String> errors) {
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rules", ReviewDuePolicy.Rule.values());
        model.addAttribute(
                "canSet", user.roleNames().contains("ADMIN") || user.roleNames().contains("RISK_OFFICER"));
        return "operation/review-rule";
    }

    private String page(SignedInUser user, UUID id, Model model, Map<String, Object> form, Map<String, String> errors) {
        SupervisionReview review = reviews.review(user, id);
        LocalDate today = reviews.today(user.organizationId());
        Map<String, Object> values = new LinkedHashMap<>(form);
        values.putIfAbsent("narrative", review.narrative());
        values.putIfAbsent("conclusion", review.conclusion());
        values.putIfAbsent(
                "recommendedOutcome",
                review.recommendedOutcome() == null
                        ? null
                        : review.recommendedOutcome().name());
        var roles = user.roleNames();
        model.addAttribute("review", review);
        model.addAttribute("year", reviews.year(user, id));
        model.addAttribute(
                "contract",
                contracts.find(user.organizationId(), review.contractId()).orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        boolean noticeGiven = reviews.noticeGiven(user.organizationId(), review.initiativeId());
        model.addAttribute("noticeGiven", noticeGiven);
        model.addAttribute(
                "outcomes",
                noticeGiven ? new ContinuationOutcome[] {ContinuationOutcome.END} : ContinuationOutcome.values());
        model.addAttribute("canAssess", review.status().open() && roles.contains("RISK_OFFICER"));
        model.addAttribute(
                "canSubmit", review.status().open() && roles.contains("RISK_OFFICER") && review.narrative() != null);
        model.addAttribute(
                "canDecide", review.status() == SupervisionReviewStatus.APPROVED && roles.contains("EXECUTIVE"));
        return "operation/review";
    }

    private Map<String, String> errors(RuleViolationException violation, Locale locale) {
        String field = violation.field() == null ? "form" : violation.field();
        return Map.of(field, messages.getMessage(violation.messageCode(), violation.arguments(), locale));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
