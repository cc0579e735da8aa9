package io.mekiki.exit;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractChange;
import io.mekiki.contract.Contracts;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionChange;
import io.mekiki.decision.Decisions;
import io.mekiki.exit.internal.ExitStore;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier of a closed initiative (ADR 040): one ZIP an auditor can keep apart from Mekiki. {@code dossier.html}
 * for a person (the initiative, its contract, its decisions, the exit's plan, returns and deletion evidence, the
 * ledger extract), the same as JSON ({@code initiative.json}, {@code contract.json}, {@code decisions.json}, {@code
 * exit.json}), the ledger entries of the initiative, its contract, its decisions and its exit exactly as chained
 * ({@code ledger.json}, with their hashes, to check against the ledger's verification), and the deletion
 * certificates as filed.
 */
@Service
public class ExitDossier {

    private static final int LEDGER_PAGE = 200;
    private static final int LEDGER_PAGES_MAX = 50;

    private final Exits exits;
    private final ExitStore store;
    private final Initiatives initiatives;
    private final Contracts contracts;
    private final Decisions decisions;
    private final AuditLedger ledger;
    private final JsonMapper json;

    ExitDossier(
            Exits exits,
            ExitStore store,
            Initiatives initiatives,
            Contracts contracts,
            Decisions decisions,
            AuditLedger ledger,
            JsonMapper json) {
        this.exits = exits;
        this.store = store;
        this.initiatives = initiatives;
        this.contracts = contracts;
        this.decisions = decisions;
        this.ledger = ledger;
        this.json = json;
    }

    /** The dossier's file name, e.g. {@code mekiki-exit-<id>.zip}. */
    public static String fileName(Exit exit) {
        return "mekiki-exit-" + exit.id() + ".zip";
    }

    /**
     * The ZIP of the exit's closed initiative.
     *
     * @throws NotFoundException when the exit is not the organisation's
     * @throws RuleViolationException 409 while the initiative is not closed
     */
    @Transactional(readOnly = true)
    public byte[] zip(SignedInUser user, Exit exit) {
        if (!exit.closed()) {
            throw RuleViolationException.conflict("exit.error.notClosed");
        }
        Initiative initiative = initiatives.initiative(user, exit.initiativeId());
        Contract contract = contracts.contract(user, exit.contractId());
        List<Decision> made = decisions.ofSubject(user.organizationId(), Initiatives.subject(initiative.id()));
        List<LedgerEntry> entries = new ArrayList<>();
        entries.addAll(
                entries(user, InitiativeChange.INITIATIVE, initiative.id().toString()));
        entries.addAll(entries(user, ContractChange.CONTRACT, contract.id().toString()));
        entries.addAll(entries(user, ExitChange.EXIT, exit.id().toString()));
        for (Decision decision : made) {
            entries.addAll(entries(user, DecisionChange.DECISION, decision.id().toString()));
        }
        entries.sort(Comparator.comparingLong(LedgerEntry::sequence));
        Map<String, Object> initiativeFacts = new LinkedHashMap<>();
        initiativeFacts.put("id", initiative.id());
        initiativeFacts.put("title", initiative.title());
        initiativeFacts.put("phase", initiative.phase().name());
        initiativeFacts.put("year", initiative.year());
        initiativeFacts.put("plan", initiative.plan());
        Map<String, Object> contractFacts = new LinkedHashMap<>();
        contractFacts.put("id", contract.id());
        contractFacts.put("title", contract.title());
        contractFacts.put("status", contract.status().name());
        contractFacts.putAll(contract.recordFacts());
        contractFacts.put("exitTerms", contract.exitFacts());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(
                    zip,
                    "dossier.html",
                    html(initiative, contract, made, exit, entries).getBytes(StandardCharsets.UTF_8));
            put(zip, "initiative.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(initiativeFacts));
            put(zip, "contract.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(contractFacts));
            put(zip, "decisions.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(made));
            put(zip, "exit.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(exit));
            put(zip, "ledger.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
            for (Exit.DeletionEvidence evidence : exit.deletionEvidence()) {
                if (evidence.fileName() != null) {
                    byte[] content = store.certificate(exit.id(), evidence.id()).orElse(new byte[0]);
                    put(zip, "certificates/" + evidence.fileSha256() + "-" + safe(evidence.fileName()), content);
                }
            }
        } catch (IOException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
        return bytes.toByteArray();
    }

    private List<LedgerEntry> entries(SignedInUser user, String type, String id) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int page = 0; page < LEDGER_PAGES_MAX; page++) {
            AuditLedger.LedgerPage found = ledger.entries(user.organizationId(), type, id, page, LEDGER_PAGE);
            all.addAll(found.entries());
            if (found.entries().size() < LEDGER_PAGE) {
                break;
            }
        }
        return all;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String safe(String fileName) {
        return fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    /** A plain page in both languages' facts (the values as recorded), readable without Mekiki. */
    private static String html(
            Initiative initiative, Contract contract, List<Decision> made, Exit exit, List<LedgerEntry> entries) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
                .append(e(initiative.title()))
                .append(
                        " — dossier</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                                + "td,th{border:1px solid #999;padding:.2em .4em;vertical-align:top}</style></head><body>");
        page.append("<h1>").append(e(initiative.title())).append("</h1>");
        page.append("<p>導入案件 / Initiative: ")
                .append(e(initiative.id().toString()))
                .append(" — ")
                .append(e(initiative.phase().name()))
                .append("</p>");
        page.append("<h2>契約 / Contract</h2><p>")
                .append(e(contract.title()))
                .append(" — ")
                .append(e(contract.status().name()))
                .append("</p>");
        page.append("<h2>経営判断 / Decisions</h2><table><tr><th>topic</th><th>title</th><th>outcome</th><th>by</th>"
                + "<th>at</th><th>rationale</th><th>basis SHA-256</th></tr>");
        for (Decision decision : made) {
            page.append("<tr><td>")
                    .append(e(decision.topic()))
                    .append("</td><td>")
                    .append(e(decision.title()))
                    .append("</td><td>")
                    .append(e(String.valueOf(decision.outcome())))
                    .append("</td><td>")
                    .append(e(String.valueOf(decision.decidedByName())))
                    .append("</td><td>")
                    .append(e(String.valueOf(decision.decidedAt())))
                    .append("</td><td>")
                    .append(e(String.valueOf(decision.rationale())))
                    .append("</td><td>")
                    .append(e(decision.basisHash()))
                    .append("</td></tr>");
        }
        page.append("</table>");
        page.append("<h2>終了計画 / Exit plan</h2><p>")
                .append(e(exit.origin().name()))
                .append(", ends ")
                .append(e(exit.endsOn().toString()))
                .append("; deletion: ")
                .append(e(String.valueOf(exit.deletionMethod())))
                .append(" (")
                .append(e(String.valueOf(exit.deletionProof())))
                .append(")</p>");
        page.append("<h2>データ返却 / Data returns</h2><table><tr><th>data set</th><th>format</th><th>deadline</th>"
                + "<th>received</th><th>records</th><th>expected</th><th>checksum</th><th>check</th><th>by</th></tr>");
        for (Exit.DataSet set : exit.dataSets()) {
            for (Exit.DataReturn ret : set.returns()) {
                page.append("<tr><td>")
                        .append(e(set.what()))
                        .append("</td><td>")
                        .append(e(set.format()))
                        .append("</td><td>")
                        .append(e(set.deadline().toString()))
                        .append("</td><td>")
                        .append(e(ret.receivedOn().toString()))
                        .append("</td><td>")
                        .append(e(String.valueOf(ret.recordCount())))
                        .append("</td><td>")
                        .append(e(String.valueOf(ret.expectedCount())))
                        .append("</td><td>")
                        .append(e(String.valueOf(ret.checksum())))
                        .append("</td><td>")
                        .append(ret.complete() ? "complete" : "incomplete: " + e(String.valueOf(ret.missing())))
                        .append("</td><td>")
                        .append(e(ret.checkedByName()))
                        .append("</td></tr>");
            }
        }
        page.append("</table><h2>消去証明 / Deletion evidence</h2><ul>");
        for (Exit.DeletionEvidence evidence : exit.deletionEvidence()) {
            page.append("<li>")
                    .append(e(evidence.kind().name()))
                    .append(" — ")
                    .append(e(evidence.recordedByName()))
                    .append(", ")
                    .append(e(evidence.recordedAt().toString()));
            if (evidence.fileName() != null) {
                page.append("<br>")
                        .append(e(evidence.fileName()))
                        .append(" SHA-256 ")
                        .append(e(String.valueOf(evidence.fileSha256())));
            }
            for (String part : new String[] {
                evidence.writtenConfirmation(),
                evidence.accountClosure(),
                evidence.publishedProcess(),
                evidence.assessment()
            }) {
                if (part != null) {
                    page.append("<br>").append(e(part));
                }
            }
            page.append("</li>");
        }
        page.append("</ul><h2>監査証跡台帳 / Audit ledger extract</h2><table><tr><th>#</th><th>recorded</th>"
                + "<th>actor</th><th>action</th><th>subject</th><th>entry hash</th></tr>");
        for (LedgerEntry entry : entries) {
            page.append("<tr><td>")
                    .append(entry.sequence())
                    .append("</td><td>")
                    .append(e(entry.recordedAt()))
                    .append("</td><td>")
                    .append(e(entry.actorName()))
                    .append("</td><td>")
                    .append(e(entry.action()))
                    .append("</td><td>")
                    .append(e(entry.subjectType()))
                    .append(' ')
                    .append(e(entry.subjectId()))
                    .append("</td><td>")
                    .append(e(entry.entryHash()))
                    .append("</td></tr>");
        }
        page.append("</table></body></html>");
        return page.toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
