package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page or an answer makes of a release, kept per release, request and language: a release never
 * changes once stored (a new upload is a new release), and turning its 152 items into views is the most
 * expensive thing the catalogue does. The release is compared by identity: {@code CatalogReleases} parses
 * each stored release once and hands out that same object. At most {@link #MAX_KEPT} views are kept, the
 * least recently used going first, so that searches with ever new words cannot fill the memory.
 */
final class ReleaseViews<V> {

    static final int MAX_KEPT = 500;

    private record Key(ReleaseIdentity release, Object request, Locale locale) {}

    private record ReleaseIdentity(CatalogRelease release) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ReleaseIdentity that && that.release == release;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(release);
        }
    }

    private final Map<Key, V> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
            return size() > MAX_KEPT;
        }
    });

    /** The view of the release for the request (anything with a value's equality) in the language. */
    V view(CatalogRelease release, Object request, Locale locale, Supplier<V> make) {
        Key key = new Key(new ReleaseIdentity(release), request, locale);
        V view = kept.get(key);
        if (view == null) {
            view = make.get();
            kept.put(key, view);
        }
        return view;
    }
}
