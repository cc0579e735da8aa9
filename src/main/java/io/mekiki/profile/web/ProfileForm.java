package io.mekiki.profile.web;

import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.PolicyStatus;
import io.mekiki.profile.ProfileUpdate;
import io.mekiki.shared.Countries;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.Sector;
import io.mekiki.shared.Tristate;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The profile page's form: one row per internal policy, in the order of {@link InternalPolicy}. */
public class ProfileForm {

    private boolean largeCompanyWithBoard;
    private boolean listed;
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    private Tristate criticalInfrastructure = Tristate.UNKNOWN;

    @NotBlank
    private String headquartersCountry = OrganizationProfile.JAPAN;

    @NotBlank
    private String timeZone = OrganizationTime.DEFAULT_ZONE.getId();

    private List<PolicyRow> policies = new ArrayList<>();
    private Long version;

    public ProfileForm() {
        for (InternalPolicy policy : InternalPolicy.values()) {
            policies.add(new PolicyRow(policy));
        }
    }

    static ProfileForm of(OrganizationProfile profile) {
        ProfileForm form = new ProfileForm();
        form.largeCompanyWithBoard = profile.largeCompanyWithBoard();
        form.listed = profile.listed();
        form.sectors = EnumSet.copyOf(profile.sectors());
        form.criticalInfrastructure = Tristate.of(profile.criticalInfrastructure());
        form.headquartersCountry = profile.headquartersCountry();
        form.timeZone = profile.timeZone().getId();
        for (PolicyRow row : form.policies) {
            PolicyStatus status = profile.policy(row.getPolicy());
            row.setInForce(status.inForce());
            row.setLastReviewedOn(status.lastReviewedOn());
        }
        form.version = profile.version();
        return form;
    }

    ProfileUpdate toUpdate() {
        Map<InternalPolicy, PolicyStatus> statuses = new EnumMap<>(InternalPolicy.class);
        for (PolicyRow row : policies) {
            if (row.getPolicy() != null) {
                statuses.put(row.getPolicy(), new PolicyStatus(row.isInForce(), row.getLastReviewedOn()));
            }
        }
        return new ProfileUpdate(
                largeCompanyWithBoard,
                listed,
                sectors == null ? Set.of() : sectors,
                // chosen from the list as a code, or typed as a name ("日本", "Japan (JP)")
                Countries.code(headquartersCountry),
                statuses,
                timeZone,
                criticalInfrastructure == null ? Tristate.UNKNOWN : criticalInfrastructure,
                version);
    }

    /** The form field of a field the profile rules name, e.g. {@code policies[0].lastReviewedOn}. */
    String formField(String ruleField) {
        for (int i = 0; i < policies.size(); i++) {
            String prefix = "policies." + policies.get(i).getPolicy() + ".";
            if (ruleField.startsWith(prefix)) {
                return "policies[" + i + "]." + ruleField.substring(prefix.length());
            }
        }
        return ruleField;
    }

    public boolean isLargeCompanyWithBoard() {
        return largeCompanyWithBoard;
    }

    public void setLargeCompanyWithBoard(boolean largeCompanyWithBoard) {
        this.largeCompanyWithBoard = largeCompanyWithBoard;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public Tristate getCriticalInfrastructure() {
        return criticalInfrastructure;
    }

    public void setCriticalInfrastructure(Tristate criticalInfrastructure) {
        this.criticalInfrastructure = criticalInfrastructure;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors = sectors;
    }

    public String getHeadquartersCountry() {
        return headquartersCountry;
    }

    public void setHeadquartersCountry(String headquartersCountry) {
        this.headquartersCountry = headquartersCountry;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<PolicyRow> getPolicies() {
        return policies;
    }

    public void setPolicies(List<PolicyRow> policies) {
        this.policies = policies;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** One internal policy on the form. */
    public static class PolicyRow {

        private InternalPolicy policy;
        private boolean inForce;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate lastReviewedOn;

        public PolicyRow() {}

        PolicyRow(InternalPolicy policy) {
            this.policy = policy;
        }

        public InternalPolicy getPolicy() {
            return policy;
        }

        public void setPolicy(InternalPolicy policy) {
            this.policy = policy;
        }

        public boolean isInForce() {
            return inForce;
        }

        public void setInForce(boolean inForce) {
            this.inForce = inForce;
        }

        public LocalDate getLastReviewedOn() {
            return lastReviewedOn;
        }

        public void setLastReviewedOn(LocalDate lastReviewedOn) {
            this.lastReviewedOn = lastReviewedOn;
        }
    }
}
