package io.mekiki.scoping.web;

import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The what-if question as a client sends it. Values are read as text and checked here, so that an
 * unknown code is reported with the exact field it stands in.
 */
@Schema(description = "Facts of a planned cloud use")
record ScopingRequest(
        @Nullable @Valid OrganizationPart organization,
        @Nullable @Size(max = 500) List<@Valid AssetPart> assets,
        @Nullable @Valid ServicePart service) {

    record OrganizationPart(
            @Nullable Boolean largeCompanyWithBoard,
            @Nullable Boolean listed,

            @Schema(example = "[\"GENERAL\"]") @Nullable @Size(max = 50)
            List<@Size(max = 100) String> sectors,

            @Schema(
                    description = "Designated operator of critical infrastructure (経済安全保障推進法 特定社会基盤事業者);"
                            + " absent or null: not known")
            @Nullable
            Boolean criticalInfrastructure) {}

    record AssetPart(
            @Nullable @Size(max = 200) String name,

            @Schema(example = "[\"PERSONAL_DATA\"]") @Nullable @Size(max = 30)
            List<@Size(max = 100) String> categories,

            @Schema(description = "Used in a process that affects financial reporting; absent or null: not known")
            @Nullable
            Boolean financialReporting) {}

    record ServicePart(
            @Schema(description = "ISO 3166-1 alpha-2 codes", example = "[\"JP\", \"US\"]") @Nullable @Size(max = 50)
            List<@Size(max = 100) String> dataLocations,

            @Schema(
                    description = "ISO 3166-1 alpha-2 code; absent: not known (rule set 2 then counts the provider as"
                            + " possibly foreign)",
                    example = "US")
            @Nullable
            @Size(max = 100)
            String providerHeadquarters,

            @Schema(description = "IAAS, PAAS or SAAS; optional") @Nullable @Size(max = 100)
            String serviceModel,

            @Schema(description = "Who signs the contract: ISO 3166-1 alpha-2; absent: not known", example = "IE")
            @Nullable
            @Size(max = 100)
            String contractingEntityCountry,

            @Schema(description = "The ultimate parent: ISO 3166-1 alpha-2; absent: not known", example = "US")
            @Nullable
            @Size(max = 100)
            String parentCountry,

            @Schema(
                    description = "Where the provider's staff reach the data from: ISO 3166-1 alpha-2 codes",
                    example = "[\"JP\", \"SG\"]")
            @Nullable
            @Size(max = 50)
            List<@Size(max = 100) String> operationLocations,

            @Schema(description = "Where the subprocessors are: ISO 3166-1 alpha-2 codes", example = "[\"US\"]")
            @Nullable
            @Size(max = 50)
            List<@Size(max = 100) String> subprocessorCountries,

            @Schema(
                    description = "Non-residents (or residents of the 特定類型) may reach the data; absent or null:"
                            + " not known")
            @Nullable
            Boolean nonResidentAccess) {}

    /** A field that is missing or holds a value that is not allowed. */
    record FieldError(String field, String code, @Nullable String value) {}

    /** The facts, or the list of what is wrong (never both). */
    record Reading(@Nullable ScopingFacts facts, List<FieldError> errors) {}

    Reading read() {
        List<FieldError> errors = new ArrayList<>();
        ScopingFacts.Organization organizationFacts = null;
        if (organization == null) {
            errors.add(new FieldError("organization", "missing", null));
        } else {
            required(errors, "organization.largeCompanyWithBoard", organization.largeCompanyWithBoard());
            required(errors, "organization.listed", organization.listed());
            Set<Sector> sectors = enums(errors, "organization.sectors", organization.sectors(), Sector.class, true);
            organizationFacts = new ScopingFacts.Organization(
                    Boolean.TRUE.equals(organization.largeCompanyWithBoard()),
                    Boolean.TRUE.equals(organization.listed()),
                    sectors,
                    organization.criticalInfrastructure());
        }
        List<ScopingFacts.Asset> assetFacts = new ArrayList<>();
        if (assets == null) {
            errors.add(new FieldError("assets", "missing", null));
        } else {
            for (int i = 0; i < assets.size(); i++) {
                AssetPart asset = assets.get(i);
                String prefix = "assets[" + i + "]";
                if (asset == null) {
                    errors.add(new FieldError(prefix, "missing", null));
                    continue;
                }
                if (asset.name() == null || asset.name().isBlank()) {
                    errors.add(new FieldError(prefix + ".name", "missing", null));
                }
                Set<AssetCategory> categories =
                        enums(errors, prefix + ".categories", asset.categories(), AssetCategory.class, true);
                assetFacts.add(new ScopingFacts.Asset(
                        asset.name() == null ? "" : asset.name().strip(), categories, asset.financialReporting()));
            }
        }
        ScopingFacts.Service serviceFacts = null;
        if (service == null) {
            errors.add(new FieldError("service", "missing", null));
        } else {
            Set<String> locations = new LinkedHashSet<>();
            if (service.dataLocations() == null || service.dataLocations().isEmpty()) {
                errors.add(new FieldError("service.dataLocations", "missing", null));
            } else {
                for (int i = 0; i < service.dataLocations().size(); i++) {
                    String code = country(
                            errors,
                            "service.dataLocations[" + i + "]",
                            service.dataLocations().get(i));
                    if (code != null) {
                        locations.add(code);
                    }
                }
            }
            String headquarters = service.providerHeadquarters() == null
                    ? null
                    : country(errors, "service.providerHeadquarters", service.providerHeadquarters());
            ServiceModel model = null;
            if (service.serviceModel() != null && !service.serviceModel().isBlank()) {
                model = value(errors, "service.serviceModel", service.serviceModel(), ServiceModel.class);
            }
            String contracting = service.contractingEntityCountry() == null
                    ? null
                    : country(errors, "service.contractingEntityCountry", service.contractingEntityCountry());
            String parent = service.parentCountry() == null
                    ? null
                    : country(errors, "service.parentCountry", service.parentCountry());
            serviceFacts = new ScopingFacts.Service(
                    locations,
                    headquarters,
                    model,
                    countries(errors, "service.operationLocations", service.operationLocations()),
                    parent == null ? null : new ScopingFacts.Party(null, parent),
                    contracting == null ? null : new ScopingFacts.Party(null, contracting),
                    countries(errors, "service.subprocessorCountries", service.subprocessorCountries()),
                    service.nonResidentAccess());
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return new Reading(new ScopingFacts(organizationFacts, assetFacts, serviceFacts), List.of());
    }

    private static Set<String> countries(List<FieldError> errors, String field, @Nullable List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String code = country(errors, field + "[" + i + "]", values.get(i));
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static void required(List<FieldError> errors, String field, @Nullable Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "missing", null));
        }
    }

    private static <E extends Enum<E>> Set<E> enums(
            List<FieldError> errors, String field, @Nullable List<String> values, Class<E> type, boolean required) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null || values.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "missing", null));
            }
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            E value = value(errors, field + "[" + i + "]", values.get(i), type);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private static <E extends Enum<E>> @Nullable E value(
            List<FieldError> errors, String field, @Nullable String value, Class<E> type) {
        if (value == null) {
            errors.add(new FieldError(field, "missing", null));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown", value));
            return null;
        }
    }

    private static @Nullable String country(List<FieldError> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "missing", null));
            return null;
        }
        String code = value.strip();
        if (!Countries.isKnown(code)) {
            errors.add(new FieldError(field, "unknownCountry", value));
            return null;
        }
        return code;
    }
}
