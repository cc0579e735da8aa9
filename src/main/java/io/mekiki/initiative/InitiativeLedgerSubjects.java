package io.mekiki.initiative;

import io.mekiki.audit.TableSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Initiatives in the audit ledger, by their title, linked to their page. */
@Component
class InitiativeLedgerSubjects extends TableSubjects {

    InitiativeLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, InitiativeChange.INITIATIVE, "initiative_initiative", "title", "/initiatives/");
    }
}
