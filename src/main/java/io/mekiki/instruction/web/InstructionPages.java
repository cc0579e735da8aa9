package io.mekiki.instruction.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.instruction.AttachmentSettings;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionRuleViolation;
import io.mekiki.instruction.InstructionSearch;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.ReturnPaths;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruction pages: my instructions, one instruction with its reports and reviews and the forms
 * to act on it, downloads, and the issue form that other pages embed.
 */
@Controller
@RequestMapping("/instructions")
class InstructionPages {

    static final String EXECUTIVES = "hasRole('EXECUTIVE')";

    private static final int PAGE_SIZE = 50;

    private final Instructions instructions;
    private final CatalogReleases catalog;
    private final AttachmentSettings attachments;
    private final MessageSource messages;

    InstructionPages(
            Instructions instructions,
            CatalogReleases catalog,
            AttachmentSettings attachments,
            MessageSource messages) {
        this.instructions = instructions;
        this.catalog = catalog;
        this.attachments = attachments;
        this.messages = messages;
    }

    /**
     * The instructions assigned to the user, those an executive issued, or all of the organisation's,
     * sorted and paged, each with what it concerns.
     */
    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String show,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            Model model) {
        boolean executive = isExecutive(user);
        Show shown = Show.of(show, executive);
        InstructionStatus state = status(status);
        InstructionSearch search = new InstructionSearch(
                null,
                null,
                shown == Show.ASSIGNED ? user.userId() : null,
                state,
                false,
                shown == Show.ISSUED ? user.userId() : null);
        ListOrder order = ListOrder.parseOrDefault(sort, Instructions.DEFAULT_ORDER, Instructions.SORT_KEYS);
        int pageSize = Math.max(1, Math.min(size, ListPage.MAX_SIZE));
        ListPage<Instruction> found = instructions.page(user, search, order, page, pageSize);
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("show", shown.parameter());
        filters.put("status", state == null ? null : state.name());
        filters.put("size", pageSize == PAGE_SIZE ? null : String.valueOf(pageSize));
        model.addAttribute("executive", executive);
        model.addAttribute("show", shown.parameter());
        model.addAttribute(
                "shows", Show.choices(executive).stream().map(Show::parameter).toList());
        model.addAttribute("status", state);
        model.addAttribute("statuses", InstructionStatus.values());
        model.addAttribute("rows", found.items());
        model.addAttribute("titles", instructions.subjectTitles(user.organizationId(), found.items()));
        model.addAttribute("links", ListLinks.of("/instructions", filters, order, found));
        model.addAttribute("today", instructions.today(user.organizationId()));
        return "instruction/list";
    }

    /** Whose instructions the list shows. */
    enum Show {
        ASSIGNED,
        ISSUED,
        ALL;

        /** What the parameter asks for; executives see what they issued first, everyone else what they were given. */
        static Show of(@Nullable String parameter, boolean executive) {
            for (Show show : choices(executive)) {
                if (show.parameter().equals(parameter)) {
                    return show;
                }
            }
            return executive ? ISSUED : ASSIGNED;
        }

        /** Only executives issue instructions. */
        static List<Show> choices(boolean executive) {
            return executive ? List.of(ISSUED, ASSIGNED, ALL) : List.of(ASSIGNED, ALL);
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static @Nullable InstructionStatus status(@Nullable String status) {
        for (InstructionStatus candidate : InstructionStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return null;
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale, Model model) {
        Instruction instruction = instructions.instruction(user, id);
        LocalDate today = instructions.today(user.organizationId());
        boolean assignee = instruction.assignee().equals(user.userId());
        model.addAttribute("instruction", instruction);
        model.addAttribute("today", today);
        model.addAttribute("overdue", instruction.overdue(today));
        model.addAttribute("checkItems", checkItems(user, instruction, locale));
        model.addAttribute(
                "reviews",
                instruction.reviews().stream()
                        .collect(Collectors.toMap(
                                Instruction.Review::reportId, review -> review, (first, second) -> second)));
        model.addAttribute("canReport", assignee && instruction.status() == InstructionStatus.OPEN);
        model.addAttribute(
                "canReview", isExecutive(user) && !assignee && instruction.status() == InstructionStatus.REPORTED);
        model.addAttribute("maxMegabytes", attachments.maxMegabytes());
        model.addAttribute("maxBytes", attachments.maxSize().toBytes());
        model.addAttribute("maxFiles", attachments.maxFiles());
        return "instruction/detail";
    }

    @PostMapping("/{id}/reports")
    String report(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                () -> instructions.report(user, id, text, InstructionApi.uploads(files == null ? List.of() : files)),
                "instruction.notice.reported",
                "reportText",
                text,
                id,
                locale,
                redirect);
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize(EXECUTIVES)
    String accept(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String comment,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                () -> instructions.accept(user, id, comment),
                "instruction.notice.accepted",
                "reviewComment",
                comment,
                id,
                locale,
                redirect);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(EXECUTIVES)
    String sendBack(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String comment,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                () -> instructions.sendBack(user, id, comment),
                "instruction.notice.sentBack",
                "reviewComment",
                comment,
                id,
                locale,
                redirect);
    }

    @GetMapping("/attachments/{attachmentId}")
    void download(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID attachmentId, HttpServletResponse response)
            throws IOException {
        var attachment = instructions.attachment(user, attachmentId);
        FileDownload.write(
                attachment.fileName(),
                attachment.mediaType(),
                attachment.size(),
                attachment.sha256(),
                attachment.content()::writeTo,
                response);
    }

    @GetMapping("/new")
    @PreAuthorize(EXECUTIVES)
    String newInstruction(
            @ModelAttribute("issueForm") IssueForm form, Locale locale, HttpServletResponse response, Model model) {
        if (form.getSubjectType().isBlank() || form.getSubjectId().isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("missingSubject", true);
        }
        template(form).ifPresent(template -> form.fillFrom(template, locale));
        model.addAttribute("issueErrors", Map.of());
        model.addAttribute("backTo", ReturnPaths.safe(form.getReturnTo(), null));
        return "instruction/new";
    }

    @PostMapping
    @PreAuthorize(EXECUTIVES)
    String issue(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("issueForm") IssueForm form,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        template(form).ifPresent(template -> form.fillFrom(template, locale));
        Map<String, String> malformed = new LinkedHashMap<>();
        NewInstruction request = form.instruction(malformed);
        Map<String, String> errors = new LinkedHashMap<>();
        malformed.forEach((field, code) -> errors.put(field, messages.getMessage(code, null, locale)));
        if (request != null) {
            try {
                Instruction issued = instructions.issue(user, request);
                redirect.addFlashAttribute("notice", message("instruction.notice.issued", locale, issued.title()));
                return ReturnPaths.redirect(form.getReturnTo(), "/instructions/" + issued.id());
            } catch (InstructionRuleViolation | UnknownReferenceException violation) {
                String field = violation.field() == null ? "form" : violation.field();
                errors.put(field, messages.getMessage(violation.messageCode(), violation.arguments(), locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("issueErrors", errors);
        model.addAttribute("backTo", ReturnPaths.safe(form.getReturnTo(), null));
        return "instruction/new";
    }

    /** The fields a template fills, re-rendered by htmx when the user picks a template. */
    @GetMapping("/template-fields")
    @PreAuthorize(EXECUTIVES)
    String templateFields(@ModelAttribute("form") IssueForm form, Locale locale, Model model) {
        template(form).ifPresent(template -> form.replaceWith(template, locale));
        model.addAttribute("phaseName", form.getPhase());
        model.addAttribute("prefix", "issue-" + (form.getPhase().isBlank() ? "any" : form.getPhase()));
        model.addAttribute("errors", Map.of());
        return "instruction/parts :: issue-fields";
    }

    private String act(
            Supplier<Instruction> action,
            String notice,
            String inputName,
            @Nullable String input,
            UUID id,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", message(notice, locale));
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage(violation.messageCode(), violation.arguments(), locale));
            redirect.addFlashAttribute(inputName, input);
        } catch (AccessDeniedException notTheAssignee) {
            redirect.addFlashAttribute("problem", message("instruction.error.notAssignee", locale));
        }
        return "redirect:/instructions/" + id;
    }

    private Optional<InstructionTemplate> template(IssueForm form) {
        return form.getTemplateCode().isBlank() ? Optional.empty() : instructions.template(form.getTemplateCode());
    }

    /** The instruction's check items with their titles in the current catalogue, where it still has them. */
    private List<CheckItemLabel> checkItems(SignedInUser user, Instruction instruction, Locale locale) {
        if (instruction.checkItemIds().isEmpty()) {
            return List.of();
        }
        CatalogRelease release = catalog.current(user.organizationId());
        return instruction.checkItemIds().stream()
                .map(itemId -> new CheckItemLabel(
                        itemId,
                        release.item(itemId)
                                .map(item -> item.title().in(locale))
                                .orElse(null)))
                .toList();
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static boolean isExecutive(SignedInUser user) {
        return user.roleNames().contains("EXECUTIVE");
    }

    /** A check item as the page names it; the title is null when the current catalogue lacks the item. */
    record CheckItemLabel(String id, @Nullable String title) {}
}
