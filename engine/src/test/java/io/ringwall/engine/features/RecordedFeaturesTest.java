package io.ringwall.engine.features;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.OrderBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import static io.ringwall.engine.features.RecordedSession.PRICE_EXPONENT;
import static io.ringwall.engine.features.RecordedSession.QTY_EXPONENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every feature over the real BTCUSDT session: the book features against a naive reference after every
 * depth update, and the whole set allocating nothing per event once warm (a count, not a timing).
 */
class RecordedFeaturesTest
{
    private static RecordedSession session;

    @BeforeAll
    static void load() throws IOException
    {
        session = RecordedSession.btcusdt();
    }

    @Test
    void shouldAgreeWithANaiveReferenceOnEveryRecordedBook()
    {
        final int[] bandsBps = { 1, 5, 10, 25, 100 };
        final double[] notionals = { 1_000, 100_000, 1_000_000, 10_000_000 };
        final int topLevels = 10;
        final LiquidityFeatures liquidity = new LiquidityFeatures(new double[]{ 1, 5, 10, 25, 100 }, topLevels);
        final MarketImpact impact = new MarketImpact(notionals);
        final OrderBook book = new LadderOrderBook(4096);
        session.applySnapshot(book);
        int checked = 0;
        for (int event = 0; event < session.events(); event++)
        {
            if (session.kind[event] != RecordedSession.DEPTH)
            {
                continue;
            }
            session.applyDepth(event, book);
            liquidity.update(book, PRICE_EXPONENT, QTY_EXPONENT);
            impact.walkAll(book, PRICE_EXPONENT, QTY_EXPONENT);

            final long twiceMid = book.bestBidPrice() + book.bestAskPrice();
            for (int band = 0; band < bandsBps.length; band++)
            {
                assertThat(liquidity.bandQty(Side.BID, band)).isEqualTo(naiveBandQty(book, Side.BID, twiceMid, bandsBps[band]));
                assertThat(liquidity.bandQty(Side.ASK, band)).isEqualTo(naiveBandQty(book, Side.ASK, twiceMid, bandsBps[band]));
            }
            final double bidTop = book.totalQty(Side.BID, topLevels);
            final double askTop = book.totalQty(Side.ASK, topLevels);
            assertThat(liquidity.imbalance()).isEqualTo((bidTop - askTop) / (bidTop + askTop));
            for (int i = 0; i < notionals.length; i++)
            {
                assertNaiveWalk(book, Side.ASK, notionals[i], impact.buy(i));
                assertNaiveWalk(book, Side.BID, notionals[i], impact.sell(i));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(3449);
    }

    @Test
    void shouldNotAllocateWhileComputingEveryFeatureOverARecordedSession()
    {
        for (int round = 0; round < 5; round++)
        {
            new Pipeline().run(0, session.events());
        }

        final Pipeline pipeline = new Pipeline();
        final int setUp = 500;
        pipeline.run(0, setUp);
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        // the counter's first reads initialise the management machinery (tens of kB): not the features'
        for (int i = 0; i < 3; i++)
        {
            threads.getThreadAllocatedBytes(thread);
        }
        final long before = threads.getThreadAllocatedBytes(thread);
        pipeline.run(setUp, session.events());
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(session.events() - setUp).isGreaterThan(12_000);
        assertThat(pipeline.barsClosed).isGreaterThan(100);
        assertThat(pipeline.samples).isGreaterThan(60);
        assertThat(pipeline.out.get(FeatureCatalog.MID)).isBetween(50_000.0, 70_000.0);
        assertThat(pipeline.out.get(FeatureCatalog.EWMA_VOL)).isPositive();
        assertThat(pipeline.out.get(FeatureCatalog.atr(0))).isPositive();
        // the counter read itself costs a few dozen bytes; anything per event would be megabytes
        assertThat(allocated).as("bytes allocated over %d events", session.events() - setUp).isLessThan(1_024);
    }

    /** Every feature, driven the way a per-instrument analytics stage would, with the default settings. */
    private static final class Pipeline implements BarListener
    {
        private final AnalyticsSettings settings = AnalyticsSettings.DEFAULTS;
        private final OrderBook book = new LadderOrderBook(4096);
        private final LiquidityFeatures liquidity = new LiquidityFeatures(settings.depthBandsBps(), settings.imbalanceLevels());
        private final MarketImpact impact = new MarketImpact(settings.impactNotionals());
        private final TradeFlow flow = new TradeFlow(settings.flowWindowsNs());
        private final EventTimeGrid grid = new EventTimeGrid(settings.sampleIntervalNs());
        private final Volatility volatility = new Volatility(settings.sampleIntervalNs(), settings.ewmaHalfLifeNs(),
            settings.realizedWindowsNs());
        private final Bars bars = new Bars(settings.barTimeframesNs(), settings.atrPeriods(), this);
        private final FeatureVector out = new FeatureVector();
        private long barsClosed;
        private long samples;

        Pipeline()
        {
            session.applySnapshot(book);
        }

        void run(final int from, final int to)
        {
            for (int event = from; event < to; event++)
            {
                final long time = session.timeNs[event];
                // the grid points this event passed are sampled with the mid known before it
                final long crossed = grid.advance(time);
                for (long k = crossed - 1; k >= 0; k--)
                {
                    volatility.onSample(grid.lastPointNs() - k * grid.intervalNs(), liquidity.mid());
                    samples++;
                }
                bars.onTime(time);
                if (session.kind[event] == RecordedSession.DEPTH)
                {
                    session.applyDepth(event, book);
                    liquidity.update(book, PRICE_EXPONENT, QTY_EXPONENT);
                    impact.walkAll(book, PRICE_EXPONENT, QTY_EXPONENT);
                    flow.onTopOfBook(time, book.bestBidPrice(), book.bestBidQty(), book.bestAskPrice(), book.bestAskQty(),
                        PRICE_EXPONENT, QTY_EXPONENT);
                }
                else
                {
                    final int trade = session.index[event];
                    final AggressorSide aggressor = session.tradeAggressor[trade];
                    flow.onTrade(time, session.tradePrice[trade], session.tradeQty[trade], aggressor, PRICE_EXPONENT, QTY_EXPONENT);
                    bars.onTrade(time, session.tradePrice[trade], session.tradeQty[trade], aggressor, PRICE_EXPONENT, QTY_EXPONENT);
                }
                liquidity.publish(out);
                impact.publish(out);
                flow.publish(out, time);
                volatility.publish(out);
                bars.publish(out);
            }
        }

        @Override
        public void onBar(final int timeframe, final long openTimeNs, final long open, final long high, final long low,
            final long close, final long volume, final long buyVolume, final long trades, final double vwap)
        {
            barsClosed++;
        }
    }

    private static double naiveBandQty(final OrderBook book, final Side side, final long twiceMid, final int bandBps)
    {
        long qty = 0;
        for (int level = 0; level < book.depth(side); level++)
        {
            final long twiceDistance = side == Side.BID ? twiceMid - 2 * book.price(side, level) : 2 * book.price(side, level) - twiceMid;
            // distance * 10^4 <= b * mid, doubled on both sides
            if (twiceDistance * 10_000 <= bandBps * twiceMid)
            {
                qty += book.qty(side, level);
            }
        }
        return qty / 1e8;
    }

    private static void assertNaiveWalk(final OrderBook book, final Side side, final double notional, final ImpactResult actual)
    {
        double left = notional;
        double qty = 0;
        double levels = 0;
        for (int level = 0; level < book.depth(side) && left > 0; level++)
        {
            final double price = book.price(side, level) * 1e-2;
            final double levelNotional = price * book.qty(side, level) * 1e-8;
            final double taken = Math.min(left, levelNotional);
            qty += taken / price;
            levels += taken / levelNotional;
            left -= taken;
        }
        final double tolerance = 1e-9 * notional;
        assertThat(actual.shortfallNotional()).isCloseTo(Math.max(left, 0), within(tolerance));
        assertThat(actual.filledQty()).isCloseTo(qty, within(1e-9 * qty));
        assertThat(actual.levelsConsumed()).isCloseTo(levels, within(1e-9));
        assertThat(actual.averagePrice()).isCloseTo((notional - Math.max(left, 0)) / qty, within(1e-9 * actual.averagePrice()));
    }
}
