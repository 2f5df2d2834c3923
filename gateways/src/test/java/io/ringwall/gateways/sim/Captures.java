package io.ringwall.gateways.sim;

import io.ringwall.codecs.test.TestData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The bundled recordings read the simple way, for the simulator tests: lines with their receive times,
 * short portions written to temporary files (so a test plays seconds, not minutes), and where each symbol's
 * served stream must begin.
 */
final class Captures
{
    static final String BTCUSDT = "binance-spot/btcusdt_20240808.gz";
    static final String ETHUSDT = "binance-spot/ethusdt_20240808.gz";
    static final String FUTURES_WS = "binance-futures/BINANCE_FUTURES.ws.1.0";
    static final String FUTURES_HTTP = "binance-futures/BINANCE_FUTURES.http.0.0";

    /**
     * One recorded record.
     *
     * @param timeNs   receive time.
     * @param text     the frame or snapshot body, verbatim.
     * @param snapshot true for a REST snapshot body.
     * @param symbol   upper-case symbol: of the stream, or the snapshot's.
     */
    record Line(long timeNs, String text, boolean snapshot, String symbol)
    {
        String stream()
        {
            final int at = text.indexOf("\"stream\":\"");
            return at < 0 ? null : text.substring(at + 10, text.indexOf('"', at + 10));
        }

        boolean depth()
        {
            return !snapshot && stream() != null && stream().contains("@depth");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data()
        {
            return (Map<String, Object>)Json.object(text).get("data");
        }
    }

    private Captures()
    {
    }

