package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/** A static resource whose content changes gets a new public name, so a year of caching never serves it stale. */
class ContentVersionTests {

    @TempDir
    Path directory;

    @Test
    void theNameCarriesTheHashOfTheContent() throws Exception {
        Files.writeString(directory.resolve("site.css"), "body { color: black; }", StandardCharsets.UTF_8);

        assertThat(chain().resolveUrlPath("site.css", locations()))
                .isEqualTo("site-" + md5("body { color: black; }") + ".css");
    }

    @Test
    void changedContentGetsANewNameAndTheOldNameNoLongerResolves() throws Exception {
        Files.writeString(directory.resolve("site.css"), "body { color: black; }", StandardCharsets.UTF_8);
        String before = chain().resolveUrlPath("site.css", locations());

        Files.writeString(directory.resolve("site.css"), "body { color: navy; }", StandardCharsets.UTF_8);
        String after = chain().resolveUrlPath("site.css", locations());

        assertThat(after).isNotEqualTo(before).matches("site-[0-9a-f]{32}\\.css");
        assertThat(chain().resolveResource(null, after, locations())).isNotNull();
        assertThat(chain().resolveResource(null, before, locations())).isNull();
    }

    /** A fresh chain as WebConfiguration builds it, as a new start of Mekiki with new content would have. */
    private ResourceResolverChain chain() {
        return ResolverChain.of(
                new RememberingResourceResolver(), WebConfiguration.contentVersions(), new PathResourceResolver());
    }

    private List<Resource> locations() {
        return List.of(new FileSystemResource(directory.toString() + "/"));
    }

    private static String md5(String content) {
        return org.springframework.util.DigestUtils.md5DigestAsHex(content.getBytes(StandardCharsets.UTF_8));
    }
}
