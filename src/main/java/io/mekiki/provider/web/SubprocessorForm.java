package io.mekiki.provider.web;

import io.mekiki.provider.SubprocessorDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that records a subprocessor on the provider's page. */
public class SubprocessorForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @Size(max = 10)
    private String country = "";

    @Size(max = 500)
    private String function = "";

    SubprocessorDetails details() {
        return new SubprocessorDetails(name, country, function);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }
}
