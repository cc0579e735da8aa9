package io.mekiki.questionnaire.internal.caiq;

import java.util.List;

/** A CAIQ workbook refused as a whole (ADR 042): every problem found, nothing saved. 400 in the API. */
public class CaiqRefused extends RuntimeException {

    private final transient List<CaiqProblem> problems;
    private final boolean more;

    public CaiqRefused(List<CaiqProblem> problems, boolean more) {
        super("CAIQ workbook refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    static CaiqRefused of(String code, Object... arguments) {
        return new CaiqRefused(List.of(CaiqProblem.file(code, arguments)), false);
    }

    public List<CaiqProblem> problems() {
        return problems;
    }

    /** Whether there were more problems than those listed. */
    public boolean more() {
        return more;
    }
}
