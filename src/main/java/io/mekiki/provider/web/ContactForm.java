package io.mekiki.provider.web;

import io.mekiki.provider.ContactDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that records a contact person on the provider's page. */
public class ContactForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @Size(max = ContactDetails.EMAIL_MAX)
    private String email = "";

    @Size(max = 200)
    private String role = "";

    ContactDetails details() {
        return new ContactDetails(name, email, role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
