package io.mekiki.provider;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complementary user-entity control (CUEC) an attestation report expects from the provider's customers,
 * mapped to who or what performs it on our side: a person of the organisation, a named control of ours, or
 * both. One that neither is mapped to is a gap in our side of the control.
 *
 * @param control the control as the report words it
 * @param personId the member of the organisation who performs it
 * @param ourControl the control of ours that performs it, by name
 */
public record UserEntityControl(
        UUID id,
        UUID attestationId,
        String control,
        @Nullable UUID personId,
        @Nullable String ourControl) {

    public boolean mapped() {
        return personId != null || ourControl != null;
    }
}
