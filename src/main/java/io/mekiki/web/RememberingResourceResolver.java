package io.mekiki.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Remembers what the resolvers behind it found for a path, and also what they did not find: every lookup
 * that reaches them opens the jar, and a page writes many links. Static resources do not change while
 * Mekiki runs. Misses are remembered only up to a bound, so that requests for made-up paths cannot fill
 * the memory. One instance serves one resource handler (one set of locations).
 */
final class RememberingResourceResolver implements ResourceResolver {

    static final int MAX_REMEMBERED = 10_000;

    private final ConcurrentMap<String, Optional<Resource>> resources = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Optional<String>> urlPaths = new ConcurrentHashMap<>();

    @Override
    public @Nullable Resource resolveResource(
            @Nullable HttpServletRequest request,
            String requestPath,
            List<? extends Resource> locations,
            ResourceResolverChain chain) {
        Optional<Resource> known = resources.get(requestPath);
        if (known != null) {
            return known.orElse(null);
        }
        Resource resolved = chain.resolveResource(request, requestPath, locations);
        remember(resources, requestPath, Optional.ofNullable(resolved));
        return resolved;
    }

    @Override
    public @Nullable String resolveUrlPath(
            String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
        Optional<String> known = urlPaths.get(resourcePath);
        if (known != null) {
            return known.orElse(null);
        }
        String resolved = chain.resolveUrlPath(resourcePath, locations);
        remember(urlPaths, resourcePath, Optional.ofNullable(resolved));
        return resolved;
    }

    private static <T> void remember(ConcurrentMap<String, Optional<T>> known, String path, Optional<T> found) {
        if (found.isPresent() || known.size() < MAX_REMEMBERED) {
            known.putIfAbsent(path, found);
        }
    }
}
