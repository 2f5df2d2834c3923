package io.ringwall.engine.walls;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.feed.Importer;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.test.Allocations;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker on the real BTCUSDT and ETHUSDT sessions (data/binance-spot, 2024-08-08) with the demo settings:
 * each recording through the real decoders, logic and book, the tracker evaluated after every book change at a
 * message boundary while the book is LIVE, paused otherwise, and fed every trade, as the logic will run it.
 */
class RecordedWallsTest
{
    /**
     * The demo settings: the defaults (N 50, k 5, seeds 2x, hold 0.5, clusters within 2 ticks, 20% changes,
     * consumed when trades explain half the loss, 64 per side) with a minimum notional of 100,000 USDT for BTCUSDT
     * and 50,000 for ETHUSDT.
     */
    static final WallSettings BTC = WallSettings.DEFAULTS.withMinNotional(100_000);
    static final WallSettings ETH = WallSettings.DEFAULTS.withMinNotional(50_000);

    @Test
    void shouldSeeWallsConsumedAndPulledInTheBtcusdtSession()
    {
        final Replay replay = new Replay(events("binance-spot/btcusdt_20240808.gz"), BTC, 0);
        replay.run(0, replay.events.length);
        replay.print("BTCUSDT " + BTC);
        replay.assertBothEndings();
        assertThat(replay.tracker.tickSize()).as("tick learned from the book").isEqualTo(1_000_000);   // 0.01 at -8
    }

    @Test
    void shouldSeeWallsConsumedAndPulledInTheEthusdtSession()
    {
        final Replay replay = new Replay(events("binance-spot/ethusdt_20240808.gz"), ETH, 1_000_000);
        replay.run(0, replay.events.length);
        replay.print("ETHUSDT " + ETH);
        replay.assertBothEndings();
    }

    @Test
    void shouldNotAllocateWhileTrackingARecordedSession()
    {
        final UnsafeBuffer[] events = events("binance-spot/btcusdt_20240808.gz");
        for (int round = 0; round < 5; round++)
        {
            new Replay(events, BTC, 1_000_000).run(0, events.length);
        }
        final int setUp = 200;
        final Replay[] replay = new Replay[1];
        final long allocated = Allocations.steadyState(3, 1_024, () ->
        {
            replay[0] = new Replay(events, BTC, 1_000_000);
            replay[0].run(0, setUp);
            return () -> replay[0].run(setUp, events.length);
        });

        assertThat(replay[0].evaluations).isGreaterThan(3_000);
        assertThat(replay[0].published).isGreaterThan(1_000);
        assertThat(replay[0].counts.total(WallChange.APPEARED)).isPositive();
        // the counter read itself costs a few dozen bytes; anything per event would be megabytes
        assertThat(allocated).as("bytes allocated over %d events", events.length - setUp).isLessThan(1_024);
    }

    private static UnsafeBuffer[] events(final String recording)
    {
        final CapturingEventSink captured = new CapturingEventSink(4096);
        try
        {
            new Importer(Venue.BINANCE, new InstrumentRegistry(), captured).importFile(TestData.path(recording), CaptureFormat.HFTBACKTEST);
        }
        catch (final java.io.IOException ex)
        {
            throw new java.io.UncheckedIOException(ex);
        }
        final List<byte[]> events = captured.events();
        final UnsafeBuffer[] buffers = new UnsafeBuffer[events.size()];
        for (int i = 0; i < buffers.length; i++)
        {
            final ByteBuffer direct = ByteBuffer.allocateDirect(events.get(i).length);
            direct.put(events.get(i));
            buffers[i] = new UnsafeBuffer(direct);
        }
        return buffers;
    }

    /** Counts changes by side and kind without allocating. */
    static final class Counts implements WallListener
    {
        private final long[][] bySide = new long[2][WallChange.values().length];

        @Override
        public void onWallChange(
            final int instrumentId, final long timeNs, final long wallId, final Side side, final WallChange change,
            final long lowPrice, final long highPrice, final int levels, final long size, final long peakSize,
            final double notional, final double distanceBps, final long ageNs, final long tradedQty, final double tradedFraction)
        {
            bySide[side == Side.BID ? 0 : 1][change.ordinal()]++;
        }

