package io.mekiki.instruction.web;

import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.LifeCyclePhase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The issue form as typed: every field is text, so that whatever was typed comes back on a refused
 * form, and each malformed value gets its own message.
 */
public class IssueForm {

    private String subjectType = "";
    private String subjectId = "";
    private String phase = "";
    private String templateCode = "";
    private String gateTopic = "";
    private String title = "";
    private String description = "";
    private String assignee = "";
    private String dueDate = "";
    private String checkItemIds = "";
    private String returnTo = "";

    /** Fills what is still empty from the template, in the user's language: without JavaScript too. */
    void fillFrom(InstructionTemplate template, Locale locale) {
        if (title.isBlank()) {
            title = template.title().in(locale);
        }
        if (description.isBlank()) {
            description = template.description().in(locale);
        }
        if (gateTopic.isBlank() && template.gateTopic() != null) {
            gateTopic = template.gateTopic();
        }
        if (checkItemIds.isBlank()) {
            checkItemIds = String.join(", ", template.checkItemIds());
        }
    }

    /** Replaces the fields the template fills, when the user picks another template. */
    void replaceWith(InstructionTemplate template, Locale locale) {
        title = template.title().in(locale);
        description = template.description().in(locale);
        gateTopic = template.gateTopic() == null ? "" : template.gateTopic();
        checkItemIds = String.join(", ", template.checkItemIds());
    }

    /**
     * The instruction the form asks for; field → message code for each value that is not even
     * well-formed (the rules are the service's).
     */
    @Nullable
    NewInstruction instruction(Map<String, String> malformed) {
        UUID subject = uuid(subjectId);
        if (subject == null) {
            malformed.put("subjectId", "instruction.error.subjectId");
        }
        LifeCyclePhase lifeCyclePhase = IssueFormChoices.phase(phase);
        if (lifeCyclePhase == null) {
            malformed.put("phase", "instruction.error.phase");
        }
        // every missing field at once, in the order of the form; the instruction checks the rest
        if (title.isBlank()) {
            malformed.put("title", "instruction.error.titleRequired");
        }
        UUID assigneeId = uuid(assignee);
        if (assigneeId == null) {
            malformed.put("assignee", "instruction.error.assigneeRequired");
        }
        LocalDate due = null;
        try {
            due = dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException notADate) {
            malformed.put("dueDate", "instruction.error.dueDateFormat");
        }
        if (due == null && !malformed.containsKey("dueDate")) {
            malformed.put("dueDate", "instruction.error.dueDateRequired");
        }
        if (!malformed.isEmpty()) {
            return null;
        }
        return new NewInstruction(
                subjectType,
                subject,
                lifeCyclePhase,
                gateTopic.isBlank() ? null : gateTopic,
                checkItems(),
                title,
                description,
                assigneeId,
                due,
                templateCode.isBlank() ? null : templateCode);
    }

    /** Whether the form names this check item. */
    public boolean names(String checkItemId) {
        return checkItems().contains(checkItemId);
    }

    List<String> checkItems() {
        return Arrays.stream(checkItemIds.split("[\\s,、，]+"))
                .filter(id -> !id.isBlank())
                .toList();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(@Nullable String subjectType) {
        this.subjectType = text(subjectType);
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(@Nullable String subjectId) {
        this.subjectId = text(subjectId);
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(@Nullable String phase) {
        this.phase = text(phase);
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(@Nullable String templateCode) {
        this.templateCode = text(templateCode);
    }

    public String getGateTopic() {
        return gateTopic;
    }

    public void setGateTopic(@Nullable String gateTopic) {
        this.gateTopic = text(gateTopic);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = text(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = text(description);
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable String assignee) {
        this.assignee = text(assignee);
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable String dueDate) {
        this.dueDate = text(dueDate);
    }

    public String getCheckItemIds() {
        return checkItemIds;
    }

    public void setCheckItemIds(@Nullable String checkItemIds) {
        this.checkItemIds = text(checkItemIds);
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(@Nullable String returnTo) {
        this.returnTo = text(returnTo);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
