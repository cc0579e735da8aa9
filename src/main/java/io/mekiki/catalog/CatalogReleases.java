package io.mekiki.catalog;

import io.mekiki.catalog.CatalogParser.Source;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue releases an organisation can see (those shipped with Mekiki and those its
 * administrators uploaded), which one is active, and uploads of new ones.
 */
@Service
public class CatalogReleases {

    /** Uploads larger than this are refused before parsing. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Map<UUID, CatalogRelease> parsed = new ConcurrentHashMap<>();

    CatalogReleases(JdbcClient jdbc, ApplicationEventPublisher events, PeopleDirectory people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The keys the releases list sorts by. */
    public static final List<String> SORT_KEYS = List.of("id", "published", "items", "loaded");

    /** The newest release first unless asked otherwise. */
    public static final ListOrder DEFAULT_ORDER = ListOrder.descending("published");

    private static final Map<String, Comparator<ReleaseInfo>> COMPARATORS = Map.of(
            "id", Comparator.comparing(ReleaseInfo::id),
            "published", Comparator.comparing(ReleaseInfo::publishedOn),
            "items", Comparator.comparingInt(ReleaseInfo::itemCount),
            "loaded", Comparator.comparing(ReleaseInfo::loadedAt));

    /**
     * One page of the releases visible to the organisation in the order asked for (they are few: sorted
     * as read).
     *
     * @throws io.mekiki.shared.RuleViolationException naming {@code sort} for a key not in {@link #SORT_KEYS}
     */
    @Transactional(readOnly = true)
    public ListPage<ReleaseInfo> releases(UUID organizationId, ListOrder order, int page, int size) {
        ListOrder checked = ListOrder.parse(order.parameter(), DEFAULT_ORDER, SORT_KEYS);
        return ListPage.sorted(
                releases(organizationId),
                checked,
                COMPARATORS,
                Comparator.comparing(ReleaseInfo::loadedAt).reversed().thenComparing(ReleaseInfo::id),
                page,
                size);
    }

    /** Releases visible to the organisation, newest first. */
    @Transactional(readOnly = true)
    public List<ReleaseInfo> releases(UUID organizationId) {
        UUID active = activeKey(organizationId);
        return named(
                organizationId,
                jdbc.sql("""
                                select * from catalog_release
                                where organization_id is null or organization_id = ?
                                order by published_on desc, loaded_at desc""")
                        .param(organizationId)
                        .query((rs, n) -> info(rs, active))
                        .list());
    }

    /** The release the organisation works with now. */
    @Transactional(readOnly = true)
    public CatalogRelease current(UUID organizationId) {
        return load(activeKey(organizationId));
    }

    @Transactional(readOnly = true)
    public ReleaseInfo currentInfo(UUID organizationId) {
        UUID active = activeKey(organizationId);
        return named(
                        organizationId,
                        List.of(jdbc.sql("select * from catalog_release where key = ?")
                                .param(active)
                                .query((rs, n) -> info(rs, active))
                                .single()))
                .get(0);
    }

    /** A release by its id, if the organisation can see it. */
    @Transactional(readOnly = true)
    public CatalogRelease release(UUID organizationId, String releaseId) {
        return load(keyOf(organizationId, releaseId)
                .orElseThrow(() -> new NotFoundException(CatalogChange.RELEASE, releaseId)));
    }

