package io.mekiki.selection.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The service to add as a candidate. */
public class CandidateForm {

    @NotNull
    private @Nullable UUID serviceId;

    public @Nullable UUID getServiceId() {
        return serviceId;
    }

    public void setServiceId(@Nullable UUID serviceId) {
        this.serviceId = serviceId;
    }
}
