package io.mekiki.selection.web;

import io.mekiki.selection.Candidate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a candidate is withdrawn. */
public class WithdrawalForm {

    @NotBlank
    @Size(max = Candidate.REASON_MAX)
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
