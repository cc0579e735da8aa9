package io.mekiki.instruction.web;

import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the issue form offers to choose from, for the fragment {@code instruction/parts :: issue-form}
 * wherever another module's page embeds it (as {@code @instructionForms} in the template), so that the
 * embedding page need not know how instructions are made.
 */
@Component("instructionForms")
public class IssueFormChoices {

    private final Instructions instructions;
    private final Members members;
    private final CatalogReleases catalog;

    IssueFormChoices(Instructions instructions, Members members, CatalogReleases catalog) {
        this.instructions = instructions;
        this.members = members;
        this.catalog = catalog;
    }

    /**
     * The check items of the organisation's current catalogue release by section, to be chosen by
     * their titles.
     */
    public Map<Section, List<CheckItem>> checkItemsBySection() {
        SignedInUser me = signedIn();
        if (me == null) {
            return Map.of();
        }
        Map<Section, List<CheckItem>> bySection = new EnumMap<>(Section.class);
        for (CheckItem item : catalog.current(me.organizationId()).items()) {
            bySection
                    .computeIfAbsent(item.section(), section -> new ArrayList<>())
                    .add(item);
        }
        return bySection;
    }

    /** The templates of the phase; the phase as enum or name. */
    public List<InstructionTemplate> templates(@Nullable Object phase) {
        LifeCyclePhase found = phase(phase);
        return found == null ? instructions.templates() : instructions.templates(found);
    }

    /** The gates the phase's templates prepare, in the order of the templates. */
    public List<String> gates(@Nullable Object phase) {
        return templates(phase).stream()
                .map(InstructionTemplate::gateTopic)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Active people of my organisation who can be given work, other than me. */
    public List<Members.Member> assignees() {
        SignedInUser me = signedIn();
        if (me == null) {
            return List.of();
        }
        return members.active(me.organizationId()).stream()
                .filter(member -> !member.id().equals(me.userId()))
                .filter(member -> member.roles().stream().anyMatch(role -> role != Role.AUDITOR))
                .toList();
    }

    /** The earliest due date the form accepts. */
    public LocalDate today() {
        SignedInUser me = signedIn();
        return me == null ? LocalDate.now(OrganizationTime.DEFAULT_ZONE) : instructions.today(me.organizationId());
    }

    static @Nullable LifeCyclePhase phase(@Nullable Object phase) {
        if (phase instanceof LifeCyclePhase lifeCyclePhase) {
            return lifeCyclePhase;
        }
        String name = phase == null ? "" : phase.toString().strip();
        return Arrays.stream(LifeCyclePhase.values())
                .filter(candidate ->
                        candidate.name().equals(name) || candidate.slug().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable SignedInUser signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
