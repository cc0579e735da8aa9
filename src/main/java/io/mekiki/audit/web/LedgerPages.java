package io.mekiki.audit.web;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerCheckpoint;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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

    LedgerPages(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    String ledger(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String type = LedgerApi.blankToNull(subjectType);
        String id = LedgerApi.blankToNull(subjectId);
        model.addAttribute("entries", ledger.entries(user.organizationId(), type, id, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("subjectTypes", ledger.subjectTypes(user.organizationId()));
        model.addAttribute("subjectType", type);
        model.addAttribute("subjectId", id);
        model.addAttribute("head", ledger.head(user.organizationId()));
        return "audit/ledger";
    }

    @GetMapping("/verify")
    String verify(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("verification", ledger.verify(user.organizationId()));
        model.addAttribute("head", ledger.head(user.organizationId()));
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
}
