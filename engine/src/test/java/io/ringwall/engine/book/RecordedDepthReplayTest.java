package io.ringwall.engine.book;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.test.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * fast books and the reference book, which must agree level for level after every message, and checks the
 * result against the venue's own bookTicker wherever both carry the same update id. Prices are read at the
 * default exponent of -8 and at the instrument's real tick (2 decimals), which the ladder must learn alike;
 * a ladder with a small window keeps most of the real book in its sorted deep levels.
 */
class RecordedDepthReplayTest
{
    private static final int QTY_EXPONENT = -8;
    private static final Pattern LEVEL = Pattern.compile("\\[\"([0-9.]+)\",\"([0-9.]+)\"]");
    private static final Pattern LAST_UPDATE_ID = Pattern.compile("\"lastUpdateId\":(\\d+)");
    private static final Pattern FIRST_ID = Pattern.compile("\"U\":(\\d+)");
    private static final Pattern LAST_ID = Pattern.compile("\"u\":(\\d+)");
    private static final Pattern TICKER = Pattern.compile(
        "\"u\":(\\d+),\"s\":\"\\w+\",\"b\":\"([0-9.]+)\",\"B\":\"([0-9.]+)\",\"a\":\"([0-9.]+)\",\"A\":\"([0-9.]+)\"");

    private int priceExponent;

    @ParameterizedTest(name = "price exponent {0}")
    @ValueSource(ints = { -8, -2 })
    void shouldAgreeWithTheReferenceAndTheVenueTickerThroughoutARecordedSession(final int priceExponent) throws IOException
    {
        this.priceExponent = priceExponent;
        final Capture capture = Capture.read("binance-spot/btcusdt_20240808.gz");
        final OrderBook reference = new TreeMapOrderBook();
        final LadderOrderBook ladder = new LadderOrderBook(256);
        final LadderOrderBook smallLadder = new LadderOrderBook(256, 512);
        final OrderBook[] books = { new ArrayOrderBook(256), ladder, smallLadder };
        applyLevels(capture.snapshot, "\"bids\":[", "\"asks\":[", reference, books);
        final long lastUpdateId = Long.parseLong(find(LAST_UPDATE_ID, capture.snapshot));
        for (final OrderBook book : books)
        {
            OrderBookInvariants.assertSameLevels(reference, book);
            assertThat(book.depth(Side.BID)).isEqualTo(1000);
            assertThat(book.depth(Side.ASK)).isEqualTo(1000);
        }
        final long tick = priceExponent == -8 ? 1_000_000 : 1;
        assertThat(ladder.tick(Side.BID)).isEqualTo(tick);
        assertThat(ladder.tick(Side.ASK)).isEqualTo(tick);
        int smallLadderDeepLevelsSeen = 0;

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

            applyLevels(depth, "\"b\":[", "\"a\":[", reference, books);
            applied++;
            smallLadderDeepLevelsSeen = Math.max(smallLadderDeepLevelsSeen,
                smallLadder.depth(Side.BID) - smallLadder.windowLevels(Side.BID));

            final String ticker = capture.tickersByUpdateId.get(lastId);
            for (final OrderBook book : books)
            {
                OrderBookInvariants.check(book, true);
                OrderBookInvariants.assertSameLevels(reference, book);
                assertThat(book.isCrossed()).as("crossed after update %d", lastId).isFalse();

                if (ticker != null)
                {
                    final Matcher top = TICKER.matcher(ticker);
                    assertThat(top.find()).isTrue();
                    assertThat(book.bestBidPrice()).isEqualTo(FixedPoint.parse(top.group(2), priceExponent));
                    assertThat(book.bestBidQty()).isEqualTo(FixedPoint.parse(top.group(3), QTY_EXPONENT));
                    assertThat(book.bestAskPrice()).isEqualTo(FixedPoint.parse(top.group(4), priceExponent));
                    assertThat(book.bestAskQty()).isEqualTo(FixedPoint.parse(top.group(5), QTY_EXPONENT));
                }
            }
            tickersMatched += ticker != null ? 1 : 0;
        }

        assertThat(applied).isEqualTo(3449);
        assertThat(tickersMatched).isEqualTo(564);
        assertThat(ladder.tick(Side.BID)).isEqualTo(tick);
        assertThat(ladder.tick(Side.ASK)).isEqualTo(tick);
        assertThat(smallLadderDeepLevelsSeen).as("the small ladder held most of the bids deep").isGreaterThan(500);
    }

    private void applyLevels(
        final String json, final String bidsKey, final String asksKey, final OrderBook reference, final OrderBook... books)
    {
        final int bids = json.indexOf(bidsKey);
        final int asks = json.indexOf(asksKey);
        assertThat(bids).isNotNegative();
        assertThat(asks).isGreaterThan(bids);
        applySide(json.substring(bids, asks), Side.BID, reference, books);
        applySide(json.substring(asks), Side.ASK, reference, books);
    }

    private void applySide(final String levels, final Side side, final OrderBook reference, final OrderBook... books)
    {
        final Matcher level = LEVEL.matcher(levels);
        while (level.find())
        {
            final long price = FixedPoint.parse(level.group(1), priceExponent);
            final long qty = FixedPoint.parse(level.group(2), QTY_EXPONENT);
            reference.set(side, price, qty);
            for (final OrderBook book : books)
            {
                book.set(side, price, qty);
            }
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
