package io.mekiki.questionnaire.internal.caiq;

import java.util.List;
import java.util.regex.Pattern;

/** The form of a CAIQ v4 question id: a CCM v4 domain code, the control number and the question number. */
public final class CaiqQuestionIds {

    /** The seventeen domains of CCM v4 / CAIQ v4, in the CSA's order. */
    public static final List<String> DOMAINS = List.of(
            "A&A", "AIS", "BCR", "CCC", "CEK", "DCS", "DSP", "GRC", "HRS", "IAM", "IPY", "IVS", "LOG", "SEF", "STA",
            "TVM", "UEM");

    private static final Pattern ID = Pattern.compile("(" + String.join("|", DOMAINS) + ")-\\d{2}\\.\\d{1,2}");

    private CaiqQuestionIds() {}

    /** Whether the text is a question id such as {@code IAM-02.1} (exactly, upper case). */
    public static boolean valid(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** The domain code of a valid id, e.g. {@code A&A} for {@code A&A-04.1}. */
    public static String domain(String id) {
        return id.substring(0, id.indexOf('-'));
    }
}
