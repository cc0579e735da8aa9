package io.mekiki.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The contract an initiative makes with the provider of its chosen candidate (利用申込み): the record of the
 * terms agreed, the terms-of-use document's facts (its content is kept apart), the exit terms fixed before the
 * end, and where it stands. It changes only through its methods; the terms review is kept beside it.
 */
@Table("contract")
public class Contract {

    @Id
    private final UUID id;

    private final UUID organizationId;
    private final UUID initiativeId;
    private final UUID candidateId;
    private final UUID providerId;
    private final UUID serviceId;
    private final String serviceName;
    private String title;
    private ContractStatus status;
    private String contractingEntity;
    private @Nullable String plan;
    private @Nullable String termsVersion;
    private @Nullable LocalDate termsDate;
    private LocalDate startsOn;
    private int initialTermMonths;
    private boolean autoRenewal;
    private @Nullable Integer renewalTermMonths;
    private @Nullable Integer ourNoticeAmount;
    private @Nullable PeriodUnit ourNoticeUnit;
    private @Nullable Integer providerNoticeAmount;
    private @Nullable PeriodUnit providerNoticeUnit;
    private @Nullable Integer changeNoticeAmount;
    private @Nullable PeriodUnit changeNoticeUnit;
    private @Nullable String governingLaw;
    private @Nullable String jurisdiction;
    private String dataLocations;
    private @Nullable BigDecimal priceAmount;
    private @Nullable String priceCurrency;
    private @Nullable PricePeriod pricePeriod;

    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<DataReturn> dataReturns;

