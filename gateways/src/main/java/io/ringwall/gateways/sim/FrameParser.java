package io.ringwall.gateways.sim;

import io.ringwall.gateways.json.JsonCursor;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what the simulator needs from recorded Binance frames and snapshot bodies: the combined-stream
 * wrapper's stream name and payload range, and for diff depth and snapshots the update ids and levels.
 * Prices and quantities are kept as fixed-point mantissas, and the decimals their text used are noted so
 * that the simulator's REST answers print numbers the way the venue did. Loading only; allocates freely.
 */
final class FrameParser
{
    /** Binance never prints more than eight decimals. */
    static final int EXPONENT = -8;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PU = "pu".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_UPDATE_ID = "lastUpdateId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BIDS = "bids".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ASKS = "asks".getBytes(StandardCharsets.US_ASCII);

    private final JsonCursor cursor = new JsonCursor();
    private final UnsafeBuffer view = new UnsafeBuffer(0, 0);
    private long[] bids = new long[256];
    private long[] asks = new long[256];
    private int bidLength;
    private int askLength;
    private int priceDecimals;
    private int qtyDecimals;
    private String error;

    /**
     * Parses a recorded frame.
     *
     * @param bytes  the frame, exactly as recorded (kept by the returned frame).
     * @param timeNs its receive time.
     * @return the frame, or null if it is not a combined-stream frame the simulator can serve ({@link #error()} says why).
     */
    TimelineFrame frame(final byte[] bytes, final long timeNs)
    {
        start(bytes);
        if (!cursor.beginObject())
        {
            return fail("not a JSON object");
        }
        String stream = null;
        long dataMark = -1;
        int dataStart = -1;
        int dataEnd = -1;
        while (cursor.nextKey())
        {
            if (cursor.keyEquals(STREAM))
            {
                if (!cursor.readString() || cursor.stringEscaped())
                {
                    return fail("bad stream name");
                }
                stream = text(cursor.stringStart(), cursor.stringEnd());
            }
            else if (cursor.keyEquals(DATA))
            {
                dataMark = cursor.mark();
                if (!cursor.skipValue())
                {
                    break;
                }
                dataStart = cursor.valueStart();
                dataEnd = cursor.position();
            }
            else if (!cursor.skipValue())
            {
                break;
            }
        }
        if (cursor.hasError())
        {
            return fail("malformed JSON at " + cursor.errorPosition());
        }
        if (stream == null || stream.isEmpty() || dataStart < 0)
        {
            return fail("no stream wrapper");
        }
        if (!StreamNames.DEPTH.equals(StreamNames.type(stream)) || stream.charAt(0) == '!')
        {
            return new TimelineFrame(timeNs, bytes, dataStart, dataEnd - dataStart, stream,
                TimelineFrame.NO_ID, TimelineFrame.NO_ID, TimelineFrame.NO_ID, null, 0);
        }
        cursor.reset(dataMark);
        return depth(bytes, timeNs, stream, dataStart, dataEnd);
    }

    /**
     * Parses a REST depth snapshot body.
     *
     * @param symbol the symbol it was taken for.
     * @param bytes  the body.
     * @param timeNs its receive time.
     * @return the snapshot, or null if it cannot be read ({@link #error()} says why).
     */
    DepthImage snapshot(final String symbol, final byte[] bytes, final long timeNs)
    {
        start(bytes);
        if (!cursor.beginObject())
        {
            error = "not a JSON object";
            return null;
        }
        long lastUpdateId = TimelineFrame.NO_ID;
        while (cursor.nextKey())
        {
            if (cursor.keyEquals(LAST_UPDATE_ID))
            {
                lastUpdateId = cursor.readLong();
            }
            else if (cursor.keyEquals(BIDS))
            {
                readLevels(true);
            }
            else if (cursor.keyEquals(ASKS))
            {
                readLevels(false);
            }
            else
            {
                cursor.skipValue();
            }
            if (cursor.hasError())
            {
                break;
            }
        }
        if (cursor.hasError() || lastUpdateId == TimelineFrame.NO_ID)
        {
            error = cursor.hasError() ? "malformed snapshot at " + cursor.errorPosition() : "snapshot without lastUpdateId";
            return null;
        }
        final long[] levels = joinedLevels();
        return new DepthImage(symbol, timeNs, lastUpdateId, levels, bidLength / 2);
    }

