package io.mekiki.profile;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

@Table("profile_internal_policy")
record PolicyState(
        InternalPolicy policy, boolean inForce, @Nullable LocalDate lastReviewedOn) {

    PolicyStatus status() {
        return new PolicyStatus(inForce, lastReviewedOn);
    }
}
