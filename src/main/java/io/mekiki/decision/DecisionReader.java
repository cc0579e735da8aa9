package io.mekiki.decision;

import io.mekiki.shared.SignedInUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions as a board paper reads them: the subject by its title, the topic by its label, the basis as
 * labelled facts and what changed since in words, all in the reader's language. The subject's module
 * supplies the words through {@link DecisionSubjects}; for a subject type no module describes, the
 * facts are shown by their paths and the topic by its code.
 */
@Service
@Transactional(readOnly = true)
public class DecisionReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Decisions decisions;
    private final DecisionQueries queries;
    private final SubjectSources sources;
    private final MessageSource messages;

    DecisionReader(
            Decisions decisions,
            DecisionQueries queries,
            ObjectProvider<DecisionSubjects> sources,
            MessageSource messages) {
        this.decisions = decisions;
        this.queries = queries;
        this.sources = new SubjectSources(sources);
        this.messages = messages;
    }

    /**
     * One decision with everything its page shows.
     *
     * @param frozenFacts the basis the decision was made on
     * @param currentFacts the subject's basis now, when its module knows it
     * @param changes what differs between the two, in words
     */
    public record Paper(
            Decision decision,
            Listed listed,
            @Nullable String subjectPath,
            BasisFacts frozenFacts,
            @Nullable BasisFacts currentFacts,
            List<FactChange> changes,
            List<String> topicOptions) {}

    /**
     * A decision in a list, with its subject's title and its topic's label.
     *
     * @param subjectTitle the title of the subject, e.g. the initiative; the subject type's name when unknown
     * @param topicLabel the label of the topic, e.g. the gate; the topic's code when it has none
     */
    public record Listed(Decision decision, String subjectTitle, String topicLabel) {}

    /** The choices a reader filters the organisation's decisions by, each with its label. */
    public record Choices(List<Choice> subjects, List<Choice> topics, List<Choice> requesters, List<Choice> states) {}

    /** A value to choose and what the reader reads for it. */
    public record Choice(String value, String label) {}

    public Paper paper(SignedInUser reader, UUID decisionId, Locale locale) {
        Decision decision = decisions.decision(reader, decisionId);
        Optional<DecisionSubjects> source = source(decision.subject().type());
        BasisFacts frozen = facts(source, reader.organizationId(), decision.basisJson(), locale);
        Optional<Basis> currentBasis = source.flatMap(
                subjects -> subjects.currentBasis(reader.organizationId(), decision.subject(), decision.topic()));
        BasisFacts current = currentBasis
                .map(basis -> facts(
                        source, reader.organizationId(), FrozenBasis.of(basis).json(), locale))
                .orElse(null);
        // an older frozen basis is compared on the part its topic rests on now (ADR 020)
        List<FactChange> changes = currentBasis
                .map(basis ->
                        ComparedBases.of(source, decision.topic(), decision.basisJson(), decision.basisHash(), basis))
                .map(compared -> FactChange.between(
                        facts(source, reader.organizationId(), compared.then().json(), locale),
                        facts(source, reader.organizationId(), compared.now().json(), locale)))
                .orElse(List.of());
        return new Paper(
                decision,
                listed(reader.organizationId(), List.of(decision), locale).get(0),
                decisions.subjectPath(decision.subject()).orElse(null),
                frozen,
                current,
                changes,
                topicOptions(decision.subject().type(), decision.topic(), locale));
    }

    /**
     * The organisation's decisions that match the query, as {@link Decisions#search} finds them, with their
     * subjects' titles and their topics' labels; each with its basis by its hash only ({@link
     * Decision#byBasisHash()}), read without the basis, for lists that do not show it.
     */
    public List<Listed> search(SignedInUser reader, DecisionQuery query, Locale locale) {
        UUID organizationId = reader.organizationId();
        return listed(organizationId, queries.searchByBasisHash(organizationId, query, Decisions.SEARCH_LIMIT), locale);
    }

    /** The decisions with their subjects' titles and their topics' labels. */
    public List<Listed> listed(UUID organizationId, List<Decision> shown, Locale locale) {
        Map<Subject, String> titles =
                titles(organizationId, shown.stream().map(Decision::subject).toList());
        // a list repeats a few topics many times: each label is looked up once
        Map<Subject.Topic, String> topicLabels = new HashMap<>();
        return shown.stream()
                .map(decision -> {
                    Subject subject = decision.subject();
                    String title = titles.get(subject);
                    return new Listed(
                            decision,
                            title == null ? subjectTypeName(subject.type(), locale) : title,
                            topicLabels.computeIfAbsent(
                                    new Subject.Topic(subject.type(), decision.topic()),
                                    topic -> topicLabel(topic.subjectType(), topic.topic(), locale)));
                })
                .toList();
    }

    /** The titles of the subjects their modules know. */
    public Map<Subject, String> titles(UUID organizationId, Collection<Subject> subjects) {
        Map<Subject, String> titles = new HashMap<>();
        subjects.stream()
                .collect(Collectors.groupingBy(Subject::type))
                .forEach((type, ofType) -> source(type)
                        .ifPresent(source -> source.titles(
                                        organizationId,
                                        ofType.stream()
                                                .map(Subject::id)
                                                .distinct()
                                                .toList())
                                .forEach((id, title) -> titles.put(new Subject(type, id), title))));
        return titles;
    }

    /** The topic's label in the reader's language; its code when its module gives none. */
    public String topicLabel(String subjectType, String topic, Locale locale) {
        String key =
                source(subjectType).map(source -> source.topicMessageKey(topic)).orElse(null);
        return key == null ? topic : messages.getMessage(key, null, topic, locale);
    }

    /** The options a request on the topic usually lays out (e.g. the gate's options in the guide). */
    public List<String> topicOptions(String subjectType, String topic, Locale locale) {
        return source(subjectType)
                .map(source -> source.topicOptions(topic, locale))
                .orElse(List.of());
    }

    /** The same, one per line, as the request form's options field takes them. */
    public String topicOptionLines(String subjectType, String topic, Locale locale) {
        return String.join("\n", topicOptions(subjectType, topic, locale));
    }

    /**
     * What the organisation's decisions can be filtered by: their subjects by title (told apart by the
     * subject type when titles repeat), the topics by label, the requesters by name, and the states.
     */
    public Choices choices(SignedInUser reader, Locale locale) {
        UUID organizationId = reader.organizationId();
        List<Subject> subjects = queries.subjects(organizationId);
        Map<Subject, String> titles = titles(organizationId, subjects);
        List<Choice> subjectChoices = new ArrayList<>();
        for (Subject subject : subjects) {
            String title = titles.getOrDefault(subject, subjectTypeName(subject.type(), locale));
            subjectChoices.add(new Choice(subject.type() + ":" + subject.id(), title));
        }
        subjectChoices = distinguished(subjectChoices);
        Map<String, String> topicLabels = new LinkedHashMap<>();
        for (Subject.Topic topic : queries.topics(organizationId)) {
            topicLabels.putIfAbsent(topic.topic(), topicLabel(topic.subjectType(), topic.topic(), locale));
        }
        List<Choice> topicChoices = new ArrayList<>();
        topicOrder(topicLabels.keySet()).forEach(topic -> topicChoices.add(new Choice(topic, topicLabels.get(topic))));
        List<Choice> requesters = queries.requesters(organizationId).stream()
                .map(requester -> new Choice(requester.id().toString(), requester.name()))
                .toList();
        List<Choice> states = java.util.Arrays.stream(DecisionState.values())
                .map(state -> new Choice(state.name(), messages.getMessage(state.messageKey(), null, locale)))
                .toList();
        return new Choices(
                subjectChoices.stream()
                        .sorted(Comparator.comparing(Choice::label))
                        .toList(),
                topicChoices,
                requesters,
                states);
    }

    /** Topics in the order their modules declare them (the gates in the order of the life cycle). */
    private List<String> topicOrder(Collection<String> topics) {
        List<String> declared = sources.all().stream()
                .flatMap(source -> source.topics().keySet().stream())
                .toList();
        return topics.stream()
                .sorted(Comparator.comparing((String topic) -> {
                            int index = declared.indexOf(topic);
                            return index < 0 ? Integer.MAX_VALUE : index;
                        })
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Subjects whose titles repeat get the start of their id in brackets, so that a reader can tell
     * them apart (values are {@code TYPE:id}).
     */
    private static List<Choice> distinguished(List<Choice> choices) {
        Map<String, Long> counts =
                choices.stream().collect(Collectors.groupingBy(Choice::label, Collectors.counting()));
        return choices.stream()
                .map(choice -> {
                    if (counts.get(choice.label()) == 1) {
                        return choice;
                    }
                    String id = choice.value().substring(choice.value().indexOf(':') + 1);
                    return new Choice(choice.value(), choice.label() + " (" + id.substring(0, 8) + ")");
                })
                .toList();
    }

    private String subjectTypeName(String type, Locale locale) {
        return messages.getMessage("decision.subjectType." + type, null, type, locale);
    }

    private BasisFacts facts(Optional<DecisionSubjects> source, UUID organizationId, String json, Locale locale) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = JSON.readValue(json, Map.class);
        return source.flatMap(subjects -> subjects.describe(organizationId, new Basis(facts), locale))
                .orElseGet(() -> byPath(json, locale));
    }

    /** Facts no module describes: one per path, under one heading. */
    private BasisFacts byPath(String json, Locale locale) {
        List<BasisFacts.Fact> facts = BasisTable.rows(json).stream()
                .map(row -> new BasisFacts.Fact(row.path(), row.path(), List.of(new BasisFacts.Entry("", row.value()))))
                .toList();
        return new BasisFacts(
                List.of(new BasisFacts.Group(messages.getMessage("decision.basis.factsByPath", null, locale), facts)));
    }

    private Optional<DecisionSubjects> source(String subjectType) {
        return sources.of(subjectType);
    }
}