    /**
     * @param file an hftbacktest capture (gzip or plain).
     * @return its lines.
     */
    static List<Line> hftbacktest(final Path file)
    {
        final List<Line> lines = new ArrayList<>();
        try (BufferedReader in = reader(file))
        {
            String line;
            while ((line = in.readLine()) != null)
            {
                final int space = line.indexOf(' ');
                final String text = line.substring(space + 1);
                final boolean snapshot = !text.contains("\"stream\"");
                final String symbol = snapshot ? null : text.substring(11, text.indexOf('@')).toUpperCase(Locale.ROOT);
                lines.add(new Line(Long.parseLong(line.substring(0, space)), text, snapshot, symbol));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        final String symbol = lines.stream().filter(l -> !l.snapshot()).findFirst().map(Line::symbol).orElseThrow();
        lines.replaceAll(l -> l.snapshot() ? new Line(l.timeNs(), l.text(), true, symbol) : l);
        return lines;
    }

    /**
     * The cryptofeed futures capture: ws frames and the http snapshots, merged by time.
     *
     * @return its records.
     */
    static List<Line> cryptofeedFutures()
    {
        final List<Line> lines = new ArrayList<>();
        try
        {
            for (final String line : Files.readAllLines(TestData.path(FUTURES_WS)))
            {
                if (line.isEmpty() || !Character.isDigit(line.charAt(0)))
                {
                    continue;
                }
                final int colon = line.indexOf(": ");
                final String text = line.substring(colon + 2);
                final String symbol = text.substring(11, text.indexOf('@')).toUpperCase(Locale.ROOT);
                lines.add(new Line(seconds(line.substring(0, colon)), text, false, symbol));
            }
            for (final String line : Files.readAllLines(TestData.path(FUTURES_HTTP)))
            {
                if (line.isEmpty())
                {
                    continue;
                }
                final int arrow = line.indexOf(" -> ");
                final int colon = line.indexOf(": ", arrow);
                final String url = line.substring(0, arrow);
                final String symbol = url.substring(url.indexOf("symbol=") + 7, url.indexOf('&', url.indexOf("symbol=")));
                lines.add(new Line(seconds(line.substring(arrow + 4, colon)), line.substring(colon + 2), true, symbol));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        lines.sort((a, b) -> Long.compare(a.timeNs(), b.timeNs()));
        return lines;
    }

    /**
     * Writes the first lines of a bundled hftbacktest capture to a plain file.
     *
     * @param relative the capture under data/.
     * @param count    how many lines.
     * @param dir      where.
     * @return the new file.
     */
    static Path portion(final String relative, final int count, final Path dir)
    {
        final Path source = TestData.path(relative);
        final Path target = dir.resolve(source.getFileName().toString().replace(".gz", "") + "-" + count + ".txt");
        try (BufferedReader in = reader(source))
        {
            final StringBuilder out = new StringBuilder();
            String line;
            for (int i = 0; i < count && (line = in.readLine()) != null; i++)
            {
                out.append(line).append('\n');
            }
            Files.writeString(target, out);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return target;
    }

    /**
     * Where a symbol's served stream begins: at its first diff that chains to its first snapshot (spot
     * {@code U <= L+1 <= u}, futures {@code pu <= L < u}), found here independently of the simulator.
     *
     * @param lines  a capture's records, in order.
     * @param symbol the symbol.
     * @return the index of that diff in {@code lines}.
     */
    static int establishment(final List<Line> lines, final String symbol)
    {
        final Line snapshot = lines.stream().filter(l -> l.snapshot() && l.symbol().equals(symbol)).findFirst().orElseThrow();
        final long l = (Long)Json.object(snapshot.text()).get("lastUpdateId");
        for (int i = 0; i < lines.size(); i++)
        {
            final Line line = lines.get(i);
            if (!line.depth() || !line.symbol().equals(symbol))
            {
                continue;
            }
            final Map<String, Object> data = line.data();
            if ((Long)data.get("u") <= l)
            {
                continue;
            }
            final boolean chains = data.containsKey("pu") ? (Long)data.get("pu") <= l : (Long)data.get("U") <= l + 1;
            if (!chains)
            {
                throw new IllegalStateException(symbol + ": first diff after the snapshot does not chain: " + line.text());
            }
            return i;
        }
        throw new IllegalStateException(symbol + ": no diff after the snapshot");
    }

    /**
     * What a client subscribed to some streams must receive: every frame from each symbol's establishment
     * on, whose stream passes the filter, in the capture's order.
     *
     * @param lines  a capture's records, in order.
     * @param wanted which streams.
     * @return the frames' texts.
     */
    static List<String> expected(final List<Line> lines, final Predicate<String> wanted)
    {
        final List<String> out = new ArrayList<>();
        final Map<String, Integer> starts = new HashMap<>();
        for (final Line line : lines)
        {
            if (line.snapshot())
            {
                starts.computeIfAbsent(line.symbol(), s -> establishment(lines, s));
            }
        }
        for (int i = 0; i < lines.size(); i++)
        {
            final Line line = lines.get(i);
            if (!line.snapshot() && i >= starts.getOrDefault(line.symbol(), Integer.MAX_VALUE) && wanted.test(line.stream()))
            {
                out.add(line.text());
            }
        }
        return out;
    }

    /**
     * The reference book of a symbol after every diff of the capture up to update id {@code u}.
     *
     * @param lines  a capture's records.
     * @param symbol the symbol.
     * @param u      the last update id to apply.
     * @return the rebuilt book.
     */
    static ReferenceBook bookAt(final List<Line> lines, final String symbol, final long u)
    {
        final Line snapshot = lines.stream().filter(l -> l.snapshot() && l.symbol().equals(symbol)).findFirst().orElseThrow();
        final ReferenceBook book = ReferenceBook.of(snapshot.text());
        for (int i = establishment(lines, symbol); i < lines.size(); i++)
        {
            final Line line = lines.get(i);
            if (line.depth() && line.symbol().equals(symbol) && (Long)line.data().get("u") <= u)
            {
                book.apply(line.text());
            }
        }
        return book;
    }

    private static long seconds(final String text)
    {
        return new BigDecimal(text).movePointRight(9).longValueExact();
    }

    private static BufferedReader reader(final Path file) throws IOException
    {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz"))
        {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
