package io.mekiki.operation.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads an uploaded CSV file of measurements up to its limit ({@code mekiki.sla.import-max-size}, 20 MB by
 * default: 100,000 measurements take about 4 MB). A larger body is read to its end and thrown away (up to
 * {@link #DRAIN_MAX}), so that the client receives the 413 instead of a connection reset while it still sends.
 */
@Component
class MeasurementUpload {

    /** How much of a refused body is still read so that the refusal reaches the client. */
    static final long DRAIN_MAX = 200L * 1024 * 1024;

    private final DataSize maxSize;

    MeasurementUpload(@Value("${mekiki.sla.import-max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** The file in full, or {@link TooLarge} after reading (and discarding) the rest. */
    byte[] read(InputStream in, long declaredLength) throws IOException {
        long max = maxSize.toBytes();
        if (declaredLength > max) {
            in.skipNBytes(Math.min(declaredLength, DRAIN_MAX));
            throw new TooLarge(maxSize);
        }
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            long drained = 0;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (drained < DRAIN_MAX && (read = in.read(buffer)) > 0) {
                drained += read;
            }
            throw new TooLarge(maxSize);
        }
        return content;
    }

    /** The file is larger than the limit. */
    static final class TooLarge extends RuntimeException {

        private final DataSize max;

        TooLarge(DataSize max) {
            super("measurement file above " + max);
            this.max = max;
        }

        long megabytes() {
            return max.toMegabytes();
        }
    }
}
