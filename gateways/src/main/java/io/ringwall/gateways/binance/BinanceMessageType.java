package io.ringwall.gateways.binance;

import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.gateways.json.JsonCursor;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of Binance message a frame can hold, told from an event's "e" or from a combined stream's name.
 */
final class BinanceMessageType
{
    /** Nothing known yet, or nothing a stream name can promise. */
    static final int NONE = 0;
    static final int DEPTH = 1;
    static final int TRADE = 2;
    static final int AGG_TRADE = 3;
    static final int BOOK_TICKER = 4;
    static final int SHUTDOWN = 5;
    static final int REPLY = 6;
    static final int VENUE_ERROR = 7;
    static final int IGNORED = 8;
    static final int UNKNOWN = 9;
    static final int SNAPSHOT = 10;
    /** A stream name that is known but not yet classified: most frames never need its type. */
    static final int UNCLASSIFIED = -1;

    private static final byte[] DEPTH_UPDATE = bytes("depthUpdate");
    private static final byte[] TRADE_EVENT = bytes("trade");
    private static final byte[] AGG_TRADE_EVENT = bytes("aggTrade");
    private static final byte[] BOOK_TICKER_EVENT = bytes("bookTicker");
    private static final byte[] SERVER_SHUTDOWN = bytes("serverShutdown");
    private static final byte[] DEPTH_STREAM = bytes("depth");

    /** Events of streams the engine does not use: well-formed, counted, dropped. */
    private static final byte[][] IGNORED_EVENTS = {
        bytes("kline"), bytes("continuous_kline"), bytes("24hrTicker"), bytes("24hrMiniTicker"), bytes("1hTicker"),
        bytes("4hTicker"), bytes("1dTicker"), bytes("avgPrice"), bytes("markPriceUpdate"), bytes("forceOrder"),
        bytes("indexPriceUpdate"), bytes("compositeIndex"), bytes("contractInfo"), bytes("assetIndexUpdate"),
        bytes("markPrice_kline"), bytes("indexPrice_kline"), bytes("indexPriceKline"), bytes("markPriceKline") };

    private BinanceMessageType()
    {
    }

    /**
     * The type an event's "e" names.
     *
     * @param cursor having just read the value of "e" with {@link JsonCursor#readString()}.
     * @return the type; IGNORED for known events the engine does not use; UNKNOWN for the rest.
     */
    static int ofEvent(final JsonCursor cursor)
    {
        if (cursor.stringEquals(DEPTH_UPDATE))
        {
            return DEPTH;
        }
        if (cursor.stringEquals(TRADE_EVENT))
        {
            return TRADE;
        }
        if (cursor.stringEquals(AGG_TRADE_EVENT))
        {
            return AGG_TRADE;
        }
        if (cursor.stringEquals(BOOK_TICKER_EVENT))
        {
            return BOOK_TICKER;
        }
        if (cursor.stringEquals(SERVER_SHUTDOWN))
        {
            return SHUTDOWN;
        }
        for (final byte[] ignored : IGNORED_EVENTS)
        {
            if (cursor.stringEquals(ignored))
            {
                return IGNORED;
            }
        }
        return UNKNOWN;
    }

    /**
     * The type a stream name promises: {@code <symbol>@depth[@100ms]}, {@code @trade}, {@code @aggTrade},
     * {@code @bookTicker}, {@code !serverShutdown}; partial depth ({@code @depth20}) is ignored; NONE for the
     * rest, whose payloads all carry "e".
     *
     * @param buffer holding the stream name.
     * @param start  its first byte.
     * @param end    one past its last byte.
     * @return the type.
     */
    static int ofStream(final DirectBuffer buffer, final int start, final int end)
    {
        int at = start;
        while (at < end && buffer.getByte(at) != '@')
        {
            at++;
        }
        if (end > start && buffer.getByte(start) == '!')
        {
            // All-market streams: only the shutdown notice matters; !bookTicker payloads name their type.
            return rangeEquals(buffer, start + 1, end, SERVER_SHUTDOWN) ? SHUTDOWN :
                rangeEquals(buffer, start + 1, end, BOOK_TICKER_EVENT) ? NONE : IGNORED;
        }
        if (at == end)
        {
            return NONE;
        }
        final int name = at + 1;
        int nameEnd = name;
        while (nameEnd < end && buffer.getByte(nameEnd) != '@')
        {
            nameEnd++;
        }
        if (nameEnd - name > DEPTH_STREAM.length && rangeEquals(buffer, name, name + DEPTH_STREAM.length, DEPTH_STREAM))
        {
            final byte next = buffer.getByte(name + DEPTH_STREAM.length);
            return next >= '0' && next <= '9' ? IGNORED : NONE;
        }
        if (rangeEquals(buffer, name, nameEnd, DEPTH_STREAM))
        {
            return DEPTH;
        }
        if (rangeEquals(buffer, name, nameEnd, TRADE_EVENT))
        {
            return TRADE;
        }
        if (rangeEquals(buffer, name, nameEnd, AGG_TRADE_EVENT))
        {
            return AGG_TRADE;
        }
        if (rangeEquals(buffer, name, nameEnd, BOOK_TICKER_EVENT))
        {
            return BOOK_TICKER;
        }
        return NONE;
    }

    /**
     * @param type a message type.
     * @return the input kind a RejectedInput of that type carries.
     */
    static InputKind kind(final int type)
    {
        switch (type)
        {
            case DEPTH: return InputKind.DEPTH;
            case TRADE:
            case AGG_TRADE: return InputKind.TRADE;
            case BOOK_TICKER: return InputKind.BOOK_TICKER;
            case SNAPSHOT: return InputKind.SNAPSHOT;
            case SHUTDOWN:
            case REPLY:
            case VENUE_ERROR: return InputKind.CONTROL;
            default: return InputKind.UNKNOWN;
        }
    }

    private static boolean rangeEquals(final DirectBuffer buffer, final int from, final int to, final byte[] constant)
    {
        if (to - from != constant.length)
        {
            return false;
        }
        for (int i = 0; i < constant.length; i++)
        {
            if (buffer.getByte(from + i) != constant[i])
            {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