    /** @return the most decimals a price had in the last frame or snapshot parsed. */
    int priceDecimals()
    {
        return priceDecimals;
    }

    /** @return the most decimals a quantity had in the last frame or snapshot parsed. */
    int qtyDecimals()
    {
        return qtyDecimals;
    }

    /** @return why the last parse returned null. */
    String error()
    {
        return error;
    }

    private TimelineFrame depth(final byte[] bytes, final long timeNs, final String stream, final int dataStart, final int dataEnd)
    {
        if (!cursor.beginObject())
        {
            return fail("depth data is not an object");
        }
        long first = TimelineFrame.NO_ID;
        long last = TimelineFrame.NO_ID;
        long prev = TimelineFrame.NO_ID;
        while (cursor.nextKey())
        {
            final int key = cursor.singleByteKey();
            if (key == 'U')
            {
                first = cursor.readLong();
            }
            else if (key == 'u')
            {
                last = cursor.readLong();
            }
            else if (key == 'b')
            {
                readLevels(true);
            }
            else if (key == 'a')
            {
                readLevels(false);
            }
            else if (cursor.keyEquals(PU))
            {
                prev = cursor.readLong();
            }
            else
            {
                cursor.skipValue();
            }
            if (cursor.hasError())
            {
                return fail("malformed depth data at " + cursor.errorPosition());
            }
        }
        if (cursor.hasError() || first == TimelineFrame.NO_ID || last == TimelineFrame.NO_ID || last < first)
        {
            return fail("depth frame without valid U and u");
        }
        return new TimelineFrame(timeNs, bytes, dataStart, dataEnd - dataStart, stream, first, last, prev,
            joinedLevels(), bidLength / 2);
    }

    private void readLevels(final boolean bid)
    {
        if (!cursor.beginArray())
        {
            return;
        }
        while (cursor.nextElement())
        {
            if (!cursor.beginArray() || !cursor.nextElement())
            {
                cursor.fail(JsonCursor.MALFORMED, cursor.position());
                return;
            }
            final long price = cursor.readDecimal(EXPONENT);
            priceDecimals = Math.max(priceDecimals, decimalsOfLastValue());
            if (cursor.hasError() || !cursor.nextElement())
            {
                cursor.fail(JsonCursor.MALFORMED, cursor.position());
                return;
            }
            final long qty = cursor.readDecimal(EXPONENT);
            qtyDecimals = Math.max(qtyDecimals, decimalsOfLastValue());
            while (!cursor.hasError() && cursor.nextElement())
            {
                cursor.skipValue(); // a level with more than price and quantity: keep the two we know
            }
            if (cursor.hasError())
            {
                return;
            }
            add(bid, price, qty);
        }
    }

    private void add(final boolean bid, final long price, final long qty)
    {
        if (bid)
        {
            if (bidLength + 2 > bids.length)
            {
                bids = Arrays.copyOf(bids, bids.length * 2);
            }
            bids[bidLength++] = price;
            bids[bidLength++] = qty;
        }
        else
        {
            if (askLength + 2 > asks.length)
            {
                asks = Arrays.copyOf(asks, asks.length * 2);
            }
            asks[askLength++] = price;
            asks[askLength++] = qty;
        }
    }

    private long[] joinedLevels()
    {
        final long[] levels = new long[bidLength + askLength];
        System.arraycopy(bids, 0, levels, 0, bidLength);
        System.arraycopy(asks, 0, levels, bidLength, askLength);
        return levels;
    }

    /** Decimals of the value just read, counted on its text: {@code "7.6110"} has four. */
    private int decimalsOfLastValue()
    {
        final int end = cursor.position();
        int i = cursor.valueStart();
        while (i < end && view.getByte(i) != '.')
        {
            i++;
        }
        int digits = 0;
        for (i++; i < end; i++)
        {
            final byte b = view.getByte(i);
            if (b < '0' || b > '9')
            {
                break;
            }
            digits++;
        }
        return digits;
    }

    private void start(final byte[] bytes)
    {
        view.wrap(bytes);
        cursor.wrap(view, 0, bytes.length);
        bidLength = 0;
        askLength = 0;
        priceDecimals = 0;
        qtyDecimals = 0;
        error = null;
    }

    private String text(final int from, final int to)
    {
        return view.getStringWithoutLengthAscii(from, to - from);
    }

    private TimelineFrame fail(final String why)
    {
        error = why;
        return null;
    }
}
