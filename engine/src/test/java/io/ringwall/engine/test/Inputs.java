package io.ringwall.engine.test;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaEncoder;
import io.ringwall.codecs.sbe.BookSnapshotEncoder;
import io.ringwall.codecs.sbe.BookTickerEncoder;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.GatewayStatusEncoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.InstrumentDefinitionEncoder;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.OperatorCommandCode;
import io.ringwall.codecs.sbe.OperatorCommandEncoder;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputEncoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TimerTickEncoder;
import io.ringwall.codecs.sbe.TradeEncoder;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.Arrays;

/**
 * Hand-built input events for logic tests, each stamped with the next input sequence.
 * Levels are given as flat triples {side(0 bid, 1 ask), price, qty}.
 */
public final class Inputs
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1 << 16]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private long sequence;
    private long timeNs = 1_723_161_253_000_000_000L;

    public byte[] definition(final int id, final Venue venue, final String symbol, final int priceExponent, final int qtyExponent)
    {
        return definition(id, venue, symbol, priceExponent, qtyExponent, 0);
    }

    /** With a price tick (mantissa units; 0 unknown). */
    public byte[] definition(
        final int id, final Venue venue, final String symbol, final int priceExponent, final int qtyExponent, final long tickSize)
    {
        final InstrumentDefinitionEncoder e = new InstrumentDefinitionEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.venue(venue).priceExponent((byte)priceExponent).qtyExponent((byte)qtyExponent).tickSize(tickSize).symbol(symbol);
        return copy(e.encodedLength());
    }

    public byte[] snapshot(final int id, final long lastUpdateId, final long... levels)
    {
        return snapshotPart(id, lastUpdateId, true, true, levels);
    }

    public byte[] snapshotPart(final int id, final long lastUpdateId, final boolean first, final boolean last, final long... levels)
    {
        final BookSnapshotEncoder e = new BookSnapshotEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.lastUpdateId(lastUpdateId);
        e.flags().clear().fIRST(first).lAST(last);
        final BookSnapshotEncoder.LevelsEncoder l = e.levelsCount(levels.length / 3);
        for (int i = 0; i < levels.length; i += 3)
        {
            l.next().side(levels[i] == 0 ? Side.BID : Side.ASK).price(levels[i + 1]).qty(levels[i + 2]);
        }
        return copy(e.encodedLength());
    }

    /** A spot diff (no pu). */
    public byte[] delta(final int id, final long firstId, final long lastId, final long... levels)
    {
        return deltaPart(id, firstId, lastId, BookDeltaEncoder.prevLastUpdateIdNullValue(), true, true, levels);
    }

    /** A futures diff with its pu. */
    public byte[] futuresDelta(final int id, final long firstId, final long lastId, final long prevLastId, final long... levels)
    {
        return deltaPart(id, firstId, lastId, prevLastId, true, true, levels);
    }

    public byte[] deltaPart(
        final int id, final long firstId, final long lastId, final long prevLastId, final boolean first, final boolean last,
        final long... levels)
    {
        final BookDeltaEncoder e = new BookDeltaEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.firstUpdateId(firstId).lastUpdateId(lastId).prevLastUpdateId(prevLastId);
        e.flags().clear().fIRST(first).lAST(last);
        final BookDeltaEncoder.LevelsEncoder l = e.levelsCount(levels.length / 3);
        for (int i = 0; i < levels.length; i += 3)
        {
            l.next().side(levels[i] == 0 ? Side.BID : Side.ASK).price(levels[i + 1]).qty(levels[i + 2]);
        }
        return copy(e.encodedLength());
    }

    public byte[] ticker(final int id, final long updateId, final long bid, final long bidQty, final long ask, final long askQty)
    {
        final BookTickerEncoder e = new BookTickerEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.updateId(updateId).bidPrice(bid).bidQty(bidQty).askPrice(ask).askQty(askQty);
        return copy(e.encodedLength());
    }

    public byte[] status(final Venue venue, final int id, final GatewayStatusCode code)
    {
        final GatewayStatusEncoder e = new GatewayStatusEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.detail(0).venue(venue).status(code).text("");
        return copy(e.encodedLength());
    }

    public byte[] rejected(final Venue venue, final int id, final InputKind kind, final RejectReason reason)
    {
        final RejectedInputEncoder e = new RejectedInputEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.errorOffset(3).frameLength(10).venue(venue).reason(reason).kind(kind).excerpt("{\"bad\":");
        return copy(e.encodedLength());
    }

    /** A regular trade print. */
    public byte[] trade(final int id, final long tradeId, final long price, final long qty, final AggressorSide aggressor)
    {
        final TradeEncoder e = new TradeEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), id);
        e.tradeId(tradeId).price(price).qty(qty).firstTradeId(tradeId).lastTradeId(tradeId).aggressor(aggressor)
            .source(TradeSource.TRADE).printType(PrintType.REGULAR);
        return copy(e.encodedLength());
    }

    /** The logic's heartbeat (instrument 0). */
    public byte[] timerTick(final long tick)
    {
        final TimerTickEncoder e = new TimerTickEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), 0);
        e.tick(tick);
        return copy(e.encodedLength());
    }

    /** An operator's command (ringwall ctl), as the engine publishes it. */
    public byte[] operatorCommand(final OperatorCommandCode code, final String note)
    {
        final OperatorCommandEncoder e = new OperatorCommandEncoder().wrapAndApplyHeader(buffer, 0, header);
        stamp(e.header(), 0);
        e.command(code).note(note);
        return copy(e.encodedLength());
    }

    /**
     * Moves the clock: the next event is stamped at {@code timeNs} (each event otherwise adds 1 ms).
     */
    public Inputs at(final long timeNs)
    {
        this.timeNs = timeNs - 1_000_000L;
        return this;
    }

    /** @return the time the last event was stamped with. */
    public long lastTimeNs()
    {
        return timeNs;
    }

    public long lastSequence()
    {
        return sequence - 1;
    }

    private void stamp(final io.ringwall.codecs.sbe.EventHeaderEncoder h, final int id)
    {
        timeNs += 1_000_000L;
        h.receiveTimeNs(timeNs).exchangeTimeNs(timeNs - 5_000_000L).causeSequence(sequence++).instrumentId(id).reserved(0);
    }

    private byte[] copy(final int bodyLength)
    {
        return Arrays.copyOf(buffer.byteArray(), MessageHeaderEncoder.ENCODED_LENGTH + bodyLength);
    }
}
