package io.ringwall.engine.book;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.test.TestData;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a real Binance BTCUSDT capture (REST snapshot plus every diff-depth update after it) through the
 * fast and the reference book, which must agree level for level after every message, and checks the
 * result against the venue's own bookTicker wherever both carry the same update id.
 */
class RecordedDepthReplayTest
{
    private static final int EXPONENT = -8;
    private static final Pattern LEVEL = Pattern.compile("\\[\"([0-9.]+)\",\"([0-9.]+)\"]");
    private static final Pattern LAST_UPDATE_ID = Pattern.compile("\"lastUpdateId\":(\\d+)");
    private static final Pattern FIRST_ID = Pattern.compile("\"U\":(\\d+)");
    private static final Pattern LAST_ID = Pattern.compile("\"u\":(\\d+)");
    private static final Pattern TICKER = Pattern.compile(
        "\"u\":(\\d+),\"s\":\"\\w+\",\"b\":\"([0-9.]+)\",\"B\":\"([0-9.]+)\",\"a\":\"([0-9.]+)\",\"A\":\"([0-9.]+)\"");

    @Test
    void shouldAgreeWithTheReferenceAndTheVenueTickerThroughoutARecordedSession() throws IOException
    {
        final Capture capture = Capture.read("binance-spot/btcusdt_20240808.gz");
        final OrderBook reference = new TreeMapOrderBook();
        final OrderBook book = new ArrayOrderBook(256);
        applyLevels(capture.snapshot, "\"bids\":[", "\"asks\":[", reference, book);
        final long lastUpdateId = Long.parseLong(find(LAST_UPDATE_ID, capture.snapshot));
        OrderBookInvariants.assertSameLevels(reference, book);
        assertThat(book.depth(Side.BID)).isEqualTo(1000);
        assertThat(book.depth(Side.ASK)).isEqualTo(1000);

        long expectedFirstId = -1;
        int applied = 0;
        int tickersMatched = 0;
        for (final String depth : capture.depthUpdates)
        {
            final long firstId = Long.parseLong(find(FIRST_ID, depth));
            final long lastId = Long.parseLong(find(LAST_ID, depth));
            if (lastId <= lastUpdateId)
            {
                continue;
            }
            // Binance's sync rule: the first applied update straddles the snapshot, the rest follow on.
            if (expectedFirstId < 0)
            {
                assertThat(firstId).isLessThanOrEqualTo(lastUpdateId + 1);
            }
            else
            {
                assertThat(firstId).as("no gap in the capture").isEqualTo(expectedFirstId);
            }
            expectedFirstId = lastId + 1;

            applyLevels(depth, "\"b\":[", "\"a\":[", reference, book);
            applied++;

            OrderBookInvariants.check(book, true);
            OrderBookInvariants.assertSameLevels(reference, book);
            assertThat(book.isCrossed()).as("crossed after update %d", lastId).isFalse();

            final String ticker = capture.tickersByUpdateId.get(lastId);
            if (ticker != null)
            {
                final Matcher top = TICKER.matcher(ticker);
                assertThat(top.find()).isTrue();
                assertThat(book.bestBidPrice()).isEqualTo(FixedPoint.parse(top.group(2), EXPONENT));
                assertThat(book.bestBidQty()).isEqualTo(FixedPoint.parse(top.group(3), EXPONENT));
                assertThat(book.bestAskPrice()).isEqualTo(FixedPoint.parse(top.group(4), EXPONENT));
                assertThat(book.bestAskQty()).isEqualTo(FixedPoint.parse(top.group(5), EXPONENT));
                tickersMatched++;
            }
        }

        assertThat(applied).isEqualTo(3449);
        assertThat(tickersMatched).isEqualTo(564);
    }

    private static void applyLevels(
        final String json, final String bidsKey, final String asksKey, final OrderBook reference, final OrderBook book)
    {
        final int bids = json.indexOf(bidsKey);
        final int asks = json.indexOf(asksKey);
        assertThat(bids).isNotNegative();
        assertThat(asks).isGreaterThan(bids);
        applySide(json.substring(bids, asks), Side.BID, reference, book);
        applySide(json.substring(asks), Side.ASK, reference, book);
    }

    private static void applySide(final String levels, final Side side, final OrderBook reference, final OrderBook book)
    {
        final Matcher level = LEVEL.matcher(levels);
        while (level.find())
        {
            final long price = FixedPoint.parse(level.group(1), EXPONENT);
            final long qty = FixedPoint.parse(level.group(2), EXPONENT);
            reference.set(side, price, qty);
            book.set(side, price, qty);
        }
    }

    private static String find(final Pattern pattern, final String text)
    {
        final Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** The lines of an hftbacktest capture that a book needs, as JSON text. */
    private static final class Capture
    {
        String snapshot;
        final List<String> depthUpdates = new ArrayList<>();
        final Map<Long, String> tickersByUpdateId = new HashMap<>();

        static Capture read(final String relative) throws IOException
        {
            final Capture capture = new Capture();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TestData.path(relative))), StandardCharsets.US_ASCII)))
            {
                String line;
                while ((line = lines.readLine()) != null)
                {
                    final String json = line.substring(line.indexOf(' ') + 1);
                    if (!json.contains("\"stream\""))
                    {
                        capture.snapshot = json;
                    }
                    else if (json.contains("@depth"))
                    {
                        // Updates received before the snapshot still count if they end after it.
                        capture.depthUpdates.add(json);
                    }
                    else if (json.contains("@bookTicker"))
                    {
                        capture.tickersByUpdateId.put(Long.parseLong(find(LAST_ID, json)), json);
                    }
                }
            }
            assertThat(capture.snapshot).isNotNull();
            return capture;
        }
    }
}
