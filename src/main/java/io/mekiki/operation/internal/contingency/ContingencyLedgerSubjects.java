package io.mekiki.operation.internal.contingency;

import io.mekiki.audit.TableSubjects;
import io.mekiki.operation.ContingencyChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contingencies in the audit ledger: by their title, linked to their page. */
@Component
class ContingencyLedgerSubjects extends TableSubjects {

    ContingencyLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, ContingencyChange.CONTINGENCY, "operation_contingency", "title", "/contingencies/");
    }
}
