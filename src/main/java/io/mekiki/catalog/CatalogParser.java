package io.mekiki.catalog;

import io.mekiki.catalog.CheckItem.Basis;
import io.mekiki.catalog.LibraryEntries.GlossaryTerm;
import io.mekiki.catalog.LibraryEntries.RiskDescription;
import io.mekiki.catalog.LibraryEntries.SectorRules;
import io.mekiki.catalog.Reference.Article;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a catalogue release from YAML and checks it against the format of docs/catalog-format.md,
 * reporting every problem with its file and line. Either a whole valid release comes out, or a list of
 * problems and nothing else.
 */
final class CatalogParser {

    static final int MAX_PROBLEMS = 100;
    private static final Pattern ITEM_ID = Pattern.compile("[A-Z]{2,4}(-[A-Z0-9]+)+");
    private static final Pattern REFERENCE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern RELEASE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of("release", "items", "references", "risks", "glossary", "sectors");

    /** One YAML file of a release. */
    record Source(String name, String text) {}

    /** The outcome: a release when there are no problems. */
    record Result(@Nullable CatalogRelease release, List<CatalogProblem> problems) {
        boolean valid() {
            return release != null && problems.isEmpty();
        }

        CatalogRelease orThrow() {
            if (!valid()) {
                throw new CatalogRejectedException(problems);
            }
            return release;
        }
    }

    private final List<CatalogProblem> problems = new ArrayList<>();
    private String file = "";
    private int scopingRules = 1;

    private CatalogParser() {}

    static Result parse(List<Source> sources) {
        return new CatalogParser().read(sources);
    }

    private Result read(List<Source> sources) {
        Node release = null;
        String releaseFile = null;
        List<Located> items = new ArrayList<>();
        List<Located> references = new ArrayList<>();
        List<Located> risks = new ArrayList<>();
        List<Located> glossary = new ArrayList<>();
        List<Located> sectors = new ArrayList<>();
        for (Source source : sources) {
            file = source.name();
            MappingNode root = compose(source.text());
            if (root == null) {
                continue;
            }
            for (NodeTuple entry : entries(root)) {
                String key = keyOf(entry);
                Node value = entry.getValueNode();
                switch (key) {
                    case "release" -> {
                        if (release != null) {
                            problem(entry.getKeyNode(), "duplicate", "release", releaseFile);
                        } else {
                            release = value;
                            releaseFile = file;
                        }
                    }
                    case "items" -> collect(value, "items", items);
                    case "references" -> collect(value, "references", references);
                    case "risks" -> collect(value, "risks", risks);
                    case "glossary" -> collect(value, "glossary", glossary);
                    case "sectors" -> collect(value, "sectors", sectors);
                    default -> problem(entry.getKeyNode(), "unknownKey", key, String.join(", ", TOP_LEVEL_KEYS));
                }
            }
        }
        if (problems.size() >= MAX_PROBLEMS) {
            return new Result(null, List.copyOf(problems));
        }
        if (release == null) {
            file = sources.isEmpty() ? "" : sources.get(0).name();
            problems.add(new CatalogProblem(file, 0, "missing", List.of("release")));
            return new Result(null, List.copyOf(problems));
        }
        file = releaseFile;
        Map<String, Node> info =
                fields(release, "release", Set.of("id", "publishedOn", "title", "notes", "scopingRules"));
        String id = string(info, release, "id", true);
        if (id != null && !RELEASE_ID.matcher(id).matches()) {
            problem(info.get("id"), "format", "release.id", id);
        }
        LocalDate publishedOn = date(info, release, "publishedOn", true);
        LocalizedText title = text(info, release, "title", true);
        LocalizedText notes = text(info, release, "notes", false);
        scopingRules = info.containsKey("scopingRules")
                ? integer(info, release, "scopingRules", 1, CatalogRelease.LATEST_SCOPING_RULES)
                : 1;

        List<Reference> readReferences = readAll(references, this::reference);
        List<RiskDescription> readRisks = readAll(risks, this::risk);
        List<GlossaryTerm> readGlossary = readAll(glossary, this::glossaryTerm);
        List<SectorRules> readSectors = readAll(sectors, this::sectorRules);
        List<CheckItem> readItems = readAll(items, this::item);

        crossCheck(
                items,
                readItems,
                references,
                readReferences,
                risks,
                readRisks,
                glossary,
                readGlossary,
                sectors,
                readSectors);
        if (items.isEmpty()) {
            file = releaseFile;
            problem(release, "noItems");
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
        }
        return new Result(
                new CatalogRelease(
                        id,
                        publishedOn,
                        title,
                        notes,
                        readItems,
                        readReferences,
                        readRisks,
                        readGlossary,
                        readSectors,
                        scopingRules),
                List.of());
    }