        long count(final Side side, final WallChange change)
        {
            return bySide[side == Side.BID ? 0 : 1][change.ordinal()];
        }

        long total(final WallChange change)
        {
            return count(Side.BID, change) + count(Side.ASK, change);
        }
    }

    /** One recorded session through a fresh logic, with the tracker driven as the logic will drive it. */
    private static final class Replay
    {
        final UnsafeBuffer[] events;
        final WallSettings settings;
        final long tickSize;
        final BusinessLogic logic = new BusinessLogic(LogicSettings.DEFAULTS, (b, o, l) -> {}, id -> {});
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final TradeDecoder trade = new TradeDecoder();
        final Counts counts = new Counts();
        final FeatureVector features = new FeatureVector();
        WallTracker tracker;
        long evaluations;
        long published;

        Replay(final UnsafeBuffer[] events, final WallSettings settings, final long tickSize)
        {
            this.events = events;
            this.settings = settings;
            this.tickSize = tickSize;
        }

        void run(final int from, final int to)
        {
            for (int i = from; i < to; i++)
            {
                logic.onEvent(events[i], 0, events[i].capacity());
                afterEvent(events[i]);
            }
        }

        private void afterEvent(final UnsafeBuffer buffer)
        {
            final InstrumentBook book = logic.books().get(1);
            if (book == null)
            {
                return;
            }
            if (tracker == null)
            {
                tracker = new WallTracker(1, settings, tickSize, book.priceExponent(), book.qtyExponent(), counts);
            }
            header.wrap(buffer, 0);
            final int templateId = header.templateId();
            if (templateId == TradeDecoder.TEMPLATE_ID)
            {
                trade.wrap(buffer, MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
                tracker.onTrade(trade.header().receiveTimeNs(), trade.price(), trade.qty(), trade.aggressor());
                return;
            }
            if (book.state() != BookState.LIVE)
            {
                tracker.pause();
                return;
            }
            tracker.resume();
            if ((templateId == BookDeltaDecoder.TEMPLATE_ID || templateId == BookSnapshotDecoder.TEMPLATE_ID) && book.atMessageBoundary())
            {
                tracker.evaluate(logic.input().nowNs(), book.book());
                evaluations++;
                final long bid = book.book().bestPrice(Side.BID);
                final long ask = book.book().bestPrice(Side.ASK);
                tracker.publish(features, FixedPoint.toDouble(bid + ask, book.priceExponent()) / 2.0);
                if (!Double.isNaN(features.get(FeatureCatalog.WALL_PRESSURE)))
                {
                    published++;
                }
            }
        }

        void print(final String title)
        {
            final StringBuilder out = new StringBuilder("walls ").append(title).append('\n');
            for (final Side side : new Side[] {Side.BID, Side.ASK})
            {
                out.append("  ").append(side);
                for (final WallChange change : WallChange.values())
                {
                    if (change != WallChange.NULL_VAL)
                    {
                        out.append(' ').append(change).append('=').append(counts.count(side, change));
                    }
                }
                out.append('\n');
            }
            System.out.print(out);
        }

        void assertBothEndings()
        {
            assertThat(evaluations).isGreaterThan(3_000);
            for (final Side side : new Side[] {Side.BID, Side.ASK})
            {
                assertThat(counts.count(side, WallChange.CONSUMED)).as("%s CONSUMED", side).isPositive();
                assertThat(counts.count(side, WallChange.PULLED)).as("%s PULLED", side).isPositive();
            }
            long ended = 0;
            for (final WallChange change : WallChange.values())
            {
                if (change != WallChange.NULL_VAL && WallTracker.isEnd(change))
                {
                    ended += counts.total(change);
                }
            }
            // every wall that appeared has ended or is still live
            assertThat(counts.total(WallChange.APPEARED))
                .isEqualTo(ended + tracker.liveWalls(Side.BID) + tracker.liveWalls(Side.ASK));
        }
    }
}
