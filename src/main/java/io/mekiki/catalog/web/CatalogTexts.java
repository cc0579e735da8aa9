package io.mekiki.catalog.web;

import io.mekiki.catalog.Applicability;
import io.mekiki.catalog.CatalogProblem;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.ReferenceKind;
import io.mekiki.catalog.Section;
import io.mekiki.shared.LifeCyclePhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words around catalogue content in the reader's language: labels, problems and applicability. */
@Component
class CatalogTexts {

    private final MessageSource messages;

    CatalogTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * When an item applies, in words.
     *
     * @param section when the item's section applies
     * @param item whether the item adds a condition of its own
     * @param conditions the item's own conditions, all of which must hold
     */
    record Applies(String section, String item, List<String> conditions) {}

    /** A catalogue problem ready to show: where, and what, in the reader's language. */
    record ProblemText(String file, int line, String code, String message) {
        public String location() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    /**
     * @param scopingRules the rule set of the item's release: rule set 2 words some sections' rules
     *     differently ({@code catalog.rule.section.2.*}, falling back to the rule set 1 wording)
     */
    Applies applicability(CheckItem item, int scopingRules, Locale locale) {
        String title = sectionTitle(item.section(), locale);
        String common = "catalog.rule.section." + item.section().name();
        String sectionRule = scopingRules >= 2
                ? messages.getMessage(
                        "catalog.rule.section.2." + item.section().name(),
                        new Object[] {title},
                        message(common, locale, title),
                        locale)
                : message(common, locale, title);
        Applicability when = item.appliesWhen();
        if (when.unconditional()) {
            return new Applies(sectionRule, message("catalog.rule.item.always", locale), List.of());
        }
        List<String> conditions = new ArrayList<>();
        listed(conditions, "assetCategories", "category.", when.assetCategories(), locale);
        listed(conditions, "sectors", "sector.", when.sectors(), locale);
        listed(conditions, "serviceModels", "serviceModel.", when.serviceModels(), locale);
        flag(conditions, "foreignDataLocation", when.foreignDataLocation(), locale);
        flag(conditions, "foreignProvider", when.foreignProvider(), locale);
        flag(conditions, "anythingForeign", when.anythingForeign(), locale);
        flag(conditions, "listed", when.listed(), locale);
        flag(conditions, "largeCompanyWithBoard", when.largeCompanyWithBoard(), locale);
        flag(conditions, "financialReporting", when.financialReporting(), locale);
        flag(conditions, "nonResidentAccess", when.nonResidentAccess(), locale);
        flag(conditions, "criticalInfrastructure", when.criticalInfrastructure(), locale);
        flag(conditions, "possibleTaxRecords", when.possibleTaxRecords(), locale);
        return new Applies(sectionRule, message("catalog.rule.item.conditional", locale), conditions);
    }

    List<ProblemText> problems(Collection<CatalogProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new ProblemText(
                        problem.file(),
                        problem.line(),
                        problem.code(),
                        messages.getMessage(
                                problem.messageKey(),
                                problem.arguments().toArray(),
                                problem.code() + " " + problem.arguments(),
                                locale)))
                .toList();
    }

    String sectionTitle(Section section, Locale locale) {
        return message(section.messageKey(), locale);
    }

    String phaseName(LifeCyclePhase phase, Locale locale) {
        return message(phase.messageKey(), locale);
    }

    String confidenceName(Confidence confidence, Locale locale) {
        return message("confidence." + confidence.name(), locale);
    }

    String kindName(ReferenceKind kind, Locale locale) {
        return message("library.kind." + kind.name(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A condition that one of several codes holds, each named in the reader's language. */
    private <E extends Enum<E>> void listed(
            List<String> conditions, String name, String namePrefix, Set<E> codes, Locale locale) {
        if (!codes.isEmpty()) {
            List<String> names = codes.stream()
                    .sorted()
                    .map(code -> message(namePrefix + code.name(), locale))
                    .toList();
            conditions.add(message("catalog.rule." + name, locale, join(names, locale)));
        }
    }

    private void flag(List<String> conditions, String name, @Nullable Boolean wanted, Locale locale) {
        if (wanted != null) {
            conditions.add(message("catalog.rule." + name + "." + wanted, locale));
        }
    }

    private String join(List<String> parts, Locale locale) {
        return String.join(message("catalog.list.separator", locale), parts);
    }
}
