package io.mekiki.provider.web;

import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.AttestationValidity;
import io.mekiki.provider.Contact;
import io.mekiki.provider.Provider;
import io.mekiki.provider.ProviderDetails;
import io.mekiki.provider.Subprocessor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The API's views of providers and what belongs to them. */
final class ProviderViews {

    private ProviderViews() {}

    record ProviderView(
            UUID id,
            String legalName,
            String headquartersCountry,
            @Nullable String parentName,
            @Nullable String parentCountry,
            @Nullable String japaneseEntityName,
            @Nullable String corporateNumber,
            boolean listed,
            @Nullable Long capitalJpy,
            @Nullable String founded,
            @Nullable String notes,
            @Nullable List<SubprocessorView> subprocessors,
            @Nullable List<ContactView> contacts,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static ProviderView of(
                Provider provider, @Nullable List<Subprocessor> subprocessors, @Nullable List<Contact> contacts) {
            ProviderDetails details = provider.details();
            return new ProviderView(
                    provider.id(),
                    details.legalName(),
                    details.headquartersCountry(),
                    details.parentName(),
                    details.parentCountry(),
                    details.japaneseEntityName(),
                    details.corporateNumber(),
                    details.listed(),
                    details.capitalJpy(),
                    details.founded(),
                    details.notes(),
                    subprocessors == null
                            ? null
                            : subprocessors.stream().map(SubprocessorView::of).toList(),
                    contacts == null
                            ? null
                            : contacts.stream().map(ContactView::of).toList(),
                    provider.createdAt(),
                    provider.updatedAt(),
                    provider.version());
        }
    }

    record AttestationView(
            UUID id,
            UUID providerId,
            AttestationKind kind,
            @Nullable String title,
            @Nullable String scope,
            @Nullable String issuer,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            AttestationValidity validity,
            @Nullable DocumentView document,
            Instant createdAt) {

        static AttestationView of(Attestation attestation, LocalDate today) {
            var details = attestation.details();
            Attestation.Document document = attestation.document();
            return new AttestationView(
                    attestation.id(),
                    attestation.providerId(),
                    details.kind(),
                    details.title(),
                    details.scope(),
                    details.issuer(),
                    details.periodStart(),
                    details.periodEnd(),
                    attestation.validity(today),
                    document == null
                            ? null
                            : new DocumentView(
                                    document.fileName(),
                                    document.mediaType(),
                                    document.size(),
                                    document.sha256(),
                                    "/api/v1/providers/" + attestation.providerId() + "/attestations/"
                                            + attestation.id() + "/document"),
                    attestation.createdAt());
        }
    }

    /** @param href where to download it */
    record DocumentView(String fileName, String mediaType, long size, String sha256, String href) {}

    record SubprocessorView(
            UUID id, String name, String country, @Nullable String function) {

        static SubprocessorView of(Subprocessor subprocessor) {
            return new SubprocessorView(
                    subprocessor.id(),
                    subprocessor.details().name(),
                    subprocessor.details().country(),
                    subprocessor.details().function());
        }
    }

    record ContactView(
            UUID id,
            String name,
            @Nullable String email,
            @Nullable String role) {

        static ContactView of(Contact contact) {
            return new ContactView(
                    contact.id(),
                    contact.details().name(),
                    contact.details().email(),
                    contact.details().role());
        }
    }
}
