package io.ringwall.gateways.sim;

import io.ringwall.codecs.FixedPoint;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's own order book of one symbol: it starts from the recording's snapshot and advances as
 * depth frames are played, so that a REST snapshot asked for at any moment agrees with the stream. A plain
 * TreeMap book under a lock: the timeline thread writes it, REST answers read it, neither is a hot path.
 */
final class SimBook
{
    private final int priceDecimals;
    private final int qtyDecimals;
    private final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, Long> asks = new TreeMap<>();
    private long lastUpdateId;

    /**
     * @param image         the recording's first usable snapshot of the symbol.
     * @param priceDecimals decimals the recording printed prices with.
     * @param qtyDecimals   decimals the recording printed quantities with.
     */
    SimBook(final DepthImage image, final int priceDecimals, final int qtyDecimals)
    {
        this.priceDecimals = priceDecimals;
        this.qtyDecimals = qtyDecimals;
        reset(image);
    }

    /**
     * Restarts the book from a snapshot.
     *
     * @param image the snapshot.
     */
    synchronized void reset(final DepthImage image)
    {
        bids.clear();
        asks.clear();
        apply(image.levels, image.bidCount);
        lastUpdateId = image.lastUpdateId;
    }

    /**
     * Applies a played diff (restarting first from the snapshot the loader attached to it, if any). A diff
     * the book is already past changes nothing.
     *
     * @param frame a depth frame of this symbol.
     */
    synchronized void apply(final TimelineFrame frame)
    {
        if (frame.reseed != null)
        {
            reset(frame.reseed);
        }
        if (frame.lastId <= lastUpdateId)
        {
            return;
        }
        apply(frame.levels, frame.bidCount);
        lastUpdateId = frame.lastId;
    }

    /** @return u of the last diff applied, or the snapshot's lastUpdateId before any. */
    synchronized long lastUpdateId()
    {
        return lastUpdateId;
    }

    /**
     * The book as Binance's depth endpoint answers it.
     *
     * @param limit   levels per side at most.
     * @param futures add the futures fields E and T.
     * @param timeMs  E and T.
     * @return the JSON body.
     */
    synchronized String depthJson(final int limit, final boolean futures, final long timeMs)
    {
        final StringBuilder out = new StringBuilder(64 + 48 * Math.min(limit, bids.size() + asks.size()));
        out.append("{\"lastUpdateId\":").append(lastUpdateId);
        if (futures)
        {
            out.append(",\"E\":").append(timeMs).append(",\"T\":").append(timeMs);
        }
        out.append(",\"bids\":");
        side(out, bids, limit);
        out.append(",\"asks\":");
        side(out, asks, limit);
        return out.append('}').toString();
    }

    private void side(final StringBuilder out, final TreeMap<Long, Long> levels, final int limit)
    {
        out.append('[');
        final Iterator<Map.Entry<Long, Long>> it = levels.entrySet().iterator();
        for (int n = 0; n < limit && it.hasNext(); n++)
        {
            final Map.Entry<Long, Long> level = it.next();
            if (n > 0)
            {
                out.append(',');
            }
            out.append("[\"").append(format(level.getKey(), priceDecimals))
                .append("\",\"").append(format(level.getValue(), qtyDecimals)).append("\"]");
        }
        out.append(']');
    }

    private void apply(final long[] levels, final int bidCount)
    {
        for (int i = 0; i < levels.length; i += 2)
        {
            final TreeMap<Long, Long> side = i < bidCount * 2 ? bids : asks;
            if (levels[i + 1] == 0)
            {
                side.remove(levels[i]);
            }
            else
            {
                side.put(levels[i], levels[i + 1]);
            }
        }
    }

    private static String format(final long mantissa, final int decimals)
    {
        return FixedPoint.toFixedString(FixedPoint.rescale(mantissa, FrameParser.EXPONENT, -decimals), -decimals);
    }
}
