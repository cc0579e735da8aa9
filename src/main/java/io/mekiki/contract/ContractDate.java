package io.mekiki.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date of a contract in force that comes up: the last day to give notice, the next automatic renewal, or the
 * end of a contract that does not renew.
 *
 * @param daysLeft days from today to the date
 */
public record ContractDate(UUID contractId, UUID initiativeId, String title, Kind kind, LocalDate date, long daysLeft) {

    /** What the date is. */
    public enum Kind {
        /** The last day to give notice to stop the renewal at the current term's end. */
        NOTICE_DEADLINE,
        /** The first day of the next term of an automatically renewed contract. */
        RENEWAL,
        /** The last day of a contract that does not renew. */
        TERM_END;

        public String messageKey() {
            return "contract.date." + name();
        }
    }
}
