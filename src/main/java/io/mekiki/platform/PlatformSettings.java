package io.mekiki.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Mekiki keeps its files.
 *
 * @param dataDir the directory of the embedded database and other files ({@code MEKIKI_DATA_DIR})
 */
@ConfigurationProperties("mekiki")
public record PlatformSettings(@DefaultValue("./data") Path dataDir) {}
