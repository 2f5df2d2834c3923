package io.ringwall.gateways.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tests' own book, rebuilt from the capture's text with BigDecimal prices and the recorded strings kept
 * as they were printed: what the simulator's REST answers must equal.
 */
final class ReferenceBook
{
    private final TreeMap<BigDecimal, List<String>> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<BigDecimal, List<String>> asks = new TreeMap<>();
    private long lastUpdateId;

    /**
     * @param snapshotBody a REST depth body as recorded.
     * @return the book it describes.
     */
    static ReferenceBook of(final String snapshotBody)
    {
        final Map<String, Object> snapshot = Json.object(snapshotBody);
        final ReferenceBook book = new ReferenceBook();
        book.lastUpdateId = (Long)snapshot.get("lastUpdateId");
        book.set(book.bids, snapshot.get("bids"));
        book.set(book.asks, snapshot.get("asks"));
        return book;
    }

    /**
     * Applies a recorded depth frame (combined-stream wrapper) if it is newer than the book.
     *
     * @param frame the frame.
     */
    @SuppressWarnings("unchecked")
    void apply(final String frame)
    {
        final Map<String, Object> data = (Map<String, Object>)Json.object(frame).get("data");
        final long u = (Long)data.get("u");
        if (u <= lastUpdateId)
        {
            return;
        }
        set(bids, data.get("b"));
        set(asks, data.get("a"));
        lastUpdateId = u;
    }

    /** @return the book as a spot REST depth body, with the recorded texts. */
    String toJson()
    {
        final StringBuilder out = new StringBuilder("{\"lastUpdateId\":").append(lastUpdateId).append(",\"bids\":");
        json(out, bids(Integer.MAX_VALUE));
        out.append(",\"asks\":");
        json(out, asks(Integer.MAX_VALUE));
        return out.append('}').toString();
    }

    long lastUpdateId()
    {
        return lastUpdateId;
    }

    /** @return the best {@code limit} bids as [price text, qty text]. */
    List<List<String>> bids(final int limit)
    {
        return top(bids, limit);
    }

    /** @return the best {@code limit} asks as [price text, qty text]. */
    List<List<String>> asks(final int limit)
    {
        return top(asks, limit);
    }

    @SuppressWarnings("unchecked")
    private void set(final TreeMap<BigDecimal, List<String>> side, final Object levels)
    {
        for (final Object o : (List<Object>)levels)
        {
            final List<String> level = (List<String>)o;
            final BigDecimal qty = new BigDecimal(level.get(1));
            if (qty.signum() == 0)
            {
                side.remove(new BigDecimal(level.get(0)));
            }
            else
            {
                side.put(new BigDecimal(level.get(0)), List.of(level.get(0), level.get(1)));
            }
        }
    }

    private static void json(final StringBuilder out, final List<List<String>> levels)
    {
        out.append('[');
        for (int i = 0; i < levels.size(); i++)
        {
            out.append(i > 0 ? ",[\"" : "[\"").append(levels.get(i).get(0)).append("\",\"").append(levels.get(i).get(1)).append("\"]");
        }
        out.append(']');
    }

    private static List<List<String>> top(final TreeMap<BigDecimal, List<String>> side, final int limit)
    {
        final List<List<String>> out = new ArrayList<>();
        final Iterator<List<String>> it = side.values().iterator();
        while (out.size() < limit && it.hasNext())
        {
            out.add(it.next());
        }
        return out;
    }
}
