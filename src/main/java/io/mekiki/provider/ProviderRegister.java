package io.mekiki.provider;

import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The providers of the user's organisation with their attestations, subprocessors and contacts: everyone
 * in the organisation reads; risk officers, business owners and administrators record and revise, as
 * they do the information asset register. Every change is recorded in the audit ledger in the same
 * transaction.
 */
@Service
public class ProviderRegister {

    /** Who may change providers and services, as a Spring Security expression. */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER', 'ADMIN')";

    private final ProviderStore store;
    private final AttachmentRules attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final OrganizationTime organizationTime;

    ProviderRegister(
            ProviderStore store,
            AttachmentRules attachments,
            ApplicationEventPublisher events,
            Clock clock,
            OrganizationTime organizationTime) {
        this.organizationTime = organizationTime;
        this.store = store;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<ProviderRow> search(SignedInUser user, @Nullable String text, int page, int size) {
        return store.page(user.organizationId(), text, Math.max(0, page), Math.max(1, size));
    }

    @Transactional(readOnly = true)
    public Provider provider(SignedInUser user, UUID id) {
        return find(user, id);
    }

    /** The organisation's providers by name, for a choice in a form. */
    @Transactional(readOnly = true)
    public List<ProviderChoice> choices(SignedInUser user) {
        return store.choices(user.organizationId());
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Provider register(SignedInUser user, ProviderDetails details) {
        ProviderDetails checked = details.checked();
        UUID id = UUID.randomUUID();
        requireUniqueName(user, id, checked.legalName());
        try {
            store.insert(user.organizationId(), id, checked, clock.instant());
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw nameTaken(checked.legalName());
        }
        events.publishEvent(new ProviderRegistered(user.organizationId(), user.actor(), id, checked));
        return find(user, id);
    }

    /**
     * Replaces the details of a provider.
     *
     * @param expectedVersion the version the editor started from (required); if the provider changed since,
     *     nothing is saved and the editor is told so
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Provider revise(SignedInUser user, UUID id, @Nullable Long expectedVersion, ProviderDetails details) {
        Provider provider = find(user, id);
        if (expectedVersion == null) {
            throw ProviderRuleViolation.invalid("version", "provider.error.versionRequired");
        }
        if (expectedVersion != provider.version()) {
            throw ProviderRuleViolation.stale();
        }
        ProviderDetails checked = details.checked();
        if (checked.equals(provider.details())) {
            return provider;
        }
        requireUniqueName(user, id, checked.legalName());
        try {
            store.update(user.organizationId(), id, expectedVersion, checked, clock.instant());
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw nameTaken(checked.legalName());
        }
        events.publishEvent(new ProviderRevised(user.organizationId(), user.actor(), id, provider.details(), checked));
        return find(user, id);
    }

    // attestations

    @Transactional(readOnly = true)
    public List<Attestation> attestations(SignedInUser user, UUID providerId) {
        find(user, providerId);
        return store.attestations(user.organizationId(), providerId);
    }

    /**
     * Records an attestation, with its document when one is given (checked as report attachments are:
     * size, and a type detected from the bytes).
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Attestation addAttestation(
            SignedInUser user, UUID providerId, AttestationDetails details, @Nullable Upload document) {
        find(user, providerId);
        AttestationDetails checked = details.checked();
        AttachmentRules.CheckedFile file = document == null ? null : attachments.check(document, "document");
        UUID id = UUID.randomUUID();
        store.insertAttestation(user.organizationId(), providerId, id, checked, clock.instant());
        Attestation.Document stored = file == null ? null : storeDocument(user, id, file);
        events.publishEvent(new AttestationAdded(user.organizationId(), user.actor(), providerId, id, checked, stored));
        return attestation(user, providerId, id);
    }

    /**
     * Attaches the document of an attestation, replacing the one before. The file is read only once the
     * caller may change the attestation and it exists, so that a refusal for role or record comes first;
     * no file is refused naming {@code document}.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Attestation attachDocument(
            SignedInUser user, UUID providerId, UUID attestationId, Supplier<@Nullable Upload> document) {
        Attestation attestation = attestation(user, providerId, attestationId);
        Upload upload = document.get();
        if (upload == null) {
            throw ProviderRuleViolation.invalid("document", "provider.error.documentRequired");
        }
        AttachmentRules.CheckedFile file = attachments.check(upload, "document");
        Attestation.Document stored = storeDocument(user, attestationId, file);
        events.publishEvent(new AttestationDocumentAttached(
                user.organizationId(), user.actor(), providerId, attestationId, stored, attestation.document()));
        return attestation(user, providerId, attestationId);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void removeAttestation(SignedInUser user, UUID providerId, UUID attestationId) {
        Attestation attestation = attestation(user, providerId, attestationId);
        store.deleteAttestation(user.organizationId(), attestationId);
        events.publishEvent(new AttestationRemoved(
                user.organizationId(), user.actor(), providerId, attestationId, attestation.details()));
    }

    @Transactional(readOnly = true)
    public Attestation attestation(SignedInUser user, UUID providerId, UUID attestationId) {
        return store.attestation(user.organizationId(), providerId, attestationId)
                .orElseThrow(() -> new NotFoundException("ATTESTATION", attestationId));
    }

    /** The attestation's document to download; its bytes are read in slices as they are written out. */
    @Transactional(readOnly = true)
    public DocumentContent document(SignedInUser user, UUID providerId, UUID attestationId) {
        Attestation attestation = attestation(user, providerId, attestationId);
        Attestation.Document document = attestation.document();
        if (document == null) {
            throw new NotFoundException("ATTESTATION_DOCUMENT", attestationId);
        }
        UUID organizationId = user.organizationId();
        return new DocumentContent(
                document, out -> store.writeDocument(organizationId, attestationId, document.size(), out));
    }

    private Attestation.Document storeDocument(
            SignedInUser user, UUID attestationId, AttachmentRules.CheckedFile file) {
        Attestation.Document document =
                new Attestation.Document(file.fileName(), file.mediaType(), file.size(), file.sha256());
        store.storeDocument(user.organizationId(), attestationId, document, file.content());
        return document;
    }

    // subprocessors and contacts

    @Transactional
    @PreAuthorize(EDITORS)
    public Subprocessor addSubprocessor(SignedInUser user, UUID providerId, SubprocessorDetails details) {
        find(user, providerId);
        SubprocessorDetails checked = details.checked();
        UUID id = UUID.randomUUID();
        store.insertSubprocessor(user.organizationId(), providerId, id, checked, clock.instant());
        store.touch(user.organizationId(), providerId, clock.instant());
        events.publishEvent(new SubprocessorAdded(user.organizationId(), user.actor(), providerId, id, checked));
        return new Subprocessor(id, providerId, checked);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void removeSubprocessor(SignedInUser user, UUID providerId, UUID subprocessorId) {
        Subprocessor subprocessor = store
                .subprocessors(user.organizationId(), find(user, providerId).id())
                .stream()
                .filter(candidate -> candidate.id().equals(subprocessorId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SUBPROCESSOR", subprocessorId));
        store.deleteSubprocessor(user.organizationId(), subprocessorId);
        store.touch(user.organizationId(), providerId, clock.instant());
        events.publishEvent(new SubprocessorRemoved(
                user.organizationId(), user.actor(), providerId, subprocessorId, subprocessor.details()));
    }

    @Transactional(readOnly = true)
    public List<Subprocessor> subprocessors(SignedInUser user, UUID providerId) {
        return store.subprocessors(user.organizationId(), find(user, providerId).id());
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Contact addContact(SignedInUser user, UUID providerId, ContactDetails details) {
        find(user, providerId);
        ContactDetails checked = details.checked();
        UUID id = UUID.randomUUID();
        store.insertContact(user.organizationId(), providerId, id, checked, clock.instant());
        events.publishEvent(new ContactAdded(user.organizationId(), user.actor(), providerId, id, checked));
        return new Contact(id, providerId, checked);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void removeContact(SignedInUser user, UUID providerId, UUID contactId) {
        Contact contact = store
                .contacts(user.organizationId(), find(user, providerId).id())
                .stream()
                .filter(candidate -> candidate.id().equals(contactId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CONTACT", contactId));
        store.deleteContact(user.organizationId(), contactId);
        events.publishEvent(
                new ContactRemoved(user.organizationId(), user.actor(), providerId, contactId, contact.details()));
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(SignedInUser user, UUID providerId) {
        return store.contacts(user.organizationId(), find(user, providerId).id());
    }

    /** Today in the organisation's calendar (its time zone on the profile), by which attestations end. */
    public LocalDate today(UUID organizationId) {
        return LocalDate.now(clock.withZone(organizationTime.zoneOf(organizationId)));
    }

    private void requireUniqueName(SignedInUser user, UUID id, String legalName) {
        if (store.nameTaken(user.organizationId(), legalName, id)) {
            throw nameTaken(legalName);
        }
    }

    private static ProviderRuleViolation nameTaken(String legalName) {
        return ProviderRuleViolation.conflict("legalName", "provider.error.nameTaken", legalName);
    }

    private Provider find(SignedInUser user, UUID id) {
        return store.provider(user.organizationId(), id).orElseThrow(() -> new NotFoundException("PROVIDER", id));
    }

    /** A document to download: its description and its bytes, written out on demand. */
    public record DocumentContent(Attestation.Document document, Bytes content) {

        @FunctionalInterface
        public interface Bytes {
            void writeTo(OutputStream out) throws java.io.IOException;
        }
    }
}