    private @Nullable String deletionMethod;
    private @Nullable DeletionProof deletionProof;
    private @Nullable String deletionProofNote;
    private @Nullable String termsDocumentName;
    private @Nullable String termsDocumentType;
    private @Nullable Long termsDocumentSize;
    private @Nullable String termsDocumentSha256;
    private @Nullable Instant termsDocumentAt;
    private @Nullable UUID termsDocumentBy;
    private final Instant createdAt;
    private final UUID createdBy;
    private Instant updatedAt;
    private @Nullable LocalDate terminationNoticeReceivedOn;
    private @Nullable LocalDate terminationNoticeEffectiveOn;
    private @Nullable Instant terminationNoticeRecordedAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Contract(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            UUID candidateId,
            UUID providerId,
            UUID serviceId,
            String serviceName,
            String title,
            ContractStatus status,
            String contractingEntity,
            @Nullable String plan,
            @Nullable String termsVersion,
            @Nullable LocalDate termsDate,
            LocalDate startsOn,
            int initialTermMonths,
            boolean autoRenewal,
            @Nullable Integer renewalTermMonths,
            @Nullable Integer ourNoticeAmount,
            @Nullable PeriodUnit ourNoticeUnit,
            @Nullable Integer providerNoticeAmount,
            @Nullable PeriodUnit providerNoticeUnit,
            @Nullable Integer changeNoticeAmount,
            @Nullable PeriodUnit changeNoticeUnit,
            @Nullable String governingLaw,
            @Nullable String jurisdiction,
            String dataLocations,
            @Nullable BigDecimal priceAmount,
            @Nullable String priceCurrency,
            @Nullable PricePeriod pricePeriod,
            List<DataReturn> dataReturns,
            @Nullable String deletionMethod,
            @Nullable DeletionProof deletionProof,
            @Nullable String deletionProofNote,
            @Nullable String termsDocumentName,
            @Nullable String termsDocumentType,
            @Nullable Long termsDocumentSize,
            @Nullable String termsDocumentSha256,
            @Nullable Instant termsDocumentAt,
            @Nullable UUID termsDocumentBy,
            Instant createdAt,
            UUID createdBy,
            Instant updatedAt,
            @Nullable Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.initiativeId = initiativeId;
        this.candidateId = candidateId;
        this.providerId = providerId;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.title = title;
        this.status = status;
        this.contractingEntity = contractingEntity;
        this.plan = plan;
        this.termsVersion = termsVersion;
        this.termsDate = termsDate;
        this.startsOn = startsOn;
        this.initialTermMonths = initialTermMonths;
        this.autoRenewal = autoRenewal;
        this.renewalTermMonths = renewalTermMonths;
        this.ourNoticeAmount = ourNoticeAmount;
        this.ourNoticeUnit = ourNoticeUnit;
        this.providerNoticeAmount = providerNoticeAmount;
        this.providerNoticeUnit = providerNoticeUnit;
        this.changeNoticeAmount = changeNoticeAmount;
        this.changeNoticeUnit = changeNoticeUnit;
        this.governingLaw = governingLaw;
        this.jurisdiction = jurisdiction;
        this.dataLocations = dataLocations;
        this.priceAmount = priceAmount;
        this.priceCurrency = priceCurrency;
        this.pricePeriod = pricePeriod;
        this.dataReturns = dataReturns == null ? new ArrayList<>() : new ArrayList<>(dataReturns);
        this.deletionMethod = deletionMethod;
        this.deletionProof = deletionProof;
        this.deletionProofNote = deletionProofNote;
        this.termsDocumentName = termsDocumentName;
        this.termsDocumentType = termsDocumentType;
        this.termsDocumentSize = termsDocumentSize;
        this.termsDocumentSha256 = termsDocumentSha256;
        this.termsDocumentAt = termsDocumentAt;
        this.termsDocumentBy = termsDocumentBy;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Contract record(
            UUID organizationId,
            UUID initiativeId,
            UUID candidateId,
            UUID providerId,
            UUID serviceId,
            String serviceName,
            ContractRules.Checked details,
            UUID by,
            Instant now) {
        Contract contract = new Contract(
                UUID.randomUUID(),
                organizationId,
                initiativeId,
                candidateId,
                providerId,
                serviceId,
                serviceName,
                serviceName,
                ContractStatus.DRAFT,
                details.contractingEntity(),
                null,
                null,
                null,
                details.startsOn(),
                details.initialTermMonths(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                by,
                now,
                null);
        contract.apply(details);
        return contract;
    }

    /** Replaces the record and returns what changed (field to before and after), empty when nothing did. */
    Map<String, Object> revise(ContractRules.Checked details, Instant now) {
        Map<String, Object> before = recordFacts();
        apply(details);
        Map<String, Object> after = recordFacts();
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", before.get(field));
                change.put("after", value);
                changes.put(field, change);
            }
        });
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private void apply(ContractRules.Checked details) {
        this.contractingEntity = details.contractingEntity();
        this.plan = details.plan();
        this.title = details.plan() == null ? serviceName : serviceName + " " + details.plan();
        if (title.length() > 300) {
            title = title.substring(0, 300);
        }
        this.termsVersion = details.termsVersion();
        this.termsDate = details.termsDate();
        this.startsOn = details.startsOn();
        this.initialTermMonths = details.initialTermMonths();
        this.autoRenewal = details.autoRenewal();
        this.renewalTermMonths = details.renewalTermMonths();
        this.ourNoticeAmount = amount(details.ourNotice());
        this.ourNoticeUnit = unit(details.ourNotice());
        this.providerNoticeAmount = amount(details.providerNotice());
        this.providerNoticeUnit = unit(details.providerNotice());
        this.changeNoticeAmount = amount(details.serviceChangeNotice());
        this.changeNoticeUnit = unit(details.serviceChangeNotice());
        this.governingLaw = details.governingLaw();
        this.jurisdiction = details.jurisdiction();
        this.dataLocations = String.join(",", details.dataLocations());
        this.priceAmount = details.priceAmount();
        this.priceCurrency = details.priceCurrency();
        this.pricePeriod = details.pricePeriod();
    }

