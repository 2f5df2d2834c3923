package io.ringwall.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds the project's bundled recordings ({@code -Dringwall.data=DIR}, else the {@code data/} folder beside the
 * nearest {@code pom.xml} above the working directory) and loads frames from them.
 */
public final class BenchmarkData
{
    /** System property naming the data folder explicitly. */
    public static final String DATA_PROPERTY = "ringwall.data";

    private BenchmarkData()
    {
    }

    /**
     * One recorded frame.
     *
     * @param receiveTimeNs the recorder's receive time.
     * @param bytes         the frame, verbatim.
     */
    public record Frame(long receiveTimeNs, byte[] bytes)
    {
    }

    /**
     * @param relative a file under the data folder, e.g. "binance-spot/btcusdt_20240808.gz".
     * @return its path.
     * @throws IllegalStateException if the data folder cannot be found.
     */
    public static Path path(final String relative)
    {
        final String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null)
        {
            return Paths.get(configured).resolve(relative);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null)
        {
            if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("data").resolve(relative)))
            {
                return dir.resolve("data").resolve(relative);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("data/" + relative + " not found above " + Paths.get("").toAbsolutePath() +
            "; run from the project or pass -D" + DATA_PROPERTY + "=<data folder>");
    }

    /**
     * The frames of one stream from an hftbacktest capture ({@code <ns> <frame>} gzip lines).
     *
     * @param relative the capture, e.g. "binance-spot/btcusdt_20240808.gz".
     * @param stream   the stream name whose frames to keep, e.g. "btcusdt@depth@100ms".
     * @return the frames, in recorded order.
     * @throws IOException if the file cannot be read.
     */
    public static List<Frame> hftbacktestStream(final String relative, final String stream) throws IOException
    {
        final String marker = "{\"stream\":\"" + stream + "\"";
        final List<Frame> frames = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(path(relative))), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = in.readLine()) != null)
            {
                final int space = line.indexOf(' ');
                if (space > 0 && line.startsWith(marker, space + 1))
                {
                    frames.add(new Frame(Long.parseLong(line.substring(0, space)),
                        line.substring(space + 1).getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return frames;
    }
}
