package io.ringwall.engine.features;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.book.OrderBook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The bundled Binance BTCUSDT capture as primitive arrays, parsed once, so that a test can replay its book
 * updates and trades without allocating: the REST snapshot's levels, then every diff-depth update after it
 * and every trade, in capture order and stamped with the capture's receive time.
 */
final class RecordedSession
{
    static final int PRICE_EXPONENT = -2;
    static final int QTY_EXPONENT = -8;
    static final byte DEPTH = 0;
    static final byte TRADE = 1;

    private static final Pattern LEVEL = Pattern.compile("\\[\"([0-9.]+)\",\"([0-9.]+)\"]");
    private static final Pattern LAST_UPDATE_ID = Pattern.compile("\"lastUpdateId\":(\\d+)");
    private static final Pattern LAST_ID = Pattern.compile("\"u\":(\\d+)");
    private static final Pattern TRADE_FIELDS = Pattern.compile("\"p\":\"([0-9.]+)\",\"q\":\"([0-9.]+)\".*\"m\":(true|false)");

    final byte[] kind;
    final long[] timeNs;
    /** For a depth event, its levels are [levelFrom[i], levelFrom[i + 1]); for a trade, its index in the trade arrays. */
    final int[] index;
    final int[] levelFrom;
    final Side[] levelSide;
    final long[] levelPrice;
    final long[] levelQty;
    final long[] tradePrice;
    final long[] tradeQty;
    final AggressorSide[] tradeAggressor;
    final int snapshotLevels;

    private RecordedSession(final List<String> lines)
    {
        final List<Object[]> levels = new ArrayList<>();
        final List<long[]> events = new ArrayList<>();
        final List<long[]> trades = new ArrayList<>();
        final List<Integer> depthStarts = new ArrayList<>();
        String snapshot = null;
        for (final String line : lines)
        {
            if (!line.substring(line.indexOf(' ') + 1).contains("\"stream\""))
            {
                snapshot = line;
            }
        }
        addLevels(snapshot, "\"bids\":[", "\"asks\":[", levels);
        snapshotLevels = levels.size();
        final long lastUpdateId = Long.parseLong(find(LAST_UPDATE_ID, snapshot));
        for (final String line : lines)
        {
            final long time = Long.parseLong(line.substring(0, line.indexOf(' ')));
            if (line.contains("@depth"))
            {
                if (Long.parseLong(find(LAST_ID, line)) <= lastUpdateId)
                {
                    continue;
                }
                depthStarts.add(levels.size());
                addLevels(line, "\"b\":[", "\"a\":[", levels);
                events.add(new long[]{ DEPTH, time, depthStarts.size() - 1 });
            }
            else if (line.contains("@trade"))
            {
                final Matcher trade = TRADE_FIELDS.matcher(line);
                if (!trade.find())
                {
                    throw new IllegalStateException("no trade fields in " + line);
                }
                // the buyer was the maker: the taker sold
                trades.add(new long[]{ FixedPoint.parse(trade.group(1), PRICE_EXPONENT),
                    FixedPoint.parse(trade.group(2), QTY_EXPONENT), trade.group(3).equals("true") ? 1 : 0 });
                events.add(new long[]{ TRADE, time, trades.size() - 1 });
            }
        }
        depthStarts.add(levels.size());

        kind = new byte[events.size()];
        timeNs = new long[events.size()];
        index = new int[events.size()];
        for (int i = 0; i < kind.length; i++)
        {
            kind[i] = (byte)events.get(i)[0];
            timeNs[i] = events.get(i)[1];
            index[i] = (int)events.get(i)[2];
        }
        levelFrom = depthStarts.stream().mapToInt(Integer::intValue).toArray();
        levelSide = new Side[levels.size()];
        levelPrice = new long[levels.size()];
        levelQty = new long[levels.size()];
        for (int i = 0; i < levelSide.length; i++)
        {
            levelSide[i] = (Side)levels.get(i)[0];
            levelPrice[i] = (Long)levels.get(i)[1];
            levelQty[i] = (Long)levels.get(i)[2];
        }
        tradePrice = new long[trades.size()];
        tradeQty = new long[trades.size()];
        tradeAggressor = new AggressorSide[trades.size()];
        for (int i = 0; i < tradePrice.length; i++)
        {
            tradePrice[i] = trades.get(i)[0];
            tradeQty[i] = trades.get(i)[1];
            tradeAggressor[i] = trades.get(i)[2] == 1 ? AggressorSide.SELL : AggressorSide.BUY;
        }
    }

    static RecordedSession btcusdt() throws IOException
    {
        final List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(TestData.path("binance-spot/btcusdt_20240808.gz"))), StandardCharsets.US_ASCII)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                lines.add(line);
            }
        }
        return new RecordedSession(lines);
    }

    int events()
    {
        return kind.length;
    }

    /** Clears the book and applies the snapshot. */
    void applySnapshot(final OrderBook book)
    {
        book.clear();
        for (int i = 0; i < snapshotLevels; i++)
        {
            book.set(levelSide[i], levelPrice[i], levelQty[i]);
        }
    }

    /** Applies a depth event's levels. */
    void applyDepth(final int event, final OrderBook book)
    {
        final int update = index[event];
        for (int i = levelFrom[update]; i < levelFrom[update + 1]; i++)
        {
            book.set(levelSide[i], levelPrice[i], levelQty[i]);
        }
    }

    private static void addLevels(final String json, final String bidsKey, final String asksKey, final List<Object[]> out)
    {
        final int bids = json.indexOf(bidsKey);
        final int asks = json.indexOf(asksKey);
        addSide(json.substring(bids, asks), Side.BID, out);
        addSide(json.substring(asks), Side.ASK, out);
    }

    private static void addSide(final String text, final Side side, final List<Object[]> out)
    {
        final Matcher level = LEVEL.matcher(text);
        while (level.find())
        {
            out.add(new Object[]{ side, FixedPoint.parse(level.group(1), PRICE_EXPONENT),
                FixedPoint.parse(level.group(2), QTY_EXPONENT) });
        }
    }

    private static String find(final Pattern pattern, final String text)
    {
        final Matcher matcher = pattern.matcher(text);
        if (!matcher.find())
        {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return matcher.group(1);
    }
}
