package io.ringwall.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.BookBatchWriter;
import io.ringwall.gateways.VenueInstruments;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;

/**
 * The Binance diff-depth decoder written the usual way, on Jackson's streaming parser, for the benchmark's
 * comparison: it publishes the same BookDelta parts through the same {@link BookBatchWriter}, with decimals
 * converted exactly by the same digit rules as {@link FixedPoint.Parser}, so the two decoders do equal work
 * and differ only in how they read JSON. Handles combined-stream depth frames whose ids precede their levels,
 * as Binance sends them; anything else is rejected.
 */
public final class JacksonBinanceDepthDecoder
{
    private static final long NULL_PREV_UPDATE_ID = BookDeltaEncoder.prevLastUpdateIdNullValue();
    private static final long BAD = Long.MIN_VALUE;

    private final JsonFactory factory;
    private final VenueInstruments instruments;
    private final Venue venue;
    private final boolean futures;
    private final BookBatchWriter book;
    private final byte[] symbol = new byte[64];
    private final UnsafeBuffer symbolBuffer = new UnsafeBuffer(symbol);
    private final UnsafeBuffer frameBuffer = new UnsafeBuffer(new byte[0]);

    private Instrument instrument;
    private long eventTimeNs;
    private long firstUpdateId;
    private long lastUpdateId;
    private long prevUpdateId;
    private boolean started;

    /**
     * @param factory     the shared, reused Jackson factory.
     * @param instruments the venue's instruments.
     * @param sink        where events go.
     */
    public JacksonBinanceDepthDecoder(final JsonFactory factory, final VenueInstruments instruments, final EventSink sink)
    {
        this.factory = factory;
        this.instruments = instruments;
        this.venue = instruments.venue();
        this.futures = Venues.isBinanceFutures(venue);
        this.book = new BookBatchWriter(sink, new InputWriter(sink));
    }

    /**
     * Decodes one combined-stream depth frame.
     *
     * @param frame         the frame's bytes.
     * @param offset        where it starts.
     * @param length        its length.
     * @param receiveTimeNs when it was received.
     * @return true if it was published as BookDelta parts, false if it was rejected.
     */
    public boolean onFrame(final byte[] frame, final int offset, final int length, final long receiveTimeNs)
    {
        instrument = null;
        started = false;
        try (JsonParser parser = factory.createParser(frame, offset, length))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                return reject(frame, offset, length, receiveTimeNs);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if (name.equals("data") && value == JsonToken.START_OBJECT)
                {
                    if (!decodeData(parser, receiveTimeNs))
                    {
                        return reject(frame, offset, length, receiveTimeNs);
                    }
                }
                else
                {
                    parser.skipChildren();
                }
            }
            if (!started || parser.nextToken() != null)
            {
                return reject(frame, offset, length, receiveTimeNs);
            }
            return book.finish();
        }
        catch (final IOException ex)
        {
            return reject(frame, offset, length, receiveTimeNs);
        }
    }

    private boolean decodeData(final JsonParser parser, final long receiveTimeNs) throws IOException
    {
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String name = parser.currentName();
            parser.nextToken();
            switch (name)
            {
                case "E":
                    eventTimeNs = parser.getLongValue() * 1_000_000L;
                    break;
                case "s":
                    if (!resolve(parser, receiveTimeNs))
                    {
                        return false;
                    }
                    break;
                case "U":
                    firstUpdateId = parser.getLongValue();
                    break;
                case "u":
                    lastUpdateId = parser.getLongValue();
                    break;
                case "pu":
                    prevUpdateId = parser.getLongValue();
                    break;
                case "b":
                    if (!levels(parser, Side.BID, receiveTimeNs))
                    {
                        return false;
                    }
                    break;
                case "a":
                    if (!levels(parser, Side.ASK, receiveTimeNs))
                    {
                        return false;
                    }
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return true;
    }

    private boolean resolve(final JsonParser parser, final long receiveTimeNs) throws IOException
    {
        final char[] chars = parser.getTextCharacters();
        final int start = parser.getTextOffset();
        final int length = parser.getTextLength();
        if (length > symbol.length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            symbol[i] = (byte)chars[start + i];
        }
        instrument = instruments.resolve(symbolBuffer, 0, length, receiveTimeNs);
        return instrument != null;
    }

    private boolean levels(final JsonParser parser, final Side side, final long receiveTimeNs) throws IOException
    {
        if (instrument == null || parser.currentToken() != JsonToken.START_ARRAY || firstUpdateId > lastUpdateId)
        {
            return false;
        }
        if (!started)
        {
            book.beginDelta(receiveTimeNs, eventTimeNs, instrument.id(), firstUpdateId, lastUpdateId,
                futures ? prevUpdateId : NULL_PREV_UPDATE_ID);
            started = true;
        }
        final int priceExponent = instrument.priceExponent();
        final int qtyExponent = instrument.qtyExponent();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_ARRAY)
        {
            if (parser.nextToken() != JsonToken.VALUE_STRING)
            {
                return false;
            }
            final long price = decimal(parser, priceExponent);
            if (parser.nextToken() != JsonToken.VALUE_STRING)
            {
                return false;
            }
            final long qty = decimal(parser, qtyExponent);
            if (price == BAD || qty == BAD || price <= 0 || qty < 0 || parser.nextToken() != JsonToken.END_ARRAY)
            {
                return false;
            }
            if (!book.level(price, qty, side))
            {
                return false;
            }
        }
        return token == JsonToken.END_ARRAY;
    }

    /**
     * {@link FixedPoint.Parser}'s digit rules over Jackson's character buffer.
     */
    private static long decimal(final JsonParser parser, final int exponent) throws IOException
    {
        final char[] chars = parser.getTextCharacters();
        final int end = parser.getTextOffset() + parser.getTextLength();
        final int decimals = -exponent;
        int i = parser.getTextOffset();
        boolean negative = false;
        if (i < end && chars[i] == '-')
        {
            negative = true;
            i++;
        }
        long value = 0;
        int digits = 0;
        for (; i < end; i++)
        {
            final int d = chars[i] - '0';
            if (d < 0 || d > 9)
            {
                break;
            }
            if (value > (Long.MAX_VALUE - d) / 10)
            {
                return BAD;
            }
            value = value * 10 + d;
            digits++;
        }
        int fractionDigits = 0;
        if (i < end && chars[i] == '.')
        {
            for (i++; i < end; i++)
            {
                final int d = chars[i] - '0';
                if (d < 0 || d > 9)
                {
                    break;
                }
                digits++;
                if (fractionDigits < decimals)
                {
                    if (value > (Long.MAX_VALUE - d) / 10)
                    {
                        return BAD;
                    }
                    value = value * 10 + d;
                    fractionDigits++;
                }
                else if (d != 0)
                {
                    return BAD;
                }
            }
        }
        if (i != end || digits == 0)
        {
            return BAD;
        }
        final long scale = FixedPoint.powerOfTen(decimals - fractionDigits);
        if (value > Long.MAX_VALUE / scale)
        {
            return BAD;
        }
        value *= scale;
        return negative ? -value : value;
    }

    private boolean reject(final byte[] frame, final int offset, final int length, final long receiveTimeNs)
    {
        frameBuffer.wrap(frame);
        book.reject(venue, instrument == null ? 0 : instrument.id(), InputKind.DEPTH, RejectReason.MALFORMED_JSON, frameBuffer,
            offset, length, 0, receiveTimeNs);
        return false;
    }
}
