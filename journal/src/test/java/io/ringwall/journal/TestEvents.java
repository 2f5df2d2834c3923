package io.ringwall.journal;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.BookHealthEncoder;
import io.ringwall.codecs.sbe.BookHealthReason;
import io.ringwall.codecs.sbe.BookSnapshotEncoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.BookTickerEncoder;
import io.ringwall.codecs.sbe.EventHeaderEncoder;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.GatewayStatusEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.InstrumentDefinitionEncoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputEncoder;
import io.ringwall.codecs.sbe.SessionStartEncoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SnapshotRequestEncoder;
import io.ringwall.codecs.sbe.TimerTickEncoder;
import io.ringwall.codecs.sbe.TradeEncoder;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes one event of every template with the generated encoders, with fixed, readable values, for the
 * journal and printer tests. Instrument 1 is binance BTCUSDT with prices at 1e-2 and quantities at 1e-8.
 */
final class TestEvents
{
    /** 2024-08-08T10:15:30.123456789Z. */
    static final long T0 = 1_723_112_130_123_456_789L;
    static final int BTCUSDT = 1;
    /** Every byte a rejected frame might hold that a terminal or a JSON parser must not see raw. */
    static final byte[] NASTY_EXCERPT = { '{', '"', 'p', '"', ':', '\\', 0x00, 0x1B, '[', '2', 'J', '\n', (byte)0xC3,
        (byte)0xA9, 0x7F, (byte)0xFF, '}' };

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[8192]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();

    byte[] instrumentDefinition(final long seq)
    {
        final InstrumentDefinitionEncoder e = new InstrumentDefinitionEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0, 0, BTCUSDT);
        e.venue(Venue.BINANCE).priceExponent((byte)-2).qtyExponent((byte)-8).symbol("BTCUSDT");
        return copy(e.encodedLength());
    }

    byte[] bookSnapshot(final long seq)
    {
        final BookSnapshotEncoder e = new BookSnapshotEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 1_000, 0, BTCUSDT);
        e.lastUpdateId(51_000_000_001L);
        e.flags().clear().fIRST(true).lAST(true);
        final BookSnapshotEncoder.LevelsEncoder levels = e.levelsCount(7);
        for (int i = 0; i < 7; i++)
        {
            final boolean bid = i % 2 == 0;
            levels.next().price(bid ? 6_173_763 - i : 6_173_764 + i).qty(50_000_000L * (i + 1)).side(bid ? Side.BID : Side.ASK);
        }
        return copy(e.encodedLength());
    }

    byte[] bookDelta(final long seq)
    {
        final BookDeltaEncoder e = new BookDeltaEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 2_000, T0 - 5_000_000, BTCUSDT);
        e.firstUpdateId(51_000_000_002L).lastUpdateId(51_000_000_004L)
            .prevLastUpdateId(BookDeltaEncoder.prevLastUpdateIdNullValue());
        e.flags().clear().lAST(true);
        e.levelsCount(3)
            .next().price(6_173_763).qty(0).side(Side.BID)
            .next().price(6_173_764).qty(123_000_000L).side(Side.ASK)
            .next().price(6_173_700).qty(1L).side(Side.BID);
        return copy(e.encodedLength());
    }

    byte[] trade(final long seq)
    {
        final TradeEncoder e = new TradeEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 3_000, T0 - 4_000_000, BTCUSDT);
        e.tradeId(3_000_000_001L).price(6_173_763).qty(100_000L).firstTradeId(3_000_000_001L).lastTradeId(3_000_000_003L)
            .aggressor(AggressorSide.SELL).source(TradeSource.AGG_TRADE).printType(PrintType.REGULAR);
        return copy(e.encodedLength());
    }

    byte[] bookTicker(final long seq)
    {
        final BookTickerEncoder e = new BookTickerEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 4_000, 0, BTCUSDT);
        e.updateId(51_000_000_004L).bidPrice(6_173_763).bidQty(150_000_000L).askPrice(6_173_764).askQty(2L);
        return copy(e.encodedLength());
    }

    byte[] gatewayStatus(final long seq)
    {
        final GatewayStatusEncoder e = new GatewayStatusEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 5_000, 0, 0);
        e.detail(2_000).venue(Venue.BINANCE_USDM).status(GatewayStatusCode.RECONNECT_SCHEDULED).text("retry in 2s \"backoff\"");
        return copy(e.encodedLength());
    }

    byte[] timerTick(final long seq)
    {
        final TimerTickEncoder e = new TimerTickEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 6_000, 0, 0);
        e.tick(42);
        return copy(e.encodedLength());
    }

    byte[] rejectedInput(final long seq)
    {
        final RejectedInputEncoder e = new RejectedInputEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 7_000, 0, BTCUSDT);
        e.errorOffset(5).frameLength(1_234).venue(Venue.BINANCE).reason(RejectReason.MALFORMED_JSON).kind(InputKind.DEPTH)
            .putExcerpt(NASTY_EXCERPT, 0, NASTY_EXCERPT.length);
        return copy(e.encodedLength());
    }

    byte[] sessionStart(final long seq)
    {
        final SessionStartEncoder e = new SessionStartEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 - 1_000, 0, 0);
        final byte[] config = "venue: binance\nnote: \"caf\u00e9 \u20ac\"\n".getBytes(StandardCharsets.UTF_8);
        e.firstInputSequence(seq).engineVersion("0.1.0-SNAPSHOT").putConfigText(config, 0, config.length);
        return copy(e.encodedLength());
    }

    byte[] bookHealth(final long seq)
    {
        final BookHealthEncoder e = new BookHealthEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 2_000, 0, BTCUSDT);
        e.bookUpdateId(51_000_000_001L).eventUpdateId(51_000_000_003L).bestBidPrice(6_173_763).bestAskPrice(6_173_764)
            .state(BookState.INVALID).previousState(BookState.LIVE).reason(BookHealthReason.GAP);
        return copy(e.encodedLength());
    }

    byte[] snapshotRequest(final long seq)
    {
        final SnapshotRequestEncoder e = new SnapshotRequestEncoder().wrapAndApplyHeader(buffer, 0, header);
        header(e.header(), seq, T0 + 2_000, 0, BTCUSDT);
        e.attempt(1).reason(BookHealthReason.GAP);
        return copy(e.encodedLength());
    }

    /** One event of every template, inputs in template order then decisions, sequences from 0. */
    List<byte[]> oneOfEach()
    {
        final List<byte[]> events = new ArrayList<>();
        long seq = 0;
        events.add(instrumentDefinition(seq++));
        events.add(bookSnapshot(seq++));
        events.add(bookDelta(seq++));
        events.add(trade(seq++));
        events.add(bookTicker(seq++));
        events.add(gatewayStatus(seq++));
        events.add(timerTick(seq++));
        events.add(rejectedInput(seq++));
        events.add(sessionStart(seq++));
        events.add(bookHealth(2));
        events.add(snapshotRequest(2));
        return events;
    }

    private static void header(
        final EventHeaderEncoder h, final long seq, final long receiveTimeNs, final long exchangeTimeNs, final int instrumentId)
    {
        h.receiveTimeNs(receiveTimeNs).exchangeTimeNs(exchangeTimeNs).causeSequence(seq).instrumentId(instrumentId).reserved(0);
    }

    private byte[] copy(final int bodyLength)
    {
        final byte[] bytes = new byte[MessageHeaderEncoder.ENCODED_LENGTH + bodyLength];
        buffer.getBytes(0, bytes);
        return bytes;
    }
}
