package io.mekiki.audit.web;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.AuditLedger.LedgerActor;
import io.mekiki.audit.AuditLedger.LedgerPage;
import io.mekiki.audit.LedgerCheckpoint;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'EXECUTIVE')")
class LedgerPages {

    private static final int PAGE_SIZE = 50;

    private final AuditLedger ledger;
    private final LedgerReading reading;
    private final OrganizationTime time;

    LedgerPages(AuditLedger ledger, LedgerReading reading, OrganizationTime time) {
        this.ledger = ledger;
        this.reading = reading;
        this.time = time;
    }

    /** A choice of a filter: the value sent and the label shown. */
    record Choice(String value, String label) {}

    @GetMapping
    String ledger(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        LedgerSearch search = new LedgerSearch(subjectType, subjectId, subject, actor, action, from, to);
        LedgerPage entries = ledger.entries(
                user.organizationId(),
                search.filter(user.organizationId(), time.zoneOf(user.organizationId()), reading),
                Math.max(0, page),
                PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("readable", reading.read(user.organizationId(), entries.entries(), locale));
        model.addAttribute("search", search);
        model.addAttribute(
                "subjectTypes",
                choices(ledger.subjectTypes(user.organizationId()).stream()
                        .map(type -> new Choice(type, reading.subjectTypeLabel(type, locale)))));
        model.addAttribute(
                "actors",
                choices(ledger.actors(user.organizationId()).stream()
                        .map(person -> new Choice(person.actorId(), actorLabel(person, locale)))));
        model.addAttribute(
                "actions",
                choices(ledger.actions(user.organizationId()).stream()
                        .map(code -> new Choice(code, reading.actionLabel(code, locale)))));
        model.addAttribute("head", ledger.head(user.organizationId()));
        return "audit/ledger";
    }

    @GetMapping("/verify")
    String verify(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("verification", ledger.verify(user.organizationId()));
        model.addAttribute("head", ledger.head(user.organizationId()));
        model.addAttribute("span", ledger.span(user.organizationId()).orElse(null));
        return "audit/verification :: result";
    }

    @GetMapping("/checkpoint")
    ResponseEntity<LedgerCheckpoint> checkpoint(@AuthenticationPrincipal SignedInUser user) {
        LedgerCheckpoint checkpoint = ledger.checkpoint(user.organizationId());
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"mekiki-ledger-checkpoint-" + checkpoint.lastSequence() + ".json\"")
                .body(checkpoint);
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        response.setContentType(LedgerApi.JSON_LINES);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"mekiki-ledger.jsonl\"");
        ledger.export(
                user.organizationId(), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private String actorLabel(LedgerActor person, Locale locale) {
        return LedgerReading.SYSTEM_ACTOR.equals(person.actorId())
                ? reading.actorLabel(locale)
                : LedgerReading.personName(person.actorName());
    }

    private static List<Choice> choices(java.util.stream.Stream<Choice> choices) {
        return choices.sorted(Comparator.comparing(Choice::label)).toList();
    }
}
