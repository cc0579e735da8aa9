package io.mekiki.scoping.web;

import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The "what applies to us" form exactly as the user filled it in, read from its parameters by hand so
 * that anything unexpected becomes a message beside the field instead of a failed request. Asset rows
 * are positional: the n-th {@code assetName} is row n, and a category box carries its row as
 * {@code n:CATEGORY}.
 */
record ScopingForm(
        boolean largeCompanyWithBoard,
        boolean listed,
        List<String> sectors,
        List<String> registerAssets,
        List<AssetRow> assets,
        List<String> dataLocations,
        String providerHeadquarters,
        String serviceModel,
        String criticalInfrastructure,
        String parentCountry,
        String contractingEntityCountry,
        List<String> operationLocations,
        List<String> subprocessorCountries,
        String nonResidentAccess) {

    /** Rows shown even when fewer are filled in. */
    static final int MIN_ROWS = 2;

    static final int MAX_ROWS = 30;
    static final int MAX_NAME_LENGTH = 100;

    /** The parameter of the "add an asset" button. */
    static final String ADD_ROW = "addAsset";

    /** The field name for errors that concern no single field. */
    static final String WHOLE_FORM = "form";

    /** @param financialReporting ticked: used in a process that affects financial reporting (else not known) */
    record AssetRow(String name, Set<String> categories, boolean financialReporting) {
        AssetRow(String name, Set<String> categories) {
            this(name, categories, false);
        }

        public boolean blank() {
            return name.isBlank() && categories.isEmpty() && !financialReporting;
        }

        public boolean holds(AssetCategory category) {
            return categories.contains(category.name());
        }
    }

    /**
     * The facts to decide on, or what must be corrected first (never both).
     *
     * @param errors message keys by the id of the field they concern, in the order of the form
     */
    record Reading(@Nullable ScopingFacts facts, Map<String, String> errors) {

        /** The errors as a summary lists them: each with the label of its field and a link to it. */
        List<Problem> problems() {
            return errors.entrySet().stream()
                    .map(error -> Problem.of(error.getKey(), error.getValue()))
                    .toList();
        }
    }

    /**
     * One thing to correct, for the summary above the result.
     *
     * @param field the id of the field, the target of the link
     * @param labelKey the message key of the field's label, or null for the form as a whole
     */
    record Problem(String field, @Nullable String labelKey, int row, String messageKey) {

        static Problem of(String field, String messageKey) {
            if (field.startsWith("assetName-")) {
                int row = Integer.parseInt(field.substring("assetName-".length()));
                return new Problem(field, "scoping.page.assetName", row + 1, messageKey);
            }
            String label = switch (field) {
                case "sector" -> "scoping.page.sectors";
                case "dataLocation" -> "scoping.page.dataLocations";
                case "providerHeadquarters" -> "scoping.page.providerHeadquarters";
                case "parentCountry" -> "scoping.page.parentCountry";
                case "contractingEntityCountry" -> "scoping.page.contractingEntityCountry";
                case "operationLocations" -> "scoping.page.operationLocations";
                case "subprocessorCountries" -> "scoping.page.subprocessorCountries";
                default -> null;
            };
            return new Problem(label == null ? "scoping-form" : field, label, 0, messageKey);
        }
    }

    /** What the form shows before the user says anything: the organisation's facts from its profile. */
    static ScopingForm defaults(
            boolean largeCompanyWithBoard, boolean listed, Set<Sector> sectors, Tristate criticalInfrastructure) {
        return new ScopingForm(
                largeCompanyWithBoard,
                listed,
                sectors.stream().map(Sector::name).sorted().toList(),
                List.of(),
                rows(List.of(), 0),
                List.of(ScopingFacts.JAPAN),
                "",
                "",
                criticalInfrastructure.name(),
                "",
                "",
                List.of(),
                List.of(),
                "UNKNOWN");
    }

    /** The choices of a fact that may not be known, in the order a form offers them. */
    public List<String> tristates() {
        return List.of("UNKNOWN", "YES", "NO");
    }

    /** Whether the asset of the register with this id is ticked. */
    public boolean picks(Object assetId) {
        return registerAssets.contains(String.valueOf(assetId));
    }

    static ScopingForm from(MultiValueMap<String, String> parameters) {
        List<String> names = parameters.getOrDefault("assetName", List.of());
        Map<Integer, Set<String>> categories = new LinkedHashMap<>();
        int rowCount = names.size();
        for (String value : parameters.getOrDefault("assetCategory", List.of())) {
            int colon = value.indexOf(':');
            int row = colon > 0 ? index(value.substring(0, colon)) : -1;
            String category = colon > 0 ? value.substring(colon + 1) : value;
            categories.computeIfAbsent(row, any -> new LinkedHashSet<>()).add(category);
            rowCount = Math.max(rowCount, row + 1);
        }
        Set<Integer> financialReporting = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault("assetFinancialReporting", List.of())) {
            int row = index(value);
            if (row >= 0) {
                financialReporting.add(row);
                rowCount = Math.max(rowCount, row + 1);
            }
        }
        List<AssetRow> assets = new ArrayList<>();
        for (int row = 0; row < rowCount; row++) {
            String name = row < names.size() && names.get(row) != null ? names.get(row) : "";
            assets.add(new AssetRow(
                    name, Set.copyOf(categories.getOrDefault(row, Set.of())), financialReporting.contains(row)));
        }
        if (categories.containsKey(-1)) {
            // a category without a usable row number can only come from a tampered request
            assets.add(new AssetRow("", Set.copyOf(categories.get(-1))));
        }
        boolean addRow = parameters.containsKey(ADD_ROW);
        return new ScopingForm(
                checked(parameters, "largeCompanyWithBoard"),
                checked(parameters, "listed"),
                values(parameters, "sector"),
                values(parameters, "registerAsset"),
                rows(assets, addRow ? 1 : 0),
                countries(parameters, "dataLocation"),
                Countries.code(single(parameters, "providerHeadquarters")),
                single(parameters, "serviceModel"),
                Tristate.parse(single(parameters, "criticalInfrastructure")).name(),
                Countries.code(single(parameters, "parentCountry")),
                Countries.code(single(parameters, "contractingEntityCountry")),
                countries(parameters, "operationLocations"),
                countries(parameters, "subprocessorCountries"),
                Tristate.parse(single(parameters, "nonResidentAccess")).name());
    }

    /** Several countries in one field, as typed: codes or names separated by commas or spaces. */
    public String operationLocationsText() {
        return String.join(", ", operationLocations);
    }

    public String subprocessorCountriesText() {
        return String.join(", ", subprocessorCountries);
    }

    /** The rows as given, at least {@link #MIN_ROWS}, plus {@code extra} empty ones. */
    private static List<AssetRow> rows(List<AssetRow> given, int extra) {
        List<AssetRow> rows = new ArrayList<>(given);
        for (int i = 0; i < extra && rows.size() < MAX_ROWS; i++) {
            rows.add(new AssetRow("", Set.of()));
        }
        while (rows.size() < MIN_ROWS) {
            rows.add(new AssetRow("", Set.of()));
        }
        return List.copyOf(rows);
    }

    /** One field per chosen country, and a few empty ones to choose more. */
    public List<String> dataLocationFields() {
        List<String> fields = new ArrayList<>(dataLocations);
        for (int i = 0; i < 3; i++) {
            fields.add("");
        }
        return fields;
    }

    public boolean canAddRow() {
        return assets.size() < MAX_ROWS;
    }

    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Sector> sectorFacts = EnumSet.noneOf(Sector.class);
        for (String sector : sectors) {
            Sector known = known(Sector.class, sector);
            if (known == null) {
                errors.putIfAbsent(WHOLE_FORM, "scoping.page.error.invalid");
            } else {
                sectorFacts.add(known);
            }
        }
        if (sectors.isEmpty()) {
            errors.put("sector", "scoping.page.error.sectors");
        }
        if (assets.size() > MAX_ROWS) {
            errors.putIfAbsent(WHOLE_FORM, "scoping.page.error.invalid");
        }
        List<ScopingFacts.Asset> assetFacts = new ArrayList<>();
        for (int row = 0; row < assets.size(); row++) {
            AssetRow asset = assets.get(row);
            if (asset.blank()) {
                continue;
            }
            Set<AssetCategory> held = EnumSet.noneOf(AssetCategory.class);
            for (String category : asset.categories()) {
                AssetCategory known = known(AssetCategory.class, category);
                if (known == null) {
                    errors.putIfAbsent(WHOLE_FORM, "scoping.page.error.invalid");
                } else {
                    held.add(known);
                }
            }
            String name = asset.name().strip();
            if (name.isEmpty()) {
                errors.put(nameField(row), "scoping.page.error.assetName");
            } else if (name.length() > MAX_NAME_LENGTH) {
                errors.put(nameField(row), "scoping.page.error.assetNameLength");
            } else {
                assetFacts.add(new ScopingFacts.Asset(name, held, asset.financialReporting() ? Boolean.TRUE : null));
            }
        }
        if (dataLocations.isEmpty()) {
            errors.put("dataLocation", "scoping.page.error.dataLocations");
        } else if (!dataLocations.stream().allMatch(Countries::isKnown)) {
            errors.put("dataLocation", "scoping.page.error.country");
        }
        String headquarters = providerHeadquarters.isBlank() ? null : providerHeadquarters;
        if (headquarters != null && !Countries.isKnown(headquarters)) {
            errors.put("providerHeadquarters", "scoping.page.error.country");
        }
        String parent = country(parentCountry, "parentCountry", errors);
        String contracting = country(contractingEntityCountry, "contractingEntityCountry", errors);
        if (!operationLocations.stream().allMatch(Countries::isKnown)) {
            errors.put("operationLocations", "scoping.page.error.country");
        }
        if (!subprocessorCountries.stream().allMatch(Countries::isKnown)) {
            errors.put("subprocessorCountries", "scoping.page.error.country");
        }
        ServiceModel model = null;
        if (!serviceModel.isBlank()) {
            model = known(ServiceModel.class, serviceModel);
            if (model == null) {
                errors.putIfAbsent(WHOLE_FORM, "scoping.page.error.invalid");
            }
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return new Reading(
                new ScopingFacts(
                        new ScopingFacts.Organization(
                                largeCompanyWithBoard,
                                listed,
                                sectorFacts,
                                Tristate.parse(criticalInfrastructure).value()),
                        assetFacts,
                        new ScopingFacts.Service(
                                Set.copyOf(dataLocations),
                                headquarters,
                                model,
                                Set.copyOf(operationLocations),
                                parent == null ? null : new ScopingFacts.Party(null, parent),
                                contracting == null ? null : new ScopingFacts.Party(null, contracting),
                                Set.copyOf(subprocessorCountries),
                                Tristate.parse(nonResidentAccess).value())),
                Map.of());
    }

    /** A single country field: null when left empty, its code when known, else an error by the field. */
    private static @Nullable String country(String code, String field, Map<String, String> errors) {
        if (code.isBlank()) {
            return null;
        }
        if (!Countries.isKnown(code)) {
            errors.put(field, "scoping.page.error.country");
            return null;
        }
        return code;
    }

    static String nameField(int row) {
        return "assetName-" + row;
    }

    /**
     * The page's address with this form's answers, so that a reload or a language switch keeps them.
     * Encoded as a browser encodes a form (a space as {@code +}, a plus as {@code %2B}), which is how
     * the server decodes it.
     */
    String address(String path) {
        List<String> query = new ArrayList<>();
        if (largeCompanyWithBoard) {
            query.add(parameter("largeCompanyWithBoard", "true"));
        }
        if (listed) {
            query.add(parameter("listed", "true"));
        }
        sectors.forEach(sector -> query.add(parameter("sector", sector)));
        registerAssets.forEach(asset -> query.add(parameter("registerAsset", asset)));
        for (int row = 0; row < assets.size(); row++) {
            AssetRow asset = assets.get(row);
            query.add(parameter("assetName", asset.name()));
            String prefix = row + ":";
            asset.categories().stream()
                    .sorted()
                    .forEach(category -> query.add(parameter("assetCategory", prefix + category)));
            if (asset.financialReporting()) {
                query.add(parameter("assetFinancialReporting", String.valueOf(row)));
            }
        }
        dataLocations.forEach(country -> query.add(parameter("dataLocation", country)));
        query.add(parameter("providerHeadquarters", providerHeadquarters));
        query.add(parameter("serviceModel", serviceModel));
        query.add(parameter("criticalInfrastructure", criticalInfrastructure));
        query.add(parameter("parentCountry", parentCountry));
        query.add(parameter("contractingEntityCountry", contractingEntityCountry));
        query.add(parameter("operationLocations", operationLocationsText()));
        query.add(parameter("subprocessorCountries", subprocessorCountriesText()));
        query.add(parameter("nonResidentAccess", nonResidentAccess));
        return path + "?" + String.join("&", query);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean checked(MultiValueMap<String, String> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).contains("true");
    }

    /** The distinct values given, sorted so that the same answers always read the same. */
    private static List<String> values(MultiValueMap<String, String> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .distinct()
                .sorted()
                .toList();
    }

    /** Countries as typed or chosen, one or several per field, read as codes; each once, sorted. */
    private static List<String> countries(MultiValueMap<String, String> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Countries.codes(value).stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static int index(String text) {
        try {
            int index = Integer.parseInt(text);
            return index >= 0 && index < MAX_ROWS ? index : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static <E extends Enum<E>> @Nullable E known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
