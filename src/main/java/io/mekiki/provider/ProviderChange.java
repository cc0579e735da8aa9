package io.mekiki.provider;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to a provider or one of its services; recorded in the audit ledger in the
 * transaction of the change. A module that keeps conclusions drawn from a service's facts (see
 * {@link ServiceFacts}) listens to these and reads the facts again for {@link #providerId()}'s services.
 */
public sealed interface ProviderChange extends Auditable
        permits ProviderRegistered,
                ProviderRevised,
                AttestationAdded,
                AttestationDocumentAttached,
                AttestationRemoved,
                SubprocessorAdded,
                SubprocessorRemoved,
                ContactAdded,
                ContactRemoved,
                ServiceRecorded,
                ServiceRevised,
                AttestationScopeSet,
                BridgeLetterAdded,
                BridgeLetterRemoved,
                ReportExceptionNoted,
                ReportExceptionRevised,
                ReportExceptionRemoved,
                UserEntityControlAdded,
                UserEntityControlRevised,
                UserEntityControlRemoved,
                AttestationLapsed {

    String PROVIDER = "PROVIDER";
    String SERVICE = "CLOUD_SERVICE";

    UUID providerId();

    /** Whether the facts of the provider's services (see {@link ServiceFacts}) may have changed. */
    boolean changesServiceFacts();

    @Override
    default String subjectType() {
        return PROVIDER;
    }

    @Override
    default String subjectId() {
        return providerId().toString();
    }
}
