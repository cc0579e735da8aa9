package io.mekiki.provider.web;

import io.mekiki.provider.AttestationDetails;
import io.mekiki.provider.AttestationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The form that records an attestation on the provider's page; the document comes as a file part. */
public class AttestationForm {

    @NotNull
    private AttestationKind kind;

    @Size(max = 200)
    private String title = "";

    @Size(max = 4000)
    private String scope = "";

    @Size(max = 200)
    private String issuer = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    /** The document, if the user chose one. */
    private MultipartFile document;

    AttestationDetails details() {
        return new AttestationDetails(kind, title, scope, issuer, periodStart, periodEnd);
    }

    public AttestationKind getKind() {
        return kind;
    }

    public void setKind(AttestationKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public MultipartFile getDocument() {
        return document;
    }

    public void setDocument(MultipartFile document) {
        this.document = document;
    }
}
