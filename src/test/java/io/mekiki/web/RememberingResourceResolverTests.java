package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/** Every lookup that reaches the class path is done once per path, whether it finds something or not. */
class RememberingResourceResolverTests {

    private final List<String> lookups = new ArrayList<>();
    private final ResourceResolver classPath = new ResourceResolver() {
        @Override
        public Resource resolveResource(
                HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            lookups.add(requestPath);
            return requestPath.equals("site.css") ? new ByteArrayResource(new byte[] {1}) : null;
        }

        @Override
        public String resolveUrlPath(
                String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            lookups.add(resourcePath);
            return resourcePath.equals("site.css") ? "site-1.css" : null;
        }
    };
    private final ResourceResolverChain chain = ResolverChain.of(new RememberingResourceResolver(), classPath);

    @Test
    void linksFoundAndNotFoundAreLookedUpOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(chain.resolveUrlPath("site.css", List.of())).isEqualTo("site-1.css");
            assertThat(chain.resolveUrlPath("missing.css", List.of())).isNull();
        }

        assertThat(lookups).containsExactly("site.css", "missing.css");
    }

    @Test
    void resourcesFoundAndNotFoundAreLookedUpOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(chain.resolveResource(null, "site.css", List.of())).isNotNull();
            assertThat(chain.resolveResource(null, "missing.css", List.of())).isNull();
        }

        assertThat(lookups).containsExactly("site.css", "missing.css");
    }

    @Test
    void misdirectedRequestsCannotFillTheMemory() {
        for (int i = 0; i < RememberingResourceResolver.MAX_REMEMBERED + 10; i++) {
            chain.resolveResource(null, "made-up-" + i + ".css", List.of());
        }
        lookups.clear();

        chain.resolveResource(null, "made-up-" + (RememberingResourceResolver.MAX_REMEMBERED + 5) + ".css", List.of());
        assertThat(chain.resolveResource(null, "site.css", List.of())).isNotNull();

        assertThat(lookups)
                .containsExactly("made-up-" + (RememberingResourceResolver.MAX_REMEMBERED + 5) + ".css", "site.css");
    }
}
