package io.ringwall.gateways.binance;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.BookTickerEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeEncoder;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.BookBatchWriter;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.json.JsonCursor;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

import static io.ringwall.gateways.binance.BinanceMessageType.AGG_TRADE;
import static io.ringwall.gateways.binance.BinanceMessageType.BOOK_TICKER;
import static io.ringwall.gateways.binance.BinanceMessageType.DEPTH;
import static io.ringwall.gateways.binance.BinanceMessageType.IGNORED;
import static io.ringwall.gateways.binance.BinanceMessageType.NONE;
import static io.ringwall.gateways.binance.BinanceMessageType.REPLY;
import static io.ringwall.gateways.binance.BinanceMessageType.SHUTDOWN;
import static io.ringwall.gateways.binance.BinanceMessageType.SNAPSHOT;
import static io.ringwall.gateways.binance.BinanceMessageType.TRADE;
import static io.ringwall.gateways.binance.BinanceMessageType.UNCLASSIFIED;
import static io.ringwall.gateways.binance.BinanceMessageType.VENUE_ERROR;

/**
 * Decodes Binance spot, USD-M and COIN-M WebSocket market-data frames and REST depth snapshots into SBE
 * events, encoded straight into claimed sink slots: diff depth as BookDelta parts, snapshots as BookSnapshot
 * parts, trade and aggTrade as Trade, bookTicker as BookTicker. Prices and quantities are read from their
 * decimal text at the instrument's exponents. Any frame that cannot be decoded exactly becomes one
 * RejectedInput with a reason; nothing throws and nothing allocates once a symbol is known.
 * <p>
 * Combined-stream wrappers ({@code {"stream":..,"data":..}}, either key order) and raw payloads are both
 * accepted. Keys may come in any order: levels that arrive before the fields they depend on (symbol, ids,
 * event time) are skipped and read again once the message's end is reached, which real Binance frames never
 * need. Owned by one thread, the connection's event loop.
 */
public final class BinanceDecoder
{
    private static final int F_EVENT = 1;
    private static final int F_EVENT_TIME = 1 << 1;
    private static final int F_TRANSACT_TIME = 1 << 2;
    private static final int F_SYMBOL = 1 << 3;
    private static final int F_FIRST_ID = 1 << 4;
    private static final int F_LAST_ID = 1 << 5;
    private static final int F_PREV_ID = 1 << 6;
    private static final int F_BIDS = 1 << 7;
    private static final int F_ASKS = 1 << 8;
    private static final int F_TRADE_ID = 1 << 9;
    private static final int F_FIRST_TRADE = 1 << 10;
    private static final int F_LAST_TRADE = 1 << 11;
    private static final int F_MAKER = 1 << 12;
    private static final int F_PRINT = 1 << 13;
    private static final int F_CODE = 1 << 14;
    private static final int F_MSG = 1 << 15;
    private static final int F_ID = 1 << 16;
    private static final int F_RESULT = 1 << 17;
    private static final int F_ERROR = 1 << 18;
    /** Decimal slot i is field bit F_DECIMAL << i: price, qty (trade) or bid price, bid qty, ask price, ask qty (ticker). */
    private static final int F_DECIMAL = 1 << 19;

    private static final int PRICE = 0;
    private static final int QTY = 1;
    private static final int ASK_PRICE = 2;
    private static final int ASK_QTY = 3;

    private static final long MAX_MILLIS = Long.MAX_VALUE / 1_000_000L;
    private static final long NULL_PREV_UPDATE_ID = BookDeltaEncoder.prevLastUpdateIdNullValue();

    private static final DirectBuffer EMPTY = new UnsafeBuffer(new byte[0]);

    private static final byte[] STREAM = bytes("stream");
    private static final byte[] DATA = bytes("data");
    private static final byte[] PU = bytes("pu");
    private static final byte[] LAST_UPDATE_ID = bytes("lastUpdateId");
    private static final byte[] BIDS = bytes("bids");
    private static final byte[] ASKS = bytes("asks");
    private static final byte[] RESULT = bytes("result");
    private static final byte[] ID = bytes("id");
    private static final byte[] CODE = bytes("code");
    private static final byte[] MSG = bytes("msg");
    private static final byte[] ERROR = bytes("error");

    private static final byte[] MARKET = bytes("MARKET");
    private static final byte[] INSURANCE_FUND = bytes("INSURANCE_FUND");
    private static final byte[] ADL = bytes("ADL");

    private final Venue venue;
    private final boolean futures;
    private final VenueInstruments instruments;
    private final EventSink sink;
    private final InputWriter inputs;
    private final BookBatchWriter book;
    private final JsonCursor cursor = new JsonCursor();
    private final MessageHeaderEncoder messageHeader = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final BookTickerEncoder ticker = new BookTickerEncoder();
    private final BinanceDecoderCounters counters = new BinanceDecoderCounters();
    private final int depthReady;
    private final int snapshotReady;
    private BinanceControlListener listener = BinanceControlListener.NO_OP;