    /**
     * Validates and stores an uploaded release for the administrator's organisation. Nothing is stored
     * when the file has any problem.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReleaseInfo upload(SignedInUser admin, String fileName, byte[] content, boolean activate) {
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new CatalogRejectedException(List.of(new CatalogProblem(
                    fileName, 0, "tooLarge", List.of(Integer.toString(MAX_UPLOAD_BYTES / 1024 / 1024)))));
        }
        String text = UploadedText.decode(fileName, content);
        CatalogRelease release =
                CatalogParser.parse(List.of(new Source(fileName, text))).orThrow();
        if (keyOf(admin.organizationId(), release.id()).isPresent()) {
            throw new CatalogRejectedException(
                    List.of(new CatalogProblem(fileName, 0, "releaseExists", List.of(release.id()))));
        }
        UUID key = store(
                release,
                admin.organizationId(),
                admin.actor().name(),
                admin.userId(),
                List.of(new Source(fileName, text)));
        events.publishEvent(new CatalogReleaseUploaded(
                admin.organizationId(),
                admin.actor(),
                release.id(),
                release.items().size(),
                digest(List.of(new Source(fileName, text))),
                fileName));
        if (activate) {
            activate(admin, release.id());
        }
        UUID active = activeKey(admin.organizationId());
        return named(
                        admin.organizationId(),
                        List.of(jdbc.sql("select * from catalog_release where key = ?")
                                .param(key)
                                .query((rs, n) -> info(rs, active))
                                .single()))
                .get(0);
    }

    /** Makes a visible release the one the organisation works with. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void activate(SignedInUser admin, String releaseId) {
        UUID key = keyOf(admin.organizationId(), releaseId)
                .orElseThrow(() -> new NotFoundException(CatalogChange.RELEASE, releaseId));
        UUID before = activeKey(admin.organizationId());
        if (before.equals(key)) {
            throw RuleViolationException.conflict("catalog.error.alreadyActive", releaseId);
        }
        jdbc.sql("""
                        insert into catalog_active_release (organization_id, release_key) values (?, ?)
                        on conflict (organization_id) do update set release_key = excluded.release_key""").params(admin.organizationId(), key).update();
        events.publishEvent(
                new CatalogReleaseActivated(admin.organizationId(), admin.actor(), releaseId, releaseIdOf(before)));
        events.publishEvent(
                new ActiveReleaseSwitched(admin.organizationId(), releaseIdOf(before), releaseId, admin.actor()));
    }

    /**
     * Stores a release shipped with Mekiki the first time it is seen; afterwards its files must stay
     * exactly as stored.
     *
     * @throws IllegalStateException when a bundled release differs from the stored one under the same id
     */
    @Transactional
    void storeBundled(CatalogRelease release, List<Source> sources) {
        String digest = digest(sources);
        Optional<UUID> existing = jdbc.sql(
                        "select key from catalog_release where organization_id is null and release_id = ?")
                .param(release.id())
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            String stored = jdbc.sql("select content_sha256 from catalog_release where key = ?")
                    .param(existing.get())
                    .query(String.class)
                    .single();
            if (!stored.equals(digest)) {
                throw new IllegalStateException(("The bundled catalogue release %s differs from the release %s stored"
                                + " in the database (stored content SHA-256 %s, bundled %s). Bundled releases never"
                                + " change once stored, because initiatives and decisions rest on them: restore the"
                                + " files of %s as they were and publish the new content under a new release id.")
                        .formatted(release.id(), release.id(), stored, digest, release.id()));
            }
            return;
        }
        store(release, null, "Mekiki", null, sources);
    }

    /**
     * Pins the newest bundled release as the one a new organisation works with, so that a newer bundled
     * release later does not move it without an administrator's switch.
     */
    @Transactional
    public void pinNewest(UUID organizationId) {
        jdbc.sql("""
                        insert into catalog_active_release (organization_id, release_key)
                        select ?, key from catalog_release where organization_id is null
                        order by published_on desc, loaded_at desc limit 1
                        on conflict (organization_id) do nothing""").param(organizationId).update();
    }

    /** The releases with who loaded them named as they read now: one query for all of them. */
    private List<ReleaseInfo> named(UUID organizationId, List<ReleaseInfo> releases) {
        List<UUID> loaders = releases.stream()
                .map(ReleaseInfo::loadedById)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (loaders.isEmpty()) {
            return releases;
        }
        Map<UUID, String> names = people.names(organizationId, loaders);
        return releases.stream().map(info -> info.named(names)).toList();
    }

    private UUID store(
            CatalogRelease release,
            @Nullable UUID organizationId,
            String loadedBy,
            @Nullable UUID loadedById,
            List<Source> sources) {
        UUID key = UUID.randomUUID();
        jdbc.sql("""
                        insert into catalog_release (key, release_id, organization_id, published_on, title_ja, title_en,
                            item_count, content_sha256, loaded_at, loaded_by, loaded_by_id, scoping_rules)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key,
                        release.id(),
                        organizationId,
                        release.publishedOn(),
                        release.title().ja(),
                        release.title().en(),
                        release.items().size(),
                        digest(sources),
                        Timestamp.from(clock.instant()),
                        loadedBy,
                        loadedById,
                        release.scopingRules())
                .update();
        storeFiles(key, sources);
        parsed.put(key, release);
        return key;
    }

    private void storeFiles(UUID key, List<Source> sources) {
        for (Source source : sources) {
            jdbc.sql("insert into catalog_release_file (release_key, file_name, content) values (?, ?, ?)")
                    .params(key, source.name(), source.text())
                    .update();
        }
    }

    private CatalogRelease load(UUID key) {
        return parsed.computeIfAbsent(key, this::parseStored);
    }

    private CatalogRelease parseStored(UUID key) {
        List<Source> sources = jdbc.sql(
                        "select file_name, content from catalog_release_file where release_key = ? order by file_name")
                .param(key)
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2)))
                .list();
        return CatalogParser.parse(sources).orThrow();
    }

    private UUID activeKey(UUID organizationId) {
        return jdbc.sql("select release_key from catalog_active_release where organization_id = ?")
                .param(organizationId)
                .query(UUID.class)
                .optional()
                .or(() -> jdbc.sql("""
                                select key from catalog_release where organization_id is null
                                order by published_on desc, loaded_at desc limit 1""").query(UUID.class).optional())
                .orElseThrow(() -> new IllegalStateException("No catalogue release is loaded"));
    }

    private Optional<UUID> keyOf(UUID organizationId, String releaseId) {
        return jdbc.sql("""
                        select key from catalog_release
                        where release_id = ? and (organization_id is null or organization_id = ?)""").params(releaseId, organizationId).query(UUID.class).optional();
    }

    private String releaseIdOf(UUID key) {
        return jdbc.sql("select release_id from catalog_release where key = ?")
                .param(key)
                .query(String.class)
                .single();
    }

    private static ReleaseInfo info(ResultSet rs, UUID active) throws SQLException {
        UUID key = rs.getObject("key", UUID.class);
        return new ReleaseInfo(
                rs.getString("release_id"),
                rs.getObject("published_on", java.time.LocalDate.class),
                new LocalizedText(rs.getString("title_ja"), rs.getString("title_en")),
                rs.getObject("organization_id") == null,
                rs.getInt("item_count"),
                rs.getTimestamp("loaded_at").toInstant(),
                rs.getString("loaded_by"),
                rs.getObject("loaded_by_id", UUID.class),
                key.equals(active),
                rs.getInt("scoping_rules"));
    }

    static String digest(List<Source> sources) {
        MessageDigest digest = io.mekiki.shared.Sha256.digest();
        for (Source source : sources) {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return io.mekiki.shared.Sha256.hex(digest);
    }
}
