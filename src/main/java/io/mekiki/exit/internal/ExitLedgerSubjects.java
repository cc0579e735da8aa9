package io.mekiki.exit.internal;

import io.mekiki.audit.TableSubjects;
import io.mekiki.exit.ExitChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Exits in the audit ledger: by the title of the contract they end, linked to their page. */
@Component
class ExitLedgerSubjects extends TableSubjects {

    ExitLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, ExitChange.EXIT, "exit_process", "title", "/exits/");
    }
}