    // The input being decoded.
    private DirectBuffer frame;
    private int frameOffset;
    private int frameLength;
    private boolean validRange;
    private long receiveTimeNs;
    private int type;
    private InputKind kind;
    private Instrument instrument;
    private int seen;
    private RejectReason failReason;
    private int failPosition;

    private boolean hasStream;
    private int streamStart;
    private int streamEnd;
    private int streamType;

    private long eventTimeNs;
    private long transactTimeNs;
    private long firstUpdateId;
    private long lastUpdateId;
    private long prevUpdateId;
    private int firstUpdateIdAt;
    private boolean batchStarted;
    private boolean bidsDone;
    private boolean asksDone;
    private long bidsMark;
    private long asksMark;

    private long tradeId;
    private long firstTradeId;
    private long lastTradeId;
    private boolean maker;
    private PrintType printType;
    private final long[] decimals = new long[4];
    private final int[] decimalAt = new int[4];
    private final long[] decimalMarks = new long[4];
    private int deferredDecimals;

    private long requestId;
    private long errorCode;
    private int msgStart;
    private int msgLength;
    private int resultStart;
    private int resultLength;

    /**
     * @param venue       BINANCE, BINANCE_USDM or BINANCE_COINM.
     * @param instruments the venue's instruments, which decide whether unknown symbols are refused or registered.
     * @param sink        where events go; its slots must hold at least {@link BookBatchWriter#MAX_REJECTED_LENGTH} bytes.
     * @throws IllegalArgumentException if the venue is not a Binance venue or not the instruments' venue.
     */
    public BinanceDecoder(final Venue venue, final VenueInstruments instruments, final EventSink sink)
    {
        if (!Venues.isBinance(venue) || instruments.venue() != venue)
        {
            throw new IllegalArgumentException("a Binance decoder needs a Binance venue and that venue's instruments: " +
                venue + ", " + instruments.venue());
        }
        this.venue = venue;
        this.futures = Venues.isBinanceFutures(venue);
        this.instruments = instruments;
        this.sink = sink;
        this.inputs = new InputWriter(sink);
        this.book = new BookBatchWriter(sink, inputs);
        this.depthReady = F_EVENT_TIME | F_FIRST_ID | F_LAST_ID | (futures ? F_PREV_ID : 0);
        this.snapshotReady = F_LAST_ID | (futures ? F_EVENT_TIME : 0);
    }

    /**
     * Sets who hears of serverShutdown, subscription replies and venue errors.
     *
     * @param listener the listener, or null for none.
     */
    public void controlListener(final BinanceControlListener listener)
    {
        this.listener = listener == null ? BinanceControlListener.NO_OP : listener;
    }

    /**
     * @return this decoder's counters.
     */
    public BinanceDecoderCounters counters()
    {
        return counters;
    }

    /**
     * @return the venue this decoder reads.
     */
    public Venue venue()
    {
        return venue;
    }

