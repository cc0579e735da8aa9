package io.mekiki.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "Another Mekiki instance is already running on the data directory "
                        + cause.dataDirectory().toAbsolutePath()
                        + ". Two processes on one embedded database would corrupt it.",
                "Stop the other instance first, or give this one its own directory with MEKIKI_DATA_DIR,"
                        + " or point both at a shared PostgreSQL server with SPRING_DATASOURCE_URL.",
                cause);
    }
}
