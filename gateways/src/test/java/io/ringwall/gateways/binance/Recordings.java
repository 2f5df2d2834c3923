package io.ringwall.gateways.binance;

import io.ringwall.codecs.test.TestData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The bundled Binance recordings as lists of frames, read the simple way (test code): hftbacktest gzip
 * lines and cryptofeed ws and http captures.
 */
final class Recordings
{
    /**
     * One recorded input.
     *
     * @param receiveTimeNs the recorder's receive time.
     * @param text          the frame or body, verbatim.
     * @param snapshot      true for a REST depth body.
     * @param symbol        the symbol a snapshot was requested for (upper case), else null.
     */
    record Line(long receiveTimeNs, String text, boolean snapshot, String symbol)
    {
        byte[] bytes()
        {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static final String BTCUSDT = "binance-spot/btcusdt_20240808.gz";
    static final String ETHUSDT = "binance-spot/ethusdt_20240808.gz";
    static final String SPOT_WS = "binance-spot/BINANCE.ws.1.0";
    static final String SPOT_HTTP = "binance-spot/BINANCE.http.0.0";
    static final String FUTURES_WS = "binance-futures/BINANCE_FUTURES.ws.1.0";
    static final String FUTURES_HTTP = "binance-futures/BINANCE_FUTURES.http.0.0";

    private Recordings()
    {
    }

    /**
     * hftbacktest collector lines: {@code <ns> <frame>}; a frame without "stream" is the REST snapshot.
     */
    static List<Line> hftbacktest(final String relative)
    {
        final Path path = TestData.path(relative);
        final String symbol = path.getFileName().toString().split("_")[0].toUpperCase(Locale.ROOT);
        final List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = in.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final int space = line.indexOf(' ');
                final String text = line.substring(space + 1);
                final boolean snapshot = !text.contains("\"stream\"");
                lines.add(new Line(Long.parseLong(line.substring(0, space)), text, snapshot, snapshot ? symbol : null));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return lines;
    }

    /**
     * cryptofeed ws capture: {@code <ts>: <json>} per received frame; the {@code <url> <-> <ts>} header is skipped.
     */
    static List<Line> cryptofeedWs(final String relative)
    {
        final List<Line> lines = new ArrayList<>();
        for (final String line : readLines(relative))
        {
            if (line.isBlank() || line.startsWith("wss://"))
            {
                continue;
            }
            final int colon = line.indexOf(": ");
            lines.add(new Line(seconds(line.substring(0, colon)), line.substring(colon + 2), false, null));
        }
        return lines;
    }

    /**
     * cryptofeed http capture: {@code <url> -> <ts>: <body>}; the symbol comes from the URL.
     */
    static List<Line> cryptofeedHttp(final String relative)
    {
        final List<Line> lines = new ArrayList<>();
        for (final String line : readLines(relative))
        {
            if (line.isBlank())
            {
                continue;
            }
            final int arrow = line.indexOf(" -> ");
            final int colon = line.indexOf(": ", arrow);
            final String url = line.substring(0, arrow);
            final String symbol = url.replaceAll(".*[?&]symbol=([^&]+).*", "$1").toUpperCase(Locale.ROOT);
            lines.add(new Line(seconds(line.substring(arrow + 4, colon)), line.substring(colon + 2), true, symbol));
        }
        return lines;
    }

    private static List<String> readLines(final String relative)
    {
        try
        {
            return Files.readAllLines(TestData.path(relative), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static long seconds(final String text)
    {
        return new BigDecimal(text).movePointRight(9).longValue();
    }
}
