package io.mekiki.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/** Resolvers called in order, as a resource handler calls them (Spring's own chain is not public). */
record ResolverChain(List<ResourceResolver> resolvers) implements ResourceResolverChain {

    static ResolverChain of(ResourceResolver... resolvers) {
        return new ResolverChain(List.of(resolvers));
    }

    @Override
    public @Nullable Resource resolveResource(
            @Nullable HttpServletRequest request, String requestPath, List<? extends Resource> locations) {
        if (resolvers.isEmpty()) {
            return null;
        }
        return resolvers.get(0).resolveResource(request, requestPath, locations, rest());
    }

    @Override
    public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations) {
        if (resolvers.isEmpty()) {
            return null;
        }
        return resolvers.get(0).resolveUrlPath(resourcePath, locations, rest());
    }

    private ResolverChain rest() {
        return new ResolverChain(resolvers.subList(1, resolvers.size()));
    }
}