    /**
     * Decodes one WebSocket text frame. Never throws.
     *
     * @param buffer        holding the frame.
     * @param offset        where it starts.
     * @param length        its length in bytes.
     * @param receiveTimeNs when it was received, ns since the epoch.
     */
    public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        counters.frames++;
        start(buffer, offset, length, receiveTimeNs, InputKind.UNKNOWN);
        if (validRange && cursor.wrap(buffer, offset, length) && decodeFrame())
        {
            commit();
        }
        else
        {
            abandon();
        }
    }

    /**
     * Decodes one REST depth snapshot body ({@code GET /api/v3/depth}, {@code /fapi/v1/depth}, {@code /dapi/v1/depth}).
     * Never throws.
     *
     * @param instrument    the instrument the snapshot was requested for.
     * @param buffer        holding the body.
     * @param offset        where it starts.
     * @param length        its length in bytes.
     * @param receiveTimeNs when it was received, ns since the epoch.
     */
    public void onSnapshot(
        final Instrument instrument,
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final long receiveTimeNs)
    {
        counters.snapshots++;
        start(buffer, offset, length, receiveTimeNs, InputKind.SNAPSHOT);
        type = SNAPSHOT;
        if (!validRange || instrument == null || instrument.venue() != venue)
        {
            fail(validRange ? RejectReason.UNKNOWN_SYMBOL : RejectReason.MALFORMED_JSON, frameOffset);
            abandon();
            return;
        }
        this.instrument = instrument;
        if (validRange && cursor.wrap(buffer, offset, length) && decodeSnapshotBody())
        {
            commit();
        }
        else
        {
            abandon();
        }
    }

    private void start(
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final long receiveTimeNs,
        final InputKind kind)
    {
        validRange = buffer != null && offset >= 0 && length >= 0 && offset <= buffer.capacity() - length;
        counters.bytes += validRange ? length : 0;
        frame = validRange ? buffer : EMPTY;
        frameOffset = validRange ? offset : 0;
        frameLength = validRange ? length : 0;
        this.receiveTimeNs = receiveTimeNs;
        this.kind = kind;
        type = NONE;
        instrument = null;
        seen = 0;
        failReason = null;
        failPosition = 0;
        hasStream = false;
        streamType = NONE;
        eventTimeNs = 0;
        transactTimeNs = 0;
        batchStarted = false;
        bidsDone = false;
        asksDone = false;
        printType = PrintType.REGULAR;
        deferredDecimals = 0;
        requestId = BinanceControlListener.NO_ID;
        errorCode = 0;
        msgStart = 0;
        msgLength = 0;
        resultStart = 0;
        resultLength = 0;
    }

    // ------------------------------------------------------------------ routing

    private boolean decodeFrame()
    {
        if (!cursor.beginObject())
        {
            return failCursor();
        }
        final long members = cursor.mark();
        if (!cursor.nextKey())
        {
            return cursor.hasError() ? failCursor() : fail(RejectReason.UNKNOWN_MESSAGE, cursor.start());
        }
        if (cursor.keyEquals(STREAM) || cursor.keyEquals(DATA))
        {
            return decodeWrapper();
        }
        cursor.reset(members);
        return decodePayload() && (cursor.expectEnd() || failCursor());
    }

    /**
     * A combined-stream wrapper, its first key just read. The payload is decoded where it stands when the
     * stream name came first (as Binance sends it), else skipped and decoded once the name is known.
     */
    private boolean decodeWrapper()
    {
        boolean dataSeen = false;
        long dataMark = 0;
        boolean payloadDone = false;
        do
        {
            if (cursor.keyEquals(STREAM))
            {
                if (hasStream)
                {
                    return fail(RejectReason.MALFORMED_JSON, cursor.keyStart());
                }
                if (!cursor.readString())
                {
                    return failCursor();
                }
                hasStream = true;
                streamStart = cursor.stringStart();
                streamEnd = cursor.stringEnd();
                streamType = UNCLASSIFIED;
            }
            else if (cursor.keyEquals(DATA))
            {
                if (dataSeen)
                {
                    return fail(RejectReason.MALFORMED_JSON, cursor.keyStart());
                }
                dataSeen = true;
                if (hasStream)
                {
                    if (!decodeData())
                    {
                        return false;
                    }
                    payloadDone = true;
                }
                else
                {
                    dataMark = cursor.mark();
                    if (!cursor.skipValue())
                    {
                        return failCursor();
                    }
                }
            }
            else if (!cursor.skipValue())
            {
                return failCursor();
            }
        }
        while (cursor.nextKey());

        if (cursor.hasError() || !cursor.expectEnd())
        {
            return failCursor();
        }
        if (!dataSeen)
        {
            return fail(RejectReason.MISSING_FIELD, cursor.position() - 1);
        }
        if (!payloadDone)
        {
            cursor.reset(dataMark);
            return decodeData();
        }
        return true;
    }

    /**
     * A wrapper's data: the payload object, or for an ignored stream (all-market arrays) any JSON, checked and dropped.
     */
    private boolean decodeData()
    {
        if (cursor.peek() != JsonCursor.OBJECT && streamType() == IGNORED)
        {
            type = IGNORED;
            return cursor.skipValue() || failCursor();
        }
        return (cursor.beginObject() || failCursor()) && decodePayload();
    }

    /**
     * A payload object, the cursor just inside its brace. Its type comes from "e" when that is the first key
     * (every Binance event but spot bookTicker), else from the stream name, else from a look at its keys.
     */
    private boolean decodePayload()
    {
        final long members = cursor.mark();
        if (!cursor.nextKey())
        {
            return cursor.hasError() ? failCursor() : fail(RejectReason.UNKNOWN_MESSAGE, cursor.position() - 1);
        }
        if (cursor.singleByteKey() == 'e')
        {
            seen |= F_EVENT;
            if (!cursor.readString())
            {
                return failCursor();
            }
            type = BinanceMessageType.ofEvent(cursor);
        }
        else
        {
            cursor.reset(members);
            final int fromStream = hasStream ? streamType() : NONE;
            type = fromStream != NONE ? fromStream : inferType(members);
            if (type == NONE)
            {
                return false;
            }
        }
        kind = BinanceMessageType.kind(type);
        switch (type)
        {
            case DEPTH: return decodeDepth();
            case TRADE: return decodeTrade(false);
            case AGG_TRADE: return decodeTrade(true);
            case BOOK_TICKER: return decodeBookTicker();
            case SHUTDOWN: return decodeShutdown();
            case REPLY: return decodeReply();
            case VENUE_ERROR: return decodeVenueError();
            case IGNORED: return skipMembers();
            default: return fail(RejectReason.UNKNOWN_MESSAGE, cursor.valueStart());
        }
    }

    /**
     * Looks at a payload's keys for one without a leading "e": spot bookTicker in raw mode, subscription
     * replies, error objects, partial depth. Rare, and small objects, so a second pass costs little.
     *
     * @return the type, or NONE with the failure recorded.
     */
    private int inferType(final long members)
    {
        final int b = 1;
        final int bigB = 1 << 1;
        final int a = 1 << 2;
        final int bigA = 1 << 3;
        final int u = 1 << 4;
        final int s = 1 << 5;
        final int result = 1 << 6;
        final int id = 1 << 7;
        final int code = 1 << 8;
        final int msg = 1 << 9;
        final int error = 1 << 10;
        final int lastUpdate = 1 << 11;
        int keys = 0;
        while (cursor.nextKey())
        {
            switch (cursor.singleByteKey())
            {
                case 'e':
                    if (!cursor.readString())
                    {
                        failCursor();
                        return NONE;
                    }
                    cursor.reset(members);
                    return BinanceMessageType.ofEvent(cursor);
                case 'b': keys |= cursor.peek() == JsonCursor.STRING ? b : 0; break;
                case 'B': keys |= bigB; break;
                case 'a': keys |= a; break;
                case 'A': keys |= bigA; break;
                case 'u': keys |= u; break;
                case 's': keys |= s; break;
                default:
                    keys |= cursor.keyEquals(RESULT) ? result : cursor.keyEquals(ID) ? id : cursor.keyEquals(CODE) ? code :
                        cursor.keyEquals(MSG) ? msg : cursor.keyEquals(ERROR) ? error :
                        cursor.keyEquals(LAST_UPDATE_ID) ? lastUpdate : 0;
            }
            if (!cursor.skipValue())
            {
                failCursor();
                return NONE;
            }
        }
        if (cursor.hasError())
        {
            failCursor();
            return NONE;
        }
        final int end = cursor.position() - 1;
        cursor.reset(members);
        final int tickerKeys = b | bigB | a | bigA | u | s;
        if ((keys & tickerKeys) == tickerKeys)
        {
            return BOOK_TICKER;
        }
        if ((keys & error) != 0 || (keys & (code | msg)) == (code | msg))
        {
            return VENUE_ERROR;
        }
        if ((keys & (result | id)) == (result | id))
        {
            return REPLY;
        }
        if ((keys & lastUpdate) != 0)
        {
            return IGNORED; // partial book depth (depth5/10/20): the engine builds books from diffs
        }
        fail(RejectReason.UNKNOWN_MESSAGE, end);
        return NONE;
    }

    /**
     * The type the stream name promises, classified on first need: most frames name their type with "e".
     */
    private int streamType()
    {
        if (streamType == UNCLASSIFIED)
        {
            streamType = BinanceMessageType.ofStream(frame, streamStart, streamEnd);
        }
        return streamType;
    }

    // ------------------------------------------------------------------ messages

    private boolean decodeDepth()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            switch (cursor.singleByteKey())
            {
                case 'e': ok = checkEventType(); break;
                case 'E': ok = readTime(F_EVENT_TIME); break;
                case 'T': ok = readTime(F_TRANSACT_TIME); break;
                case 's': ok = readSymbol(); break;
                case 'U': ok = readUpdateId(F_FIRST_ID); break;
                case 'u': ok = readUpdateId(F_LAST_ID); break;
                case 'b': ok = levelsKey(Side.BID, depthReady); break;
                case 'a': ok = levelsKey(Side.ASK, depthReady); break;
                default: ok = futures && cursor.keyEquals(PU) ? readUpdateId(F_PREV_ID) : skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        if (cursor.hasError())
        {
            return failCursor();
        }
        final int required = F_FIRST_ID | F_LAST_ID | F_BIDS | F_ASKS | (futures ? F_PREV_ID : 0);
        return resolveFromStream() && require(required) && finishLevels();
    }

    private boolean decodeSnapshotBody()
    {
        if (!cursor.beginObject())
        {
            return failCursor();
        }
        while (cursor.nextKey())
        {
            final boolean ok;
            switch (cursor.singleByteKey())
            {
                case 'E': ok = readTime(F_EVENT_TIME); break;
                case 'T': ok = readTime(F_TRANSACT_TIME); break;
                default:
                    if (cursor.keyEquals(LAST_UPDATE_ID))
                    {
                        ok = readUpdateId(F_LAST_ID);
                    }
                    else if (cursor.keyEquals(BIDS))
                    {
                        ok = levelsKey(Side.BID, snapshotReady);
                    }
                    else if (cursor.keyEquals(ASKS))
                    {
                        ok = levelsKey(Side.ASK, snapshotReady);
                    }
                    else if (cursor.keyEquals(CODE))
                    {
                        ok = readErrorCode();
                    }
                    else if (cursor.keyEquals(MSG))
                    {
                        ok = readMessage();
                    }
                    else
                    {
                        ok = skip();
                    }
            }
            if (!ok)
            {
                return false;
            }
        }
        if (cursor.hasError() || !cursor.expectEnd())
        {
            return failCursor();
        }
        if ((seen & F_LAST_ID) == 0 && (seen & (F_CODE | F_MSG)) != 0)
        {
            type = VENUE_ERROR;
            return true;
        }
        return require(F_LAST_ID | F_BIDS | F_ASKS) && finishLevels();
    }

    private boolean decodeTrade(final boolean aggregate)
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            switch (cursor.singleByteKey())
            {
                case 'e': ok = checkEventType(); break;
                case 'E': ok = readTime(F_EVENT_TIME); break;
                case 'T': ok = readTime(F_TRANSACT_TIME); break;
                case 's': ok = readSymbol(); break;
                case 't': ok = aggregate ? skip() : readTradeId(F_TRADE_ID); break;
                case 'a': ok = aggregate ? readTradeId(F_TRADE_ID) : skip(); break;
                case 'f': ok = aggregate ? readTradeId(F_FIRST_TRADE) : skip(); break;
                case 'l': ok = aggregate ? readTradeId(F_LAST_TRADE) : skip(); break;
                case 'p': ok = decimalKey(PRICE); break;
                case 'q': ok = decimalKey(QTY); break;
                case 'm': ok = readMaker(); break;
                case 'X': ok = readPrintType(); break;
                default: ok = skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        if (cursor.hasError())
        {
            return failCursor();
        }
        final int required = F_TRADE_ID | (F_DECIMAL << PRICE) | (F_DECIMAL << QTY) |
            (aggregate ? F_FIRST_TRADE | F_LAST_TRADE : 0);
        if (!resolveFromStream() || !require(required) || !finishDecimals())
        {
            return false;
        }
        if (decimals[PRICE] <= 0)
        {
            return fail(decimals[PRICE] < 0 ? RejectReason.NEGATIVE_VALUE : RejectReason.ZERO_PRICE, decimalAt[PRICE]);
        }
        return decimals[QTY] >= 0 || fail(RejectReason.NEGATIVE_VALUE, decimalAt[QTY]);
    }

    private boolean decodeBookTicker()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            switch (cursor.singleByteKey())
            {
                case 'e': ok = checkEventType(); break;
                case 'E': ok = readTime(F_EVENT_TIME); break;
                case 'T': ok = readTime(F_TRANSACT_TIME); break;
                case 's': ok = readSymbol(); break;
                case 'u': ok = readUpdateId(F_LAST_ID); break;
                case 'b': ok = decimalKey(PRICE); break;
                case 'B': ok = decimalKey(QTY); break;
                case 'a': ok = decimalKey(ASK_PRICE); break;
                case 'A': ok = decimalKey(ASK_QTY); break;
                default: ok = skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        if (cursor.hasError())
        {
            return failCursor();
        }
        final int required = F_LAST_ID | (F_DECIMAL << PRICE) | (F_DECIMAL << QTY) | (F_DECIMAL << ASK_PRICE) |
            (F_DECIMAL << ASK_QTY);
        if (!resolveFromStream() || !require(required) || !finishDecimals())
        {
            return false;
        }
        // A zero price is an empty side of a thin book, so only negative values are impossible here.
        for (int i = PRICE; i <= ASK_QTY; i++)
        {
            if (decimals[i] < 0)
            {
                return fail(RejectReason.NEGATIVE_VALUE, decimalAt[i]);
            }
        }
        return true;
    }

    private boolean decodeShutdown()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            switch (cursor.singleByteKey())
            {
                case 'e': ok = checkEventType(); break;
                case 'E': ok = readTime(F_EVENT_TIME); break;
                default: ok = skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        return !cursor.hasError() || failCursor();
    }

    private boolean decodeReply()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            if (cursor.keyEquals(RESULT))
            {
                ok = firstTime(F_RESULT) && skip();
                resultStart = cursor.valueStart();
                resultLength = cursor.position() - resultStart;
            }
            else if (cursor.keyEquals(ID))
            {
                ok = readRequestId();
            }
            else
            {
                ok = skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        return !cursor.hasError() || failCursor();
    }

    private boolean decodeVenueError()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            if (cursor.keyEquals(CODE))
            {
                ok = readErrorCode();
            }
            else if (cursor.keyEquals(MSG))
            {
                ok = readMessage();
            }
            else if (cursor.keyEquals(ID))
            {
                ok = readRequestId();
            }
            else if (cursor.keyEquals(ERROR) && cursor.peek() == JsonCursor.OBJECT)
            {
                ok = firstTime(F_ERROR) && cursor.beginObject() && decodeNestedError();
            }
            else
            {
                ok = skip();
            }
            if (!ok)
            {
                return cursor.hasError() ? failCursor() : false;
            }
        }
        return !cursor.hasError() || failCursor();
    }

    private boolean decodeNestedError()
    {
        while (cursor.nextKey())
        {
            final boolean ok;
            if (cursor.keyEquals(CODE))
            {
                ok = readErrorCode();
            }
            else if (cursor.keyEquals(MSG))
            {
                ok = readMessage();
            }
            else
            {
                ok = skip();
            }
            if (!ok)
            {
                return false;
            }
        }
        return !cursor.hasError();
    }

    private boolean skipMembers()
    {
        while (cursor.nextKey())
        {
            if (!cursor.skipValue())
            {
                return failCursor();
            }
        }
        return !cursor.hasError() || failCursor();
    }

    // ------------------------------------------------------------------ levels

    /**
     * A bids or asks array: decoded where it stands when everything its parts need is known and bids come
     * first, else remembered and decoded at the message's end.
     */
    private boolean levelsKey(final Side side, final int readyFields)
    {
        final boolean bid = side == Side.BID;
        if (!firstTime(bid ? F_BIDS : F_ASKS))
        {
            return false;
        }
        if (instrument != null && (seen & readyFields) == readyFields && (bid || bidsDone))
        {
            return (batchStarted || beginBatch()) && parseLevels(side);
        }
        if (bid)
        {
            bidsMark = cursor.mark();
        }
        else
        {
            asksMark = cursor.mark();
        }
        return skip();
    }

    private boolean finishLevels()
    {
        if (!batchStarted && !beginBatch())
        {
            return false;
        }
        if (bidsDone && asksDone)
        {
            return true;
        }
        final long end = cursor.mark();
        if (!bidsDone)
        {
            cursor.reset(bidsMark);
            if (!parseLevels(Side.BID))
            {
                return false;
            }
        }
        if (!asksDone)
        {
            cursor.reset(asksMark);
            if (!parseLevels(Side.ASK))
            {
                return false;
            }
        }
        cursor.reset(end);
        return true;
    }

    private boolean beginBatch()
    {
        if (type == SNAPSHOT)
        {
            book.beginSnapshot(receiveTimeNs, exchangeTimeNs(), instrument.id(), lastUpdateId);
        }
        else
        {
            if (firstUpdateId > lastUpdateId)
            {
                return fail(RejectReason.BAD_UPDATE_IDS, firstUpdateIdAt);
            }
            book.beginDelta(receiveTimeNs, exchangeTimeNs(), instrument.id(), firstUpdateId, lastUpdateId,
                futures ? prevUpdateId : NULL_PREV_UPDATE_ID);
        }
        batchStarted = true;
        return true;
    }

    /**
     * The hot loop: {@code [["price","qty"],...]}, each level straight into the current part's slot.
     */
    private boolean parseLevels(final Side side)
    {
        final JsonCursor cursor = this.cursor;
        final BookBatchWriter book = this.book;
        final int priceExponent = instrument.priceExponent();
        final int qtyExponent = instrument.qtyExponent();
        if (!cursor.beginArray())
        {
            return failCursor();
        }
        while (cursor.nextDecimalPair(priceExponent, qtyExponent))
        {
            final long price = cursor.firstDecimal();
            final long qty = cursor.secondDecimal();
            if (price <= 0)
            {
                return fail(price < 0 ? RejectReason.NEGATIVE_VALUE : RejectReason.ZERO_PRICE, cursor.firstDecimalStart());
            }
            if (qty < 0)
            {
                return fail(RejectReason.NEGATIVE_VALUE, cursor.secondDecimalStart());
            }
            if (!book.level(price, qty, side))
            {
                return false;
            }
        }
        if (cursor.hasError())
        {
            return failCursor();
        }
        if (side == Side.BID)
        {
            bidsDone = true;
        }
        else
        {
            asksDone = true;
        }
        return true;
    }

    // ------------------------------------------------------------------ fields

    private boolean firstTime(final int field)
    {
        if ((seen & field) != 0)
        {
            return fail(RejectReason.MALFORMED_JSON, cursor.keyStart()); // a repeated key: which one to believe?
        }
        seen |= field;
        return true;
    }

    private boolean require(final int fields)
    {
        return (seen & fields) == fields || fail(RejectReason.MISSING_FIELD, cursor.position() - 1);
    }

    private boolean skip()
    {
        return cursor.skipValue() || failCursor();
    }

    private boolean checkEventType()
    {
        if (!firstTime(F_EVENT))
        {
            return false;
        }
        if (!cursor.readString())
        {
            return failCursor();
        }
        return BinanceMessageType.ofEvent(cursor) == type || fail(RejectReason.UNKNOWN_MESSAGE, cursor.valueStart());
    }

    private boolean readTime(final int field)
    {
        if (!firstTime(field))
        {
            return false;
        }
        final long millis = cursor.readLong();
        if (cursor.hasError())
        {
            return failCursor();
        }
        if (millis < 0)
        {
            return fail(RejectReason.NEGATIVE_VALUE, cursor.valueStart());
        }
        if (millis > MAX_MILLIS)
        {
            return fail(RejectReason.NUMBER_OVERFLOW, cursor.valueStart());
        }
        if (field == F_EVENT_TIME)
        {
            eventTimeNs = millis * 1_000_000L;
        }
        else
        {
            transactTimeNs = millis * 1_000_000L;
        }
        return true;
    }

    private long exchangeTimeNs()
    {
        return (seen & F_EVENT_TIME) != 0 ? eventTimeNs : (seen & F_TRANSACT_TIME) != 0 ? transactTimeNs : 0;
    }

    private boolean readUpdateId(final int field)
    {
        if (!firstTime(field))
        {
            return false;
        }
        final long id = cursor.readLong();
        if (cursor.hasError())
        {
            return failCursor();
        }
        if (id < 0)
        {
            return fail(RejectReason.BAD_UPDATE_IDS, cursor.valueStart());
        }
        if (field == F_FIRST_ID)
        {
            firstUpdateId = id;
            firstUpdateIdAt = cursor.valueStart();
        }
        else if (field == F_LAST_ID)
        {
            lastUpdateId = id;
        }
        else
        {
            prevUpdateId = id;
        }
        return true;
    }

    private boolean readTradeId(final int field)
    {
        if (!firstTime(field))
        {
            return false;
        }
        final long id = cursor.readLong();
        if (cursor.hasError())
        {
            return failCursor();
        }
        if (id < 0)
        {
            return fail(RejectReason.NEGATIVE_VALUE, cursor.valueStart());
        }
        if (field == F_TRADE_ID)
        {
            tradeId = id;
        }
        else if (field == F_FIRST_TRADE)
        {
            firstTradeId = id;
        }
        else
        {
            lastTradeId = id;
        }
        return true;
    }

    private boolean readSymbol()
    {
        if (!firstTime(F_SYMBOL))
        {
            return false;
        }
        if (!cursor.readString())
        {
            return failCursor();
        }
        return resolve(cursor.stringStart(), cursor.stringEnd() - cursor.stringStart(), cursor.valueStart());
    }

    /**
     * Raw payloads name their symbol in "s"; a combined-stream payload without one is named by its stream.
     */
    private boolean resolveFromStream()
    {
        if (instrument != null)
        {
            return true;
        }
        if (!hasStream)
        {
            return fail(RejectReason.MISSING_FIELD, cursor.position() - 1);
        }
        int end = streamStart;
        while (end < streamEnd && frame.getByte(end) != '@')
        {
            end++;
        }
        return resolve(streamStart, end - streamStart, streamStart);
    }

    private boolean resolve(final int at, final int length, final int reportAt)
    {
        instrument = instruments.resolve(frame, at, length, receiveTimeNs);
        return instrument != null || fail(RejectReason.UNKNOWN_SYMBOL, reportAt);
    }

    /**
     * A price or quantity: read now if the instrument (hence the exponent) is known, else at the message's end.
     */
    private boolean decimalKey(final int slot)
    {
        if (!firstTime(F_DECIMAL << slot))
        {
            return false;
        }
        if (instrument != null)
        {
            return readDecimal(slot);
        }
        decimalMarks[slot] = cursor.mark();
        deferredDecimals |= 1 << slot;
        return skip();
    }

    private boolean readDecimal(final int slot)
    {
        final int exponent = (slot & 1) == 0 ? instrument.priceExponent() : instrument.qtyExponent();
        final long value = cursor.readDecimal(exponent);
        if (cursor.hasError())
        {
            return failCursor();
        }
        decimals[slot] = value;
        decimalAt[slot] = cursor.valueStart();
        return true;
    }

    private boolean finishDecimals()
    {
        if (deferredDecimals == 0)
        {
            return true;
        }
        final long end = cursor.mark();
        for (int slot = PRICE; slot <= ASK_QTY; slot++)
        {
            if ((deferredDecimals & (1 << slot)) != 0)
            {
                cursor.reset(decimalMarks[slot]);
                if (!readDecimal(slot))
                {
                    return false;
                }
            }
        }
        cursor.reset(end);
        return true;
    }

    private boolean readMaker()
    {
        if (!firstTime(F_MAKER))
        {
            return false;
        }
        maker = cursor.readBoolean();
        return !cursor.hasError() || failCursor();
    }

    private boolean readPrintType()
    {
        if (!firstTime(F_PRINT))
        {
            return false;
        }
        if (!cursor.readString())
        {
            return failCursor();
        }
        printType = cursor.stringEquals(MARKET) ? PrintType.REGULAR :
            cursor.stringEquals(INSURANCE_FUND) ? PrintType.INSURANCE_FUND :
            cursor.stringEquals(ADL) ? PrintType.ADL : PrintType.OTHER;
        return true;
    }

    private boolean readRequestId()
    {
        if (!firstTime(F_ID))
        {
            return false;
        }
        if (cursor.peek() == JsonCursor.NUMBER)
        {
            final long id = cursor.readLong();
            if (!cursor.hasError())
            {
                requestId = id;
                return true;
            }
            // A fractional or huge id cannot be one of ours: clear the error where the cursor stands and skip it.
            cursor.reset(cursor.mark());
        }
        return skip();
    }

    private boolean readErrorCode()
    {
        if (!firstTime(F_CODE))
        {
            return false;
        }
        final long code = cursor.readLong();
        if (cursor.hasError())
        {
            return failCursor();
        }
        errorCode = code;
        return true;
    }

    private boolean readMessage()
    {
        if (!firstTime(F_MSG))
        {
            return false;
        }
        if (cursor.peek() != JsonCursor.STRING)
        {
            return skip();
        }
        if (!cursor.readString())
        {
            return failCursor();
        }
        msgStart = cursor.stringStart();
        msgLength = cursor.stringEnd() - msgStart;
        return true;
    }

    // ------------------------------------------------------------------ outcomes

    private boolean fail(final RejectReason reason, final int position)
    {
        if (failReason == null)
        {
            failReason = reason;
            failPosition = position;
        }
        return false;
    }

    private boolean failCursor()
    {
        final RejectReason reason;
        switch (cursor.error())
        {
            case JsonCursor.BAD_NUMBER: reason = RejectReason.BAD_NUMBER; break;
            case JsonCursor.PRECISION_LOSS: reason = RejectReason.PRECISION_LOSS; break;
            case JsonCursor.OVERFLOW: reason = RejectReason.NUMBER_OVERFLOW; break;
            case JsonCursor.SHORT_ARRAY: reason = RejectReason.MISSING_FIELD; break;
            default: reason = RejectReason.MALFORMED_JSON;
        }
        return fail(reason, cursor.errorPosition());
    }

    private void commit()
    {
        switch (type)
        {
            case DEPTH:
            case SNAPSHOT:
                if (book.finish())
                {
                    counters.events += book.partsPublished();
                }
                else
                {
                    dropped();
                }
                break;
            case TRADE:
            case AGG_TRADE:
                publishTrade(type == AGG_TRADE);
                break;
            case BOOK_TICKER:
                publishTicker();
                break;
            case SHUTDOWN:
                counters.control++;
                listener.onServerShutdown(venue, exchangeTimeNs(), receiveTimeNs);
                break;
            case REPLY:
                counters.ignored++;
                counters.control++;
                listener.onReply(requestId, frame, resultStart, resultLength, receiveTimeNs);
                break;
            case VENUE_ERROR:
                counters.control++;
                publishRejected(RejectReason.VENUE_ERROR, frameOffset);
                listener.onError(requestId, errorCode, frame, msgStart, msgLength, receiveTimeNs);
                break;
            default:
                counters.ignored++;
        }
    }

    private void abandon()
    {
        if (batchStarted && book.dropped())
        {
            dropped();
            return;
        }
        if (kind == InputKind.UNKNOWN && hasStream)
        {
            kind = BinanceMessageType.kind(streamType()); // rejected before its payload named its type: the stream tells
        }
        publishRejected(failReason == null ? RejectReason.MALFORMED_JSON : failReason, failPosition);
    }

    private void publishRejected(final RejectReason reason, final int position)
    {
        if (batchStarted)
        {
            counters.events += book.partsPublished();
        }
        final int errorOffset = Math.max(0, Math.min(frameLength, position - frameOffset));
        if (book.reject(venue, instrumentId(), kind, reason, frame, frameOffset, frameLength, errorOffset, receiveTimeNs))
        {
            counters.rejected++;
        }
        else
        {
            counters.dropped++;
        }
    }

    /**
     * The sink refused a slot: the frame stops there. If parts of it were published, a RejectedInput (if the
     * sink takes it) tells the logic at once that the batch will not end, instead of at the next FIRST.
     */
    private void dropped()
    {
        counters.dropped++;
        counters.events += book.partsPublished();
        if (book.partsPublished() > 0 &&
            inputs.rejected(venue, instrumentId(), kind, RejectReason.DROPPED_OVERLOAD, frame, frameOffset, frameLength, 0,
                receiveTimeNs))
        {
            counters.rejected++;
        }
    }

    private int instrumentId()
    {
        return instrument == null ? 0 : instrument.id();
    }

    private void publishTrade(final boolean aggregate)
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            counters.dropped++;
            return;
        }
        final MutableDirectBuffer buffer = sink.buffer(seq);
        trade.wrapAndApplyHeader(buffer, 0, messageHeader);
        trade.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs()).causeSequence(0)
            .instrumentId(instrument.id()).reserved(0);
        trade.tradeId(tradeId)
            .price(decimals[PRICE])
            .qty(decimals[QTY])
            .firstTradeId(aggregate ? firstTradeId : tradeId)
            .lastTradeId(aggregate ? lastTradeId : tradeId)
            .aggressor((seen & F_MAKER) == 0 ? AggressorSide.UNKNOWN : maker ? AggressorSide.SELL : AggressorSide.BUY)
            .source(aggregate ? TradeSource.AGG_TRADE : TradeSource.TRADE)
            .printType(printType);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
        counters.events++;
    }

    private void publishTicker()
    {
        final long seq = sink.claim();
        if (seq == EventSink.NO_SLOT)
        {
            counters.dropped++;
            return;
        }
        final MutableDirectBuffer buffer = sink.buffer(seq);
        ticker.wrapAndApplyHeader(buffer, 0, messageHeader);
        ticker.header().receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs()).causeSequence(0)
            .instrumentId(instrument.id()).reserved(0);
        ticker.updateId(lastUpdateId)
            .bidPrice(decimals[PRICE])
            .bidQty(decimals[QTY])
            .askPrice(decimals[ASK_PRICE])
            .askQty(decimals[ASK_QTY]);
        sink.publish(seq, MessageHeaderEncoder.ENCODED_LENGTH + ticker.encodedLength());
        counters.events++;
    }

    private static byte[] bytes(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
