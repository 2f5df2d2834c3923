package io.ringwall.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A recorded Binance book (one REST snapshot and every diff-depth level update that follows it, in the
 * venue's sync order) flattened into primitive arrays, for benchmarks to replay into books without parsing.
 * Loading parses JSON and allocates freely: it belongs in a benchmark's trial setup, never in a measurement.
 */
public final class RecordedDepthStream
{
    /** The system property naming the project's {@code data/} directory, when not found above the working one. */
    public static final String DATA_DIR_PROPERTY = "ringwall.data";

    private static final JsonFactory JSON = new JsonFactory();
    private static final int OTHER = 0;
    private static final int SNAPSHOT = 1;
    private static final int DEPTH = 2;

    private final int exponent;
    private long lastUpdateId;
    private int depthMessages;
    private Levels snapshot = new Levels();
    private Levels updates = new Levels();

    private RecordedDepthStream(final int exponent)
    {
        this.exponent = exponent;
    }

    /**
     * Loads a capture in hftbacktest's text format: gzip lines of {@code <receive ns> <json>}, where the one
     * line without a "stream" key is the REST depth snapshot. Depth updates count from the first whose last
     * update id passes the snapshot's, wherever they sit in the file (Binance's sync rule: updates buffered
     * before the snapshot arrived still apply), and must then follow on with no gap.
     *
     * @param relative the capture's path below {@code data/}, e.g. "binance-spot/btcusdt_20240808.gz".
     * @param exponent the exponent for both prices and quantities, e.g. -8 for Binance's text.
     * @return the stream.
     * @throws IOException if the file cannot be read.
     * @throws IllegalStateException if it holds no snapshot, or the updates after it have a gap.
     */
    public static RecordedDepthStream load(final String relative, final int exponent) throws IOException
    {
        final RecordedDepthStream stream = new RecordedDepthStream(exponent);
        final Path file = dataDirectory().resolve(relative);
        final Levels allUpdates = new Levels();
        long[] messageFirstIds = new long[1024];
        long[] messageLastIds = new long[1024];
        int[] messageEnds = new int[1024];
        int messages = 0;
        boolean haveSnapshot = false;

        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII)))
        {
            String line;
            while ((line = lines.readLine()) != null)
            {
                final String json = line.substring(line.indexOf(' ') + 1);
                try (JsonParser parser = JSON.createParser(json))
                {
                    final long[] ids = new long[2];
                    final int kind = stream.parseLine(parser, allUpdates, ids);
                    if (kind == SNAPSHOT)
                    {
                        haveSnapshot = true;
                    }
                    else if (kind == DEPTH)
                    {
                        if (messages == messageEnds.length)
                        {
                            messageFirstIds = Arrays.copyOf(messageFirstIds, messages * 2);
                            messageLastIds = Arrays.copyOf(messageLastIds, messages * 2);
                            messageEnds = Arrays.copyOf(messageEnds, messages * 2);
                        }
                        messageFirstIds[messages] = ids[0];
                        messageLastIds[messages] = ids[1];
                        messageEnds[messages] = allUpdates.count;
                        messages++;
                    }
                }
            }
        }
        if (!haveSnapshot)
        {
            throw new IllegalStateException("no REST snapshot in " + file);
        }

        long expectedFirstId = -1;
        for (int m = 0; m < messages; m++)
        {
            if (messageLastIds[m] <= stream.lastUpdateId)
            {
                continue;
            }
            final boolean inSequence = expectedFirstId < 0 ?
                messageFirstIds[m] <= stream.lastUpdateId + 1 : messageFirstIds[m] == expectedFirstId;
            if (!inSequence)
            {
                throw new IllegalStateException("update id gap before U=" + messageFirstIds[m] + " in " + file);
            }
            expectedFirstId = messageLastIds[m] + 1;
            final int start = m == 0 ? 0 : messageEnds[m - 1];
            for (int i = start; i < messageEnds[m]; i++)
            {
                stream.updates.add(allUpdates.sides[i], allUpdates.prices[i], allUpdates.qtys[i]);
            }
            stream.depthMessages++;
        }
        stream.snapshot = stream.snapshot.trim();
        stream.updates = stream.updates.trim();
        return stream;
    }

    /**
     * The project's {@code data/} directory: {@code -Dringwall.data=<dir>} if set, otherwise the {@code data}
     * folder of the nearest directory at or above the working directory that holds both a pom.xml and data/.
     *
     * @return the directory.
     * @throws IllegalStateException if there is none.
     */
    public static Path dataDirectory()
    {
        final String configured = System.getProperty(DATA_DIR_PROPERTY);
        if (configured != null)
        {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent())
        {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("data")))
            {
                return dir.resolve("data");
            }
        }
        throw new IllegalStateException("no data/ directory above " + Paths.get("").toAbsolutePath() +
            "; run from the project or pass -D" + DATA_DIR_PROPERTY + "=<dir>");
    }

    /**
     * Sets a book to the snapshot.
     *
     * @param book the book; cleared first.
     */
    public void applySnapshot(final OrderBook book)
    {
        book.clear();
        for (int i = 0; i < snapshot.count; i++)
        {
            book.set(snapshot.sides[i], snapshot.prices[i], snapshot.qtys[i]);
        }
    }

    /**
     * Applies every level update, in order.
     *
     * @param book a book holding the snapshot.
     */
    public void applyUpdates(final OrderBook book)
    {
        for (int i = 0; i < updates.count; i++)
        {
            book.set(updates.sides[i], updates.prices[i], updates.qtys[i]);
        }
    }

    /**
     * @return the snapshot's update id.
     */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /**
     * @return the diff-depth messages applied after the snapshot.
     */
    public int depthMessages()
    {
        return depthMessages;
    }

    /**
     * @return the level updates in those messages.
     */
    public int levelUpdates()
    {
        return updates.count;
    }

    /**
     * @return each level update's side; shared, not copied.
     */
    public Side[] sides()
    {
        return updates.sides;
    }

    /**
     * @return each level update's price mantissa; shared, not copied.
     */
    public long[] prices()
    {
        return updates.prices;
    }

    /**
     * @return each level update's absolute quantity mantissa, 0 to remove; shared, not copied.
     */
    public long[] qtys()
    {
        return updates.qtys;
    }

    private int parseLine(final JsonParser parser, final Levels depthLevels, final long[] ids) throws IOException
    {
        expect(parser, JsonToken.START_OBJECT);
        int kind = OTHER;
        String streamName = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String field = parser.currentName();
            parser.nextToken();
            switch (field)
            {
                case "lastUpdateId":
                    lastUpdateId = parser.getLongValue();
                    kind = SNAPSHOT;
                    break;
                case "bids":
                    readLevels(parser, Side.BID, snapshot);
                    break;
                case "asks":
                    readLevels(parser, Side.ASK, snapshot);
                    break;
                case "stream":
                    streamName = parser.getText();
                    break;
                case "data":
                    if (streamName.contains("@depth"))
                    {
                        readDepthUpdate(parser, depthLevels, ids);
                        kind = DEPTH;
                    }
                    else
                    {
                        parser.skipChildren();
                    }
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return kind;
    }

    private void readDepthUpdate(final JsonParser parser, final Levels levels, final long[] ids) throws IOException
    {
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String field = parser.currentName();
            parser.nextToken();
            switch (field)
            {
                case "U":
                    ids[0] = parser.getLongValue();
                    break;
                case "u":
                    ids[1] = parser.getLongValue();
                    break;
                case "b":
                    readLevels(parser, Side.BID, levels);
                    break;
                case "a":
                    readLevels(parser, Side.ASK, levels);
                    break;
                default:
                    parser.skipChildren();
            }
        }
    }

    private void readLevels(final JsonParser parser, final Side side, final Levels levels) throws IOException
    {
        while (parser.nextToken() == JsonToken.START_ARRAY)
        {
            parser.nextToken();
            final long price = FixedPoint.parse(parser.getText(), exponent);
            parser.nextToken();
            final long qty = FixedPoint.parse(parser.getText(), exponent);
            expect(parser, JsonToken.END_ARRAY);
            levels.add(side, price, qty);
        }
    }

    private static void expect(final JsonParser parser, final JsonToken token) throws IOException
    {
        if (parser.nextToken() != token)
        {
            throw new IllegalStateException("expected " + token + " at " + parser.currentLocation());
        }
    }

    /** Growable parallel arrays of level updates. */
    private static final class Levels
    {
        Side[] sides = new Side[1024];
        long[] prices = new long[1024];
        long[] qtys = new long[1024];
        int count;

        void add(final Side side, final long price, final long qty)
        {
            if (count == prices.length)
            {
                sides = Arrays.copyOf(sides, count * 2);
                prices = Arrays.copyOf(prices, count * 2);
                qtys = Arrays.copyOf(qtys, count * 2);
            }
            sides[count] = side;
            prices[count] = price;
            qtys[count] = qty;
            count++;
        }

        Levels trim()
        {
            sides = Arrays.copyOf(sides, count);
            prices = Arrays.copyOf(prices, count);
            qtys = Arrays.copyOf(qtys, count);
            return this;
        }
    }
}
