package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDetails;
import io.mekiki.contract.ContractStatus;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.DeletionProof;
import io.mekiki.contract.ExitTerms;
import io.mekiki.contract.PeriodUnit;
import io.mekiki.contract.PricePeriod;
import io.mekiki.contract.TermsReview;
import io.mekiki.contract.TermsReviewAnswer;
import io.mekiki.contract.TermsReviewResult;
import io.mekiki.contract.TermsReviews;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract pages: the list, the new-contract form reached from the initiative page, and a contract's page
 * with its record, dates, terms document, terms review, deviations and exit terms, each with its form for
 * planners. A form posts and comes back to the page with a notice; a refusal shows the page again with every
 * problem in the summary of the form it concerns.
 */
@Controller
class ContractPages {

    private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)]\\.(\\w+)");

    private final Contracts contracts;
    private final TermsReviews reviews;
    private final Initiatives initiatives;
    private final MessageSource messages;

    ContractPages(Contracts contracts, TermsReviews reviews, Initiatives initiatives, MessageSource messages) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.initiatives = initiatives;
        this.messages = messages;
    }

    @GetMapping("/contracts")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = contracts.today(user.organizationId());
        model.addAttribute(
                "contracts",
                contracts.all(user.organizationId()).stream()
                        .map(contract -> ContractView.of(contract, today))
                        .toList());
        return "contract/list";
    }

    @GetMapping("/contracts/new")
    @PreAuthorize(Contracts.PLANNERS)
    String newContract(@AuthenticationPrincipal SignedInUser user, @RequestParam UUID initiativeId, Model model) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", ContractForm.empty());
        choices(model);
        return "contract/new";
    }

    @PostMapping("/contracts")
    @PreAuthorize(Contracts.PLANNERS)
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam UUID initiativeId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        ContractForm form = ContractForm.submitted(request);
        Map<String, String> problems = new LinkedHashMap<>();
        ContractDetails details = form.details(problems);
        if (details != null) {
            try {
                Contract created = contracts.create(user, initiativeId, details);
                redirect.addFlashAttribute("notice", "contract.notice.recorded");
                return "redirect:/contracts/" + created.id();
            } catch (RuleViolationException refused) {
                problems.put(field(refused, "form"), text(refused, locale));
            }
        }
        response.setStatus(422);
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", form);
        model.addAttribute("problems", resolved(problems, locale));
        choices(model);
        return "contract/new";
    }

    @GetMapping("/contracts/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        fill(user, id, model, null);
        return "contract/page";
    }

    @PostMapping("/contracts/{id}/record")
    @PreAuthorize(Contracts.PLANNERS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ContractForm form = ContractForm.submitted(request);
        Map<String, String> problems = new LinkedHashMap<>();
        ContractDetails details = form.details(problems);
        if (details == null) {
            return refused(user, id, model, locale, response, "record", problems, form);
        }
        return handle(
                user,
                id,
                "record",
                model,
                locale,
                response,
                redirect,
                "contract.notice.revised",
                form,
                () -> contracts.revise(user, id, version, details));
    }

    @PostMapping("/contracts/{id}/terms-document")
    @PreAuthorize(Contracts.PLANNERS)
    String attach(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile document,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return handle(
                user,
                id,
                "document",
                model,
                locale,
                response,
                redirect,
                "contract.notice.attached",
                null,
                () -> contracts.attachTermsDocument(user, id, ContractApi.upload(document)));
    }

    @GetMapping("/contracts/{id}/terms-document")
    void download(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Contracts.TermsDocumentFile file = contracts.termsDocument(user, id);
        FileDownload.write(
                file.document().fileName(),
                file.document().mediaType(),
                file.document().size(),
                file.document().sha256(),
                out -> out.write(file.content()),
                response);
    }

    @PostMapping("/contracts/{id}/terms-review")
    @PreAuthorize(Contracts.PLANNERS)
    String review(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        TermsReview review = reviews.review(user, id);
        List<TermsReviewAnswer> answers = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        for (TermsReview.Item item : review.items()) {
            String result = request.getParameter("result-" + item.itemId());
            if (result == null || result.isBlank()) {
                continue;
            }
            itemIds.add(item.itemId());
            answers.add(new TermsReviewAnswer(
                    item.itemId(),
                    result,
                    request.getParameter("clause-" + item.itemId()),
                    request.getParameter("note-" + item.itemId()),
                    request.getParameter("reason-" + item.itemId()),
                    request.getParameter("mitigation-" + item.itemId()),
                    item.special() ? "true".equals(request.getParameter("reconfirmed-" + item.itemId())) : null));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
        model.addAttribute("reviewTyped", typed);
        try {
            reviews.answer(user, id, answers);
            redirect.addFlashAttribute("notice", "contract.notice.reviewed");
            return "redirect:/contracts/" + id + "#terms-review";
        } catch (RuleViolationException refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            String field = refused.field();
            Matcher matcher = field == null ? null : ANSWER_FIELD.matcher(field);
            String key = matcher != null && matcher.matches()
                    ? matcher.group(2) + "-" + itemIds.get(Integer.parseInt(matcher.group(1)))
                    : "form";
            problems.put(key, text(refused, locale));
            return refused(user, id, model, locale, response, "review", problems, null);
        }
    }

    @PostMapping("/contracts/{id}/exit-terms")
    @PreAuthorize(Contracts.PLANNERS)
    String exitTerms(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        List<ExitTerms.DataReturnInput> returns = new ArrayList<>();
        String[] what = values(request, "what");
        Map<String, String> problems = new LinkedHashMap<>();
        for (int index = 0; index < what.length; index++) {
            String format = value(request, "format", index);
            String method = value(request, "method", index);
            String days = value(request, "days", index);
            if (what[index].isBlank() && format.isBlank() && method.isBlank() && days.isBlank()) {
                continue;
            }
            Integer number = null;
            if (!days.isBlank()) {
                try {
                    number = Integer.valueOf(days.strip());
                } catch (NumberFormatException notANumber) {
                    problems.put("dataReturns[" + returns.size() + "].days", "contract.error.number");
                }
            }
            returns.add(new ExitTerms.DataReturnInput(what[index], format, method, number));
        }
        if (!problems.isEmpty()) {
            return refused(user, id, model, locale, response, "exit", problems, null);
        }
        ExitTerms.Input input = new ExitTerms.Input(
                returns,
                request.getParameter("deletionMethod"),
                request.getParameter("deletionProof"),
                request.getParameter("deletionProofNote"));
        return handle(
                user,
                id,
                "exit",
                model,
                locale,
                response,
                redirect,
                "contract.notice.exitFixed",
                null,
                () -> contracts.fixExitTerms(user, id, version, input));
    }

    private String handle(
            SignedInUser user,
            UUID id,
            String form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            @Nullable ContractForm submitted,
            Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/contracts/" + id;
        } catch (RuleViolationException refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put(field(refused, "form"), text(refused, locale));
            return refused(user, id, model, locale, response, form, problems, submitted);
        }
    }

    private String refused(
            SignedInUser user,
            UUID id,
            Model model,
            Locale locale,
            HttpServletResponse response,
            String form,
            Map<String, String> problems,
            @Nullable ContractForm submitted) {
        response.setStatus(422);
        fill(user, id, model, submitted);
        model.addAttribute("refusedForm", form);
        model.addAttribute("problems", resolved(problems, locale));
        return "contract/page";
    }

    private void fill(SignedInUser user, UUID id, Model model, @Nullable ContractForm submitted) {
        Contract contract = contracts.contract(user, id);
        LocalDate today = contracts.today(user.organizationId());
        TermsReview review = reviews.review(user, id);
        model.addAttribute("contract", contract);
        model.addAttribute("view", ContractView.of(contract, today));
        model.addAttribute("initiative", initiatives.initiative(user, contract.initiativeId()));
        model.addAttribute("review", review);
        model.addAttribute("approved", review.approval() != null);
        model.addAttribute(
                "planner",
                user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("BUSINESS_OWNER"));
        model.addAttribute("editable", contract.status() != ContractStatus.ENDED);
        model.addAttribute("form", submitted != null ? submitted : ContractForm.of(contract));
        List<io.mekiki.contract.DataReturn> rows = new ArrayList<>(contract.dataReturns());
        rows.add(new io.mekiki.contract.DataReturn("", "", "", 0));
        model.addAttribute("returnRows", rows);
        choices(model);
    }

    private static void choices(Model model) {
        model.addAttribute("units", List.of(PeriodUnit.values()));
        model.addAttribute("pricePeriods", List.of(PricePeriod.values()));
        model.addAttribute("proofs", List.of(DeletionProof.values()));
        model.addAttribute("results", List.of(TermsReviewResult.values()));
    }

    private Map<String, String> resolved(Map<String, String> problems, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, text) -> texts.put(field, messages.getMessage(text, null, text, locale)));
        return texts;
    }

    private static String field(RuleViolationException refused, String otherwise) {
        return refused.field() == null ? otherwise : refused.field();
    }

    private String text(RuleViolationException refused, Locale locale) {
        return messages.getMessage(refused.messageCode(), refused.arguments(), refused.messageCode(), locale);
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String value(HttpServletRequest request, String name, int index) {
        String[] values = values(request, name);
        return index < values.length && values[index] != null ? values[index] : "";
    }
}
