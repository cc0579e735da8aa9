package io.mekiki.assets;

import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information asset register of the user's organisation: everyone in it reads; risk officers,
 * business owners and administrators register, revise, archive and restore. Every change is recorded
 * in the audit ledger in the same transaction.
 */
@Service
public class AssetRegister {

    /** Who may change the register, as a Spring Security expression. */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER', 'ADMIN')";

    private final AssetRecords assets;
    private final AssetQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetRegister(AssetRecords assets, AssetQueries queries, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /** The keys the register sorts by: name, department, value, tolerance, cost and updated. */
    public static final List<String> SORT_KEYS = List.of("name", "department", "value", "tolerance", "cost", "updated");

    /** The register is read by name unless asked otherwise. */
    public static final ListOrder DEFAULT_ORDER = ListOrder.ascending("name");

    /** One page of the register by name. */
    @Transactional(readOnly = true)
    public ListPage<AssetRow> search(SignedInUser user, AssetQuery query, int page, int size) {
        return search(user, query, DEFAULT_ORDER, page, size);
    }

    /**
     * One page of the register in the order asked for.
     *
     * @throws io.mekiki.shared.RuleViolationException naming {@code sort} for a key not in {@link #SORT_KEYS}
     */
    @Transactional(readOnly = true)
    public ListPage<AssetRow> search(SignedInUser user, AssetQuery query, ListOrder order, int page, int size) {
        ListOrder checked = ListOrder.parse(order.parameter(), DEFAULT_ORDER, SORT_KEYS);
        return queries.page(user.organizationId(), query, checked, Math.max(0, page), Math.max(1, size));
    }

    /** Every asset the query finds, for an export. */
    @Transactional(readOnly = true)
    public List<AssetRow> export(SignedInUser user, AssetQuery query) {
        return queries.all(user.organizationId(), query);
    }

    @Transactional(readOnly = true)
    public InformationAsset asset(SignedInUser user, UUID id) {
        return find(user, id);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public InformationAsset register(SignedInUser user, AssetDetails details) {
        InformationAsset asset = InformationAsset.register(user.organizationId(), details, clock.instant());
        requireUniqueName(user, asset.id(), asset.name());
        InformationAsset saved = save(asset);
        events.publishEvent(new AssetRegistered(user.organizationId(), user.actor(), saved.id(), saved.details()));
        return saved;
    }

    /**
     * Replaces the details of an asset.
     *
     * @param expectedVersion the version the editor started from (required); if the asset changed since,
     *     nothing is saved and the editor is told so
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public InformationAsset revise(SignedInUser user, UUID id, @Nullable Long expectedVersion, AssetDetails details) {
        InformationAsset asset = find(user, id);
        AssetDetails before = asset.details();
        Map<String, Object> changes = asset.revise(expectedVersion, details, clock.instant());
        if (changes.isEmpty()) {
            return asset;
        }
        requireUniqueName(user, asset.id(), asset.name());
        InformationAsset saved = save(asset);
        events.publishEvent(new AssetRevised(user.organizationId(), user.actor(), saved.id(), before, saved.details()));
        return saved;
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public InformationAsset archive(SignedInUser user, UUID id) {
        InformationAsset asset = find(user, id);
        asset.archive(clock.instant());
        InformationAsset saved = save(asset);
        events.publishEvent(new AssetArchived(user.organizationId(), user.actor(), saved.id(), saved.name()));
        return saved;
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public InformationAsset restore(SignedInUser user, UUID id) {
        InformationAsset asset = find(user, id);
        asset.restore(clock.instant());
        InformationAsset saved = save(asset);
        events.publishEvent(new AssetRestored(user.organizationId(), user.actor(), saved.id(), saved.name()));
        return saved;
    }

    private void requireUniqueName(SignedInUser user, UUID id, String name) {
        if (assets.nameTaken(user.organizationId(), name, id)) {
            throw AssetRuleViolation.conflict("name", "assets.error.nameTaken", name);
        }
    }

    private InformationAsset save(InformationAsset asset) {
        try {
            return assets.save(asset);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw AssetRuleViolation.stale();
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw AssetRuleViolation.conflict("name", "assets.error.nameTaken", asset.name());
        }
    }

    private InformationAsset find(SignedInUser user, UUID id) {
        return assets.findByIdAndOrganizationId(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException(AssetChange.ASSET, id));
    }
}
