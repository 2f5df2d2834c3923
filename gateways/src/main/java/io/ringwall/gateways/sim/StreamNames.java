package io.ringwall.gateways.sim;

import java.util.Locale;

/**
 * Binance stream names as the simulator matches them: the symbol is case-insensitive, and every diff-depth
 * speed ({@code @depth}, {@code @depth@100ms}, {@code @depth@0ms}) is one stream, because a client asking for
 * {@code btcusdt@depth} must still get a recording made of {@code btcusdt@depth@100ms} frames.
 */
final class StreamNames
{
    /** The stream type of every diff-depth variant. */
    static final String DEPTH = "depth";

    private StreamNames()
    {
    }

    /**
     * @param stream a stream name, e.g. {@code btcusdt@depth@100ms}.
     * @return the key it is matched by, e.g. {@code btcusdt@depth}.
     */
    static String key(final String stream)
    {
        final int at = stream.indexOf('@');
        if (at <= 0)
        {
            return stream;
        }
        return stream.substring(0, at).toLowerCase(Locale.ROOT) + '@' + type(stream);
    }

    /**
     * @param stream a stream name.
     * @return what follows the symbol, with diff-depth speeds folded: depth, trade, aggTrade, bookTicker, kline_1m…
     */
    static String type(final String stream)
    {
        final int at = stream.indexOf('@');
        return normaliseType(at < 0 ? stream : stream.substring(at + 1));
    }

    /**
     * @param type a stream type as a caller names it (depth, depth@100ms, trade, bookTicker…).
     * @return the type with diff-depth speeds folded.
     */
    static String normaliseType(final String type)
    {
        if (type.equals(DEPTH) || (type.startsWith("depth@") && type.endsWith("ms") && isDigits(type, 6, type.length() - 2)))
        {
            return DEPTH;
        }
        return type;
    }

    /**
     * @param stream a stream name.
     * @return its symbol in upper case, or null for a stream of no symbol ({@code !miniTicker@arr}).
     */
    static String symbol(final String stream)
    {
        final int at = stream.indexOf('@');
        if (at <= 0 || stream.charAt(0) == '!')
        {
            return null;
        }
        return stream.substring(0, at).toUpperCase(Locale.ROOT);
    }

    private static boolean isDigits(final String s, final int from, final int to)
    {
        if (from >= to)
        {
            return false;
        }
        for (int i = from; i < to; i++)
        {
            if (!Character.isDigit(s.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }
}
