package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorporateNumberTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // published numbers: the National Tax Agency and Toyota Motor Corporation
        "7000012050002, true",
        "1180301018771, true",
        // one digit changed, the check digit no longer matches
        "7000012050003, false",
        "8000012050002, false",
        // not 13 digits
        "700001205000, false",
        "70000120500021, false",
        "70000120500O2, false",
    })
    void theFirstDigitChecksTheOtherTwelve(String number, boolean valid) {
        assertThat(CorporateNumber.isValid(number)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7000-01-2050002", "7000 0120 50002"})
    void hyphensAndSpacesAreLeftOut(String typed) {
        ProviderDetails details = new ProviderDetails("A", "JP", null, null, null, typed, false, null, null, null);
        assertThat(details.corporateNumber()).isEqualTo("7000012050002");
        assertThat(details.checked()).isSameAs(details);
    }
}
