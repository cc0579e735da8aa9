package io.mekiki.platform;

import java.nio.file.Path;

/** Another Mekiki process already uses the data directory; starting a second one would corrupt it. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("The data directory " + dataDirectory + " is already in use by another Mekiki process");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