    // ---- structure ----------------------------------------------------------------------------

    /** A node and the file it came from, so that later checks can point at it. */
    private record Located(String file, Node node) {}

    private @Nullable MappingNode compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(10 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(new CatalogProblem(file, 1, "empty", List.of()));
                return null;
            }
            if (root instanceof MappingNode mapping) {
                return mapping;
            }
            problem(root, "type", "(file)", "mapping");
            return null;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(new CatalogProblem(
                    file, line, "yaml", List.of(e.getProblem() == null ? e.getMessage() : e.getProblem())));
            return null;
        } catch (YAMLException e) {
            problems.add(new CatalogProblem(file, 0, "yaml", List.of(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    private void collect(Node value, String key, List<Located> into) {
        if (value instanceof SequenceNode sequence) {
            sequence.getValue().forEach(node -> into.add(new Located(file, node)));
        } else if (!(value instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            problem(value, "type", key, "list");
        }
    }

    private <T> List<T> readAll(List<Located> nodes, Function<Node, T> reader) {
        List<T> result = new ArrayList<>();
        for (Located located : nodes) {
            file = located.file();
            int before = problems.size();
            T value = reader.apply(located.node());
            if (value != null && problems.size() == before) {
                result.add(value);
            }
        }
        return result;
    }

    private List<NodeTuple> entries(MappingNode mapping) {
        return mapping.getValue();
    }

    private String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    /** The fields of a mapping by name; unknown names are problems. */
    private Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "type", what, "mapping");
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : entries(mapping)) {
            String key = keyOf(tuple);
            if (!allowed.contains(key)) {
                problem(
                        tuple.getKeyNode(),
                        "unknownKey",
                        what + "." + key,
                        String.join(", ", allowed.stream().sorted().toList()));
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    // ---- values -----------------------------------------------------------------------------

    private @Nullable String string(Map<String, Node> fields, Node owner, String key, boolean required) {
        Node node = fields.get(key);
        if (node == null
                || (node instanceof ScalarNode scalar && scalar.getValue().isBlank())) {
            if (required) {
                problem(node == null ? owner : node, "missing", key);
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, "type", key, "text");
            return null;
        }
        return scalar.getValue().strip();
    }

    private @Nullable LocalizedText text(Map<String, Node> fields, Node owner, String key, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problem(owner, "missing", key);
            }
            return required ? null : new LocalizedText("", "");
        }
        Map<String, Node> languages = fields(node, key, Set.of("ja", "en"));
        String ja = string(languages, node, "ja", required);
        String en = string(languages, node, "en", required);
        return new LocalizedText(ja, en);
    }

    private @Nullable LocalDate date(Map<String, Node> fields, Node owner, String key, boolean required) {
        String value = string(fields, owner, key, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(fields.get(key), "format", key, value);
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(Map<String, Node> fields, Node owner, String key, Class<E> type) {
        String value = string(fields, owner, key, true);
        return value == null ? null : enumOf(fields.get(key), key, value, type);
    }

    private <E extends Enum<E>> @Nullable E enumOf(Node node, String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(node, "unknownValue", key, value, allowed(type));
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> enumSet(Map<String, Node> fields, String key, Class<E> type) {
        Node node = fields.get(key);
        Set<E> result = EnumSet.noneOf(type);
        if (node == null) {
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "type", key, "list");
            return result;
        }
        for (Node element : sequence.getValue()) {
            if (element instanceof ScalarNode scalar) {
                E value = enumOf(element, key, scalar.getValue().strip(), type);
                if (value != null) {
                    result.add(value);
                }
            } else {
                problem(element, "type", key, "text");
            }
        }
        return result;
    }

    private List<String> stringList(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "type", key, "list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problem(element, "type", key, "text");
            }
        }
        return result;
    }

    private @Nullable Boolean flag(Map<String, Node> fields, String key) {
        String value = fields.containsKey(key) ? string(fields, fields.get(key), key, false) : null;
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(fields.get(key), "type", key, "true/false");
                yield null;
            }
        };
    }

    private int integer(Map<String, Node> fields, Node owner, String key, int min, int max) {
        String value = string(fields, owner, key, true);
        if (value == null) {
            return min;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(fields.get(key), "range", key, value, Integer.toString(min), Integer.toString(max));
            }
            return number;
        } catch (NumberFormatException e) {
            problem(fields.get(key), "range", key, value, Integer.toString(min), Integer.toString(max));
            return min;
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    // ---- entries ----------------------------------------------------------------------------

    private @Nullable CheckItem item(Node node) {
        Map<String, Node> fields = fields(
                node,
                "item",
                Set.of(
                        "id",
                        "section",
                        "phase",
                        "title",
                        "guidance",
                        "question",
                        "evidence",
                        "basis",
                        "confidence",
                        "appliesWhen",
                        "risks",
                        "weight"));
        String id = string(fields, node, "id", true);
        Section section = enumValue(fields, node, "section", Section.class);
        if (id != null && !ITEM_ID.matcher(id).matches()) {
            problem(fields.get("id"), "format", "id", id);
        } else if (id != null && section != null && !id.startsWith(section.idPrefix() + "-")) {
            problem(fields.get("id"), "idPrefix", id, section.idPrefix() + "-", section.name());
        }
        if (section != null && section.sinceScopingRules() > scopingRules) {
            problem(
                    fields.get("section"),
                    "sectionNeedsRules",
                    section.name(),
                    Integer.toString(section.sinceScopingRules()));
        }
        LifeCyclePhase phase = enumValue(fields, node, "phase", LifeCyclePhase.class);
        LocalizedText title = text(fields, node, "title", true);
        LocalizedText guidance = text(fields, node, "guidance", true);
        LocalizedText question = text(fields, node, "question", true);
        LocalizedText evidence = text(fields, node, "evidence", true);
        List<Basis> basis = basis(fields.get("basis"));
        Confidence confidence = enumValue(fields, node, "confidence", Confidence.class);
        Applicability appliesWhen = applicability(fields.get("appliesWhen"));
        Set<CloudRisk> risks = enumSet(fields, "risks", CloudRisk.class);
        if (!fields.containsKey("risks")) {
            problem(node, "missing", "risks");
        }
        int weight = integer(fields, node, "weight", 1, 5);
        if (id == null
                || section == null
                || phase == null
                || title == null
                || guidance == null
                || question == null
                || evidence == null
                || confidence == null
                || appliesWhen == null) {
            return null;
        }
        return new CheckItem(
                id, section, phase, title, guidance, question, evidence, basis, confidence, appliesWhen, risks, weight);
    }

    private List<Basis> basis(@Nullable Node node) {
        if (node == null
                || (node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "type", "basis", "list");
            return List.of();
        }
        List<Basis> result = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            Map<String, Node> fields = fields(element, "basis", Set.of("ref", "article"));
            String ref = string(fields, element, "ref", true);
            LocalizedText article = fields.containsKey("article") ? text(fields, element, "article", true) : null;
            if (ref != null) {
                result.add(new Basis(ref, article));
            }
        }
        return result;
    }

    private @Nullable Applicability applicability(@Nullable Node node) {
        if (node == null) {
            return Applicability.ALWAYS;
        }
        Map<String, Node> fields = fields(
                node,
                "appliesWhen",
                Set.of(
                        "assetCategories",
                        "sectors",
                        "serviceModels",
                        "foreignDataLocation",
                        "foreignProvider",
                        "anythingForeign",
                        "listed",
                        "largeCompanyWithBoard",
                        "financialReporting",
                        "nonResidentAccess",
                        "criticalInfrastructure",
                        "possibleTaxRecords"));
        // these conditions only narrow to the cases where the fact holds (or may hold); false has no meaning
        Map<String, Boolean> onlyTrue = new HashMap<>();
        for (String key :
                List.of("financialReporting", "nonResidentAccess", "criticalInfrastructure", "possibleTaxRecords")) {
            Boolean value = flag(fields, key);
            if (Boolean.FALSE.equals(value)) {
                problem(fields.get(key), "type", key, "true");
            } else {
                onlyTrue.put(key, value);
            }
        }
        return new Applicability(
                enumSet(fields, "assetCategories", AssetCategory.class),
                enumSet(fields, "sectors", Sector.class),
                enumSet(fields, "serviceModels", ServiceModel.class),
                flag(fields, "foreignDataLocation"),
                flag(fields, "foreignProvider"),
                flag(fields, "anythingForeign"),
                flag(fields, "listed"),
                flag(fields, "largeCompanyWithBoard"),
                onlyTrue.get("financialReporting"),
                onlyTrue.get("nonResidentAccess"),
                onlyTrue.get("criticalInfrastructure"),
                onlyTrue.get("possibleTaxRecords"));
    }

    private @Nullable Reference reference(Node node) {
        Map<String, Node> fields = fields(
                node,
                "reference",
                Set.of(
                        "id",
                        "kind",
                        "name",
                        "shortName",
                        "issuer",
                        "version",
                        "date",
                        "articles",
                        "confidence",
                        "url"));
        String id = string(fields, node, "id", true);
        if (id != null && !REFERENCE_ID.matcher(id).matches()) {
            problem(fields.get("id"), "format", "id", id);
        }
        ReferenceKind kind = enumValue(fields, node, "kind", ReferenceKind.class);
        LocalizedText name = text(fields, node, "name", true);
        LocalizedText shortName = fields.containsKey("shortName") ? text(fields, node, "shortName", true) : name;
        LocalizedText issuer = text(fields, node, "issuer", true);
        String version = string(fields, node, "version", false);
        LocalDate date = date(fields, node, "date", false);
        List<Article> articles = new ArrayList<>();
        Node articleNodes = fields.get("articles");
        if (articleNodes instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                Map<String, Node> articleFields = fields(element, "article", Set.of("article", "summary"));
                LocalizedText article = text(articleFields, element, "article", true);
                LocalizedText summary = text(articleFields, element, "summary", true);
                if (article != null && summary != null) {
                    articles.add(new Article(article, summary));
                }
            }
        } else if (articleNodes != null) {
            problem(articleNodes, "type", "articles", "list");
        }
        Confidence confidence = enumValue(fields, node, "confidence", Confidence.class);
        String url = string(fields, node, "url", false);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            problem(fields.get("url"), "format", "url", url);
        }
        if (id == null || kind == null || name == null || shortName == null || issuer == null || confidence == null) {
            return null;
        }
        return new Reference(id, kind, name, shortName, issuer, version, date, articles, confidence, url);
    }

    private @Nullable RiskDescription risk(Node node) {
        Map<String, Node> fields = fields(node, "risk", Set.of("id", "name", "description"));
        CloudRisk id = enumValue(fields, node, "id", CloudRisk.class);
        LocalizedText name = text(fields, node, "name", true);
        LocalizedText description = text(fields, node, "description", true);
        return id == null || name == null || description == null ? null : new RiskDescription(id, name, description);
    }

    private @Nullable GlossaryTerm glossaryTerm(Node node) {
        Map<String, Node> fields = fields(node, "glossary", Set.of("id", "term", "definition"));
        String id = string(fields, node, "id", true);
        LocalizedText term = text(fields, node, "term", true);
        LocalizedText definition = text(fields, node, "definition", true);
        return id == null || term == null || definition == null ? null : new GlossaryTerm(id, term, definition);
    }

    private @Nullable SectorRules sectorRules(Node node) {
        Map<String, Node> fields = fields(node, "sector", Set.of("id", "name", "rules", "references"));
        Sector id = enumValue(fields, node, "id", Sector.class);
        LocalizedText name = text(fields, node, "name", true);
        LocalizedText rules = text(fields, node, "rules", true);
        List<String> references = stringList(fields, "references");
        return id == null || name == null || rules == null ? null : new SectorRules(id, name, rules, references);
    }

    // ---- across entries ------------------------------------------------------------------------

    private void crossCheck(
            List<Located> itemNodes,
            List<CheckItem> items,
            List<Located> referenceNodes,
            List<Reference> references,
            List<Located> riskNodes,
            List<RiskDescription> risks,
            List<Located> glossaryNodes,
            List<GlossaryTerm> glossary,
            List<Located> sectorNodes,
            List<SectorRules> sectors) {
        unique(itemNodes, "id");
        unique(referenceNodes, "id");
        unique(riskNodes, "id");
        unique(glossaryNodes, "id");
        unique(sectorNodes, "id");
        Set<String> referenceIds = new java.util.HashSet<>();
        references.forEach(reference -> referenceIds.add(reference.id()));
        for (Located located : itemNodes) {
            file = located.file();
            Node basis = fieldNode(located.node(), "basis");
            if (basis instanceof SequenceNode sequence) {
                for (Node element : sequence.getValue()) {
                    Node ref = fieldNode(element, "ref");
                    if (ref instanceof ScalarNode scalar
                            && !referenceIds.contains(scalar.getValue().strip())) {
                        problem(ref, "unknownReference", scalar.getValue().strip());
                    }
                }
            }
        }
        for (Located located : sectorNodes) {
            file = located.file();
            Node refs = fieldNode(located.node(), "references");
            if (refs instanceof SequenceNode sequence) {
                for (Node element : sequence.getValue()) {
                    if (element instanceof ScalarNode scalar
                            && !referenceIds.contains(scalar.getValue().strip())) {
                        problem(element, "unknownReference", scalar.getValue().strip());
                    }
                }
            }
        }
        Set<CloudRisk> described = EnumSet.noneOf(CloudRisk.class);
        risks.forEach(risk -> described.add(risk.id()));
        for (CloudRisk risk : CloudRisk.values()) {
            if (!described.contains(risk) && !riskNodes.isEmpty()) {
                file = riskNodes.get(0).file();
                problem(riskNodes.get(0).node(), "riskUndescribed", risk.name());
            }
        }
        if (riskNodes.isEmpty()) {
            problems.add(new CatalogProblem(file, 0, "missing", List.of("risks")));
        }
    }

    private void unique(List<Located> nodes, String key) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Located located : nodes) {
            file = located.file();
            Node id = fieldNode(located.node(), key);
            if (id instanceof ScalarNode scalar) {
                String value = scalar.getValue().strip();
                Integer earlier = firstLine.putIfAbsent(value, line(id));
                if (earlier != null) {
                    problem(id, "duplicateId", value, Integer.toString(earlier));
                }
            }
        }
    }

    private static @Nullable Node fieldNode(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(Node node, String code, String... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new CatalogProblem(
                    file,
                    node == null ? 0 : line(node),
                    code,
                    Arrays.stream(arguments).map(a -> a == null ? "" : a).toList()));
        }
    }
}