    /** Keeps the facts of the terms-of-use document attached now (its content is stored apart). */
    void attachTerms(String fileName, String mediaType, long size, String sha256, UUID by, Instant now) {
        this.termsDocumentName = fileName;
        this.termsDocumentType = mediaType;
        this.termsDocumentSize = size;
        this.termsDocumentSha256 = sha256;
        this.termsDocumentAt = now;
        this.termsDocumentBy = by;
        this.updatedAt = now;
    }

    /** Replaces the exit terms; returns what they were before, as facts, or null when nothing changed. */
    @Nullable
    Map<String, Object> fixExit(ExitTerms terms, Instant now) {
        Map<String, Object> before = exitFacts();
        this.dataReturns = new ArrayList<>(terms.dataReturns());
        this.deletionMethod = terms.deletionMethod();
        this.deletionProof = terms.deletionProof();
        this.deletionProofNote = terms.deletionProofNote();
        if (before.equals(exitFacts())) {
            return null;
        }
        this.updatedAt = now;
        return before;
    }

    /** The exit terms as facts: for the ledger and the gates' basis. */
    public Map<String, Object> exitFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(
                "dataReturns",
                dataReturns.stream()
                        .map(entry -> {
                            Map<String, Object> fact = new LinkedHashMap<>();
                            fact.put("what", entry.what());
                            fact.put("format", entry.format());
                            fact.put("method", entry.method());
                            fact.put("days", entry.days());
                            return fact;
                        })
                        .toList());
        facts.put("deletionMethod", deletionMethod);
        facts.put("deletionProof", deletionProof == null ? null : deletionProof.name());
        facts.put("deletionProofNote", deletionProofNote);
        return facts;
    }

    /** The exit terms as they stand. */
    public ExitTerms exitTerms() {
        return new ExitTerms(dataReturns, deletionMethod, deletionProof, deletionProofNote);
    }

    /** Moves to {@code to}; returns false when it stands there already. */
    boolean moveTo(ContractStatus to, Instant now) {
        if (status == to) {
            return false;
        }
        status = to;
        updatedAt = now;
        return true;
    }

    /** The contract's record as facts: for the ledger and the gates' basis. */
    public Map<String, Object> recordFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("contractingEntity", contractingEntity);
        facts.put("plan", plan);
        facts.put("termsVersion", termsVersion);
        facts.put("termsDate", termsDate == null ? null : termsDate.toString());
        facts.put("startsOn", startsOn.toString());
        facts.put("initialTermMonths", initialTermMonths);
        facts.put("autoRenewal", autoRenewal);
        facts.put("renewalTermMonths", renewalTermMonths);
        facts.put("ourNotice", noticeText(ourNotice()));
        facts.put("providerNotice", noticeText(providerNotice()));
        facts.put("serviceChangeNotice", noticeText(serviceChangeNotice()));
        facts.put("governingLaw", governingLaw);
        facts.put("jurisdiction", jurisdiction);
        facts.put("dataLocations", dataLocations());
        facts.put("priceAmount", priceAmount == null ? null : priceAmount.toPlainString());
        facts.put("priceCurrency", priceCurrency);
        facts.put("pricePeriod", pricePeriod == null ? null : pricePeriod.name());
        return facts;
    }

    private static @Nullable String noticeText(@Nullable NoticePeriod notice) {
        return notice == null ? null : notice.amount() + " " + notice.unit().name();
    }

    private static @Nullable Integer amount(@Nullable NoticePeriod notice) {
        return notice == null ? null : notice.amount();
    }

    private static @Nullable PeriodUnit unit(@Nullable NoticePeriod notice) {
        return notice == null ? null : notice.unit();
    }

    private static @Nullable NoticePeriod notice(@Nullable Integer amount, @Nullable PeriodUnit unit) {
        return amount == null || unit == null ? null : new NoticePeriod(amount, unit);
    }

    /** The dates that follow from the contract as of {@code today}. */
    public ContractDates.OnDay dates(LocalDate today) {
        return terms().on(today);
    }

    /** The contract's terms as the dates are computed from. */
    public ContractDates terms() {
        return new ContractDates(startsOn, initialTermMonths, autoRenewal ? renewalTermMonths : null, ourNotice());
    }

    public UUID id() {
        return id;
    }

    /** The provider's termination notice, once recorded (ADR 046); null while the provider has given none. */
    public @Nullable TerminationNotice terminationNotice() {
        return terminationNoticeReceivedOn == null || terminationNoticeEffectiveOn == null
                ? null
                : new TerminationNotice(
                        terminationNoticeReceivedOn, terminationNoticeEffectiveOn, terminationNoticeRecordedAt);
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID initiativeId() {
        return initiativeId;
    }

    public UUID candidateId() {
        return candidateId;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    /** The name of the service contracted, as it was when the contract was recorded. */
    public String serviceName() {
        return serviceName;
    }

    /** The service's name and the plan, e.g. "勤怠クラウド Enterprise". */
    public String title() {
        return title;
    }

    public ContractStatus status() {
        return status;
    }

    public boolean inForce() {
        return status == ContractStatus.IN_FORCE;
    }

    public String contractingEntity() {
        return contractingEntity;
    }

    public @Nullable String plan() {
        return plan;
    }

    public @Nullable String termsVersion() {
        return termsVersion;
    }

    public @Nullable LocalDate termsDate() {
        return termsDate;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public int initialTermMonths() {
        return initialTermMonths;
    }

    public boolean autoRenewal() {
        return autoRenewal;
    }

    public @Nullable Integer renewalTermMonths() {
        return renewalTermMonths;
    }

    public @Nullable NoticePeriod ourNotice() {
        return notice(ourNoticeAmount, ourNoticeUnit);
    }

    public @Nullable NoticePeriod providerNotice() {
        return notice(providerNoticeAmount, providerNoticeUnit);
    }

    public @Nullable NoticePeriod serviceChangeNotice() {
        return notice(changeNoticeAmount, changeNoticeUnit);
    }

    public @Nullable String governingLaw() {
        return governingLaw;
    }

    public @Nullable String jurisdiction() {
        return jurisdiction;
    }

    public List<String> dataLocations() {
        return dataLocations.isEmpty() ? List.of() : List.of(dataLocations.split(","));
    }

    public @Nullable BigDecimal priceAmount() {
        return priceAmount;
    }

    public @Nullable String priceCurrency() {
        return priceCurrency;
    }

    public @Nullable PricePeriod pricePeriod() {
        return pricePeriod;
    }

    public List<DataReturn> dataReturns() {
        return List.copyOf(dataReturns);
    }

    public @Nullable String deletionMethod() {
        return deletionMethod;
    }

    public @Nullable DeletionProof deletionProof() {
        return deletionProof;
    }

    public @Nullable String deletionProofNote() {
        return deletionProofNote;
    }

    /** The exit terms are fixed: at least one data set to return, the deletion method and its proof. */
    public boolean exitTermsFixed() {
        return !dataReturns.isEmpty() && deletionMethod != null && deletionProof != null;
    }

    /** The terms-of-use document's facts, when one is attached. */
    public @Nullable TermsDocument termsDocument() {
        return termsDocumentSha256 == null
                ? null
                : new TermsDocument(
                        termsDocumentName,
                        termsDocumentType,
                        termsDocumentSize == null ? 0 : termsDocumentSize,
                        termsDocumentSha256,
                        termsDocumentAt,
                        termsDocumentBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /**
     * The terms-of-use document attached to the contract (its content is read apart).
     *
     * @param sha256 hex digest of the content, as uploaded
     */
    public record TermsDocument(
            String fileName, String mediaType, long size, String sha256, Instant attachedAt, UUID attachedBy) {}
}
