package io.mekiki.provider.web;

import io.mekiki.provider.Provider;
import io.mekiki.provider.ProviderDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The provider page's form; the same rules as the API request. */
public class ProviderForm {

    @NotBlank
    @Size(max = ProviderDetails.NAME_MAX)
    private String legalName = "";

    @Size(max = 10)
    private String headquartersCountry = "JP";

    @Size(max = ProviderDetails.NAME_MAX)
    private String parentName = "";

    @Size(max = 10)
    private String parentCountry = "";

    @Size(max = ProviderDetails.NAME_MAX)
    private String japaneseEntityName = "";

    @Size(max = 20)
    private String corporateNumber = "";

    private boolean listed;

    @PositiveOrZero
    private Long capitalJpy;

    @Size(max = 10)
    private String founded = "";

    @Size(max = ProviderDetails.TEXT_MAX)
    private String notes = "";

    private Long version;

    static ProviderForm of(Provider provider) {
        ProviderDetails details = provider.details();
        ProviderForm form = new ProviderForm();
        form.legalName = details.legalName();
        form.headquartersCountry = details.headquartersCountry();
        form.parentName = details.parentName();
        form.parentCountry = details.parentCountry();
        form.japaneseEntityName = details.japaneseEntityName();
        form.corporateNumber = details.corporateNumber();
        form.listed = details.listed();
        form.capitalJpy = details.capitalJpy();
        form.founded = details.founded();
        form.notes = details.notes();
        form.version = provider.version();
        return form;
    }

    ProviderDetails details() {
        return new ProviderDetails(
                legalName,
                headquartersCountry,
                parentName,
                parentCountry,
                japaneseEntityName,
                corporateNumber,
                listed,
                capitalJpy,
                founded,
                notes);
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getHeadquartersCountry() {
        return headquartersCountry;
    }

    public void setHeadquartersCountry(String headquartersCountry) {
        this.headquartersCountry = headquartersCountry;
    }

    public String getParentName() {
        return parentName;
    }

    public void setParentName(String parentName) {
        this.parentName = parentName;
    }

    public String getParentCountry() {
        return parentCountry;
    }

    public void setParentCountry(String parentCountry) {
        this.parentCountry = parentCountry;
    }

    public String getJapaneseEntityName() {
        return japaneseEntityName;
    }

    public void setJapaneseEntityName(String japaneseEntityName) {
        this.japaneseEntityName = japaneseEntityName;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public Long getCapitalJpy() {
        return capitalJpy;
    }

    public void setCapitalJpy(Long capitalJpy) {
        this.capitalJpy = capitalJpy;
    }

    public String getFounded() {
        return founded;
    }

    public void setFounded(String founded) {
        this.founded = founded;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
