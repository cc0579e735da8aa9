package io.mekiki.provider;

/**
 * The corporate number (法人番号) the National Tax Agency gives every Japanese company: 13 digits, the
 * first of which checks the other twelve (法人番号の指定等に関する省令 第2条).
 */
final class CorporateNumber {

    private CorporateNumber() {}

    /** Whether the text is 13 digits whose first is the check digit of the rest. */
    static boolean isValid(String number) {
        if (number.length() != 13 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return number.charAt(0) - '0' == checkDigit(number.substring(1));
    }

    /** 9 − (Σ Pn × Qn mod 9), Pn the n-th digit from the right, Qn 1 for odd n and 2 for even n. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
