package io.ringwall.engine.walls;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.feed.Importer;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.test.DirectLogicSink;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker on the real BTCUSDT session: the recording through the real decoders and book, the tracker
 * evaluated after every book change at a message boundary and fed every trade, as the logic will run it.
 */
class RecordedWallsTest
{
    private static final long BTC_TICK = 1_000_000;   // 0.01 at exponent -8

    private final BusinessLogic logic = new BusinessLogic(LogicSettings.DEFAULTS, (b, o, l) -> {}, id -> {});
    private final DirectLogicSink sink = new DirectLogicSink(logic, 4096);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final Map<Side, Map<WallChange, Integer>> counts = new EnumMap<>(Side.class);
    private WallTracker tracker;

    @Test
    void shouldSeeWallsConsumedAndPulledInTheBtcusdtSession() throws IOException
    {
        sink.observer(this::afterEvent);
        new Importer(Venue.BINANCE, new InstrumentRegistry(), sink)
            .importFile(TestData.path("binance-spot/btcusdt_20240808.gz"), CaptureFormat.HFTBACKTEST);

        System.out.println("walls " + counts);
        assertThat(total(WallChange.CONSUMED)).isPositive();
        assertThat(total(WallChange.PULLED)).isPositive();
    }

    private int total(final WallChange change)
    {
        int n = 0;
        for (final Map<WallChange, Integer> bySide : counts.values())
        {
            n += bySide.getOrDefault(change, 0);
        }
        return n;
    }

    private void afterEvent(final int templateId)
    {
        final InstrumentBook book = logic.books().get(1);
        if (book == null)
        {
            return;
        }
        if (tracker == null)
        {
            tracker = new WallTracker(1, WallSettings.DEFAULTS, BTC_TICK, book.priceExponent(), book.qtyExponent(), this::count);
        }
        final DirectBuffer buffer = sink.buffer(sink.delivered());
        if (templateId == TradeDecoder.TEMPLATE_ID)
        {
            header.wrap(buffer, 0);
            trade.wrap(buffer, MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            tracker.onTrade(trade.header().receiveTimeNs(), trade.price(), trade.qty(), trade.aggressor());
            return;
        }
        if (book.state() != BookState.LIVE)
        {
            tracker.pause();
            return;
        }
        if (tracker.isPaused())
        {
            tracker.resume();
        }
        if ((templateId == BookDeltaDecoder.TEMPLATE_ID || templateId == BookSnapshotDecoder.TEMPLATE_ID) && book.atMessageBoundary())
        {
            tracker.evaluate(logic.input().nowNs(), book.book());
        }
    }

    private void count(
        final int instrumentId, final long timeNs, final long wallId, final Side side, final WallChange change,
        final long lowPrice, final long highPrice, final int levels, final long size, final long peakSize,
        final double notional, final double distanceBps, final long ageNs, final long tradedQty, final double tradedFraction)
    {
        counts.computeIfAbsent(side, s -> new EnumMap<>(WallChange.class)).merge(change, 1, Integer::sum);
        if (WallTracker.isEnd(change) || change == WallChange.APPEARED)
        {
            System.out.printf("%d %s %s id=%d %d..%d lv=%d size=%d peak=%d notional=%.0f dist=%.2f age=%.1fs traded=%d frac=%.2f%n",
                timeNs, side, change, wallId, lowPrice / 1_000_000, highPrice / 1_000_000, levels, size, peakSize, notional, distanceBps,
                ageNs / 1e9, tradedQty, tradedFraction);
        }
    }
}
