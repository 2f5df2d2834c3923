package io.ringwall.gateways.binance;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookTickerDecoder;
import io.ringwall.codecs.sbe.EventHeaderDecoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.InstrumentDefinitionDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Published SBE events read back into plain records, so tests compare whole events with one assertion.
 */
final class Decoded
{
    interface Event
    {
        Header header();
    }

    record Header(long receiveTimeNs, long exchangeTimeNs, int instrumentId)
    {
    }

    record Level(long price, long qty, Side side)
    {
    }

    record Delta(Header header, long firstUpdateId, long lastUpdateId, long prevLastUpdateId, boolean first, boolean last,
        List<Level> levels) implements Event
    {
    }

    record Snapshot(Header header, long lastUpdateId, boolean first, boolean last, List<Level> levels) implements Event
    {
    }

    record Trade(Header header, long tradeId, long price, long qty, long firstTradeId, long lastTradeId,
        AggressorSide aggressor, TradeSource source, PrintType printType) implements Event
    {
    }

    record Ticker(Header header, long updateId, long bidPrice, long bidQty, long askPrice, long askQty) implements Event
    {
    }

    record Rejected(Header header, int errorOffset, int frameLength, Venue venue, RejectReason reason, InputKind kind,
        String excerpt) implements Event
    {
    }

    record Definition(Header header, Venue venue, int priceExponent, int qtyExponent, String symbol) implements Event
    {
    }

    private Decoded()
    {
    }

    static List<Event> all(final List<byte[]> events)
    {
        final List<Event> out = new ArrayList<>(events.size());
        for (final byte[] bytes : events)
        {
            out.add(read(bytes));
        }
        return out;
    }

    static Event read(final byte[] bytes)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        final MessageHeaderDecoder messageHeader = new MessageHeaderDecoder().wrap(buffer, 0);
        final int templateId = messageHeader.templateId();
        final int blockLength = messageHeader.blockLength();
        final int version = messageHeader.version();
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        switch (templateId)
        {
            case BookDeltaDecoder.TEMPLATE_ID:
            {
                final BookDeltaDecoder d = new BookDeltaDecoder().wrap(buffer, offset, blockLength, version);
                final Header header = header(d.header());
                final long first = d.firstUpdateId();
                final long last = d.lastUpdateId();
                final long prev = d.prevLastUpdateId();
                final boolean isFirst = d.flags().fIRST();
                final boolean isLast = d.flags().lAST();
                final List<Level> levels = new ArrayList<>();
                for (final BookDeltaDecoder.LevelsDecoder level : d.levels())
                {
                    levels.add(new Level(level.price(), level.qty(), level.side()));
                }
                checkLength(bytes, offset + d.encodedLength());
                return new Delta(header, first, last, prev, isFirst, isLast, levels);
            }
            case BookSnapshotDecoder.TEMPLATE_ID:
            {
                final BookSnapshotDecoder d = new BookSnapshotDecoder().wrap(buffer, offset, blockLength, version);
                final Header header = header(d.header());
                final long last = d.lastUpdateId();
                final boolean isFirst = d.flags().fIRST();
                final boolean isLast = d.flags().lAST();
                final List<Level> levels = new ArrayList<>();
                for (final BookSnapshotDecoder.LevelsDecoder level : d.levels())
                {
                    levels.add(new Level(level.price(), level.qty(), level.side()));
                }
                checkLength(bytes, offset + d.encodedLength());
                return new Snapshot(header, last, isFirst, isLast, levels);
            }
            case TradeDecoder.TEMPLATE_ID:
            {
                final TradeDecoder d = new TradeDecoder().wrap(buffer, offset, blockLength, version);
                checkLength(bytes, offset + d.encodedLength());
                return new Trade(header(d.header()), d.tradeId(), d.price(), d.qty(), d.firstTradeId(), d.lastTradeId(),
                    d.aggressor(), d.source(), d.printType());
            }
            case BookTickerDecoder.TEMPLATE_ID:
            {
                final BookTickerDecoder d = new BookTickerDecoder().wrap(buffer, offset, blockLength, version);
                checkLength(bytes, offset + d.encodedLength());
                return new Ticker(header(d.header()), d.updateId(), d.bidPrice(), d.bidQty(), d.askPrice(), d.askQty());
            }
            case RejectedInputDecoder.TEMPLATE_ID:
            {
                final RejectedInputDecoder d = new RejectedInputDecoder().wrap(buffer, offset, blockLength, version);
                final Header header = header(d.header());
                final int errorOffset = d.errorOffset();
                final int frameLength = d.frameLength();
                final Venue venue = d.venue();
                final RejectReason reason = d.reason();
                final InputKind kind = d.kind();
                final String excerpt = d.excerpt();
                checkLength(bytes, offset + d.encodedLength());
                return new Rejected(header, errorOffset, frameLength, venue, reason, kind, excerpt);
            }
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
            {
                final InstrumentDefinitionDecoder d = new InstrumentDefinitionDecoder().wrap(buffer, offset, blockLength, version);
                final Header header = header(d.header());
                final Venue venue = d.venue();
                final int priceExponent = d.priceExponent();
                final int qtyExponent = d.qtyExponent();
                return new Definition(header, venue, priceExponent, qtyExponent, d.symbol());
            }
            default:
                throw new AssertionError("unexpected template " + templateId + " (" + Events.templateId(buffer, 0) + ")");
        }
    }

    private static Header header(final EventHeaderDecoder header)
    {
        if (header.reserved() != 0)
        {
            throw new AssertionError("reserved header word is " + header.reserved());
        }
        return new Header(header.receiveTimeNs(), header.exchangeTimeNs(), header.instrumentId());
    }

    private static void checkLength(final byte[] bytes, final int decodedLength)
    {
        if (decodedLength != bytes.length)
        {
            throw new AssertionError("published length " + bytes.length + " but the message decodes to " + decodedLength);
        }
    }
}
