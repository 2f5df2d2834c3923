package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.OrderBook;
import org.junit.jupiter.api.Test;

import static io.ringwall.codecs.sbe.AggressorSide.BUY;
import static io.ringwall.codecs.sbe.AggressorSide.SELL;
import static io.ringwall.codecs.sbe.AggressorSide.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trade flow over windows of 1 s and 10 s in 100 ms buckets, at price exponent -2 and quantity exponent -3,
 * from T0 = 1000 s (a bucket edge).
 */
class TradeFlowTest
{
    private static final int PE = -2;
    private static final int QE = -3;
    private static final long MS = 1_000_000L;
    private static final long T0 = 1_000_000 * MS;

    private final TradeFlow flow = new TradeFlow(new long[]{ 1_000 * MS, 10_000 * MS });

    /** Buy 1 at 100.00 at T0, sell 0.5 at 101.00 at T0 + 200 ms, 0.25 at 102.00 of unknown side at T0 + 300 ms. */
    private void threeTrades()
    {
        flow.onTrade(T0, 10_000, 1_000, BUY, PE, QE);
        flow.onTrade(T0 + 200 * MS, 10_100, 500, SELL, PE, QE);
        flow.onTrade(T0 + 300 * MS, 10_200, 250, UNKNOWN, PE, QE);
    }

    @Test
    void shouldPickATenthOfTheWindowsCommonLengthAsTheDefaultResolution()
    {
        assertThat(flow.resolutionNs()).isEqualTo(100 * MS);
        assertThat(TradeFlow.defaultResolutionNs(new long[]{ 1_000 * MS, 10_000 * MS, 60_000 * MS })).isEqualTo(100 * MS);
        assertThat(TradeFlow.defaultResolutionNs(new long[]{ 1_500 * MS, 4_500 * MS })).isEqualTo(150 * MS);
        assertThat(TradeFlow.defaultResolutionNs(new long[]{ 7 })).isEqualTo(7);
    }

    @Test
    void shouldSumVolumesCountAndVwapWithinAWindow()
    {
        threeTrades();
        final long now = T0 + 500 * MS;
        for (int window = 0; window < 2; window++)
        {
            assertThat(flow.buyVolume(window, now)).isEqualTo(1.0);
            assertThat(flow.sellVolume(window, now)).isEqualTo(0.5);
            assertThat(flow.signedVolume(window, now)).isEqualTo(0.5);
            assertThat(flow.totalVolume(window, now)).isEqualTo(1.75);
            assertThat(flow.tradeCount(window, now)).isEqualTo(3);
            assertThat(flow.flowImbalance(window, now)).isEqualTo(0.5 / 1.5);
            // (100 * 1 + 101 * 0.5 + 102 * 0.25) / 1.75, summed in mantissas
            assertThat(flow.vwap(window, now)).isEqualTo(17_600_000.0 / 1_750 / 100);
        }
        assertThat(flow.tradeRate(0, now)).isEqualTo(3.0);
        assertThat(flow.tradeRate(1, now)).isEqualTo(0.3);
    }

    @Test
    void shouldExpireTradesByEventTimeWithoutNewTrades()
    {
        threeTrades();
        // at T0 + 1 s the 1 s window holds the buckets from T0 + 100 ms: the buy has left
        assertThat(flow.tradeCount(0, T0 + 999 * MS)).isEqualTo(3);
        assertThat(flow.tradeCount(0, T0 + 1_000 * MS)).isEqualTo(2);
        assertThat(flow.buyVolume(0, T0 + 1_000 * MS)).isEqualTo(0.0);
        assertThat(flow.flowImbalance(0, T0 + 1_000 * MS)).isEqualTo(-1.0);
        // one bucket's approximation: the sell at T0 + 200 ms is still in at T0 + 1.299 s, out at T0 + 1.2 s's next bucket
        assertThat(flow.tradeCount(0, T0 + 1_199 * MS)).isEqualTo(2);
        assertThat(flow.tradeCount(0, T0 + 1_200 * MS)).isEqualTo(1);
        assertThat(flow.flowImbalance(0, T0 + 1_200 * MS)).as("only an unknown side left").isNaN();
        assertThat(flow.totalVolume(0, T0 + 1_200 * MS)).isEqualTo(0.25);
        assertThat(flow.vwap(0, T0 + 1_200 * MS)).isEqualTo(102.0);
        assertThat(flow.tradeCount(0, T0 + 1_300 * MS)).isEqualTo(0);
        assertThat(flow.vwap(0, T0 + 1_300 * MS)).isNaN();
        assertThat(flow.tradeRate(0, T0 + 1_300 * MS)).isEqualTo(0.0);
        assertThat(flow.signedVolume(0, T0 + 1_300 * MS)).isEqualTo(0.0);
        // the 10 s window still holds them all, then loses them all after a long silence
        assertThat(flow.tradeCount(1, T0 + 1_300 * MS)).isEqualTo(3);
        assertThat(flow.tradeCount(1, T0 + 10_299 * MS)).isEqualTo(1);
        assertThat(flow.tradeCount(1, T0 + 3_600_000 * MS)).isEqualTo(0);
        assertThat(flow.vwap(1, T0 + 3_600_000 * MS)).isNaN();
    }

    @Test
    void shouldCountALateTradeInTheCurrentBucket()
    {
        flow.onTrade(T0 + 900 * MS, 10_000, 1_000, BUY, PE, QE);
        flow.onTrade(T0 + 100 * MS, 10_000, 1_000, SELL, PE, QE);
        // the late trade counts at T0 + 900 ms, so it stays until T0 + 1.9 s
        assertThat(flow.tradeCount(0, T0 + 1_899 * MS)).isEqualTo(2);
        assertThat(flow.tradeCount(0, T0 + 1_900 * MS)).isEqualTo(0);
    }

    @Test
    void shouldIgnoreTradesWithoutPriceOrQuantity()
    {
        flow.onTrade(T0, 10_000, 0, BUY, PE, QE);
        flow.onTrade(T0, 0, 1_000, BUY, PE, QE);
        assertThat(flow.tradeCount(0, T0)).isEqualTo(0);
        assertThat(flow.vwap(0, T0)).isNaN();
    }

    @Test
    void shouldSumTheOrderFlowImbalanceOfBestLevelChanges()
    {
        // first state: no predecessor
        flow.onTopOfBook(T0, 10_000, 1_000, 10_010, 2_000, PE, QE);
        assertThat(flow.ofi(0, T0)).isEqualTo(0.0);
        // same prices, bid grows by 0.5: +1.5 - 1.0
        flow.onTopOfBook(T0 + 100 * MS, 10_000, 1_500, 10_010, 2_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 100 * MS)).isEqualTo(0.5);
        // bid steps up: +0.3 (its new size only)
        flow.onTopOfBook(T0 + 200 * MS, 10_005, 300, 10_010, 2_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 200 * MS)).isEqualTo(0.8);
        // ask steps down: -1 (its new size only)
        flow.onTopOfBook(T0 + 300 * MS, 10_005, 300, 10_008, 1_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 300 * MS)).isEqualTo(-0.2);
        // bid steps down (-0.3, the old size) and ask steps up (+1, the old size)
        flow.onTopOfBook(T0 + 400 * MS, 10_000, 5_000, 10_010, 4_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 400 * MS)).isEqualTo(0.5);
        assertThat(flow.ofi(1, T0 + 400 * MS)).isEqualTo(0.5);
        // the first 0.5 (T0 + 100 ms) leaves the 1 s window at T0 + 1.1 s
        assertThat(flow.ofi(0, T0 + 1_100 * MS)).isEqualTo(0.0);
        assertThat(flow.ofi(1, T0 + 1_100 * MS)).isEqualTo(0.5);
    }

    @Test
    void shouldNotCountTheFirstBookAfterAResetOrAnEmptySide()
    {
        flow.onTopOfBook(T0, 10_000, 1_000, 10_010, 2_000, PE, QE);
        flow.resetTopOfBook();
        flow.onTopOfBook(T0 + 100 * MS, 9_000, 7_000, 9_010, 1_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 100 * MS)).isEqualTo(0.0);

        flow.onTopOfBook(T0 + 200 * MS, OrderBook.NULL_PRICE, 0, 9_010, 1_000, PE, QE);
        flow.onTopOfBook(T0 + 300 * MS, 9_005, 2_000, 9_010, 1_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 300 * MS)).isEqualTo(0.0);
        flow.onTopOfBook(T0 + 400 * MS, 9_005, 2_500, 9_010, 1_000, PE, QE);
        assertThat(flow.ofi(0, T0 + 400 * MS)).isEqualTo(0.5);
    }

    @Test
    void shouldPublishEveryWindowUnderTheCatalogIds()
    {
        threeTrades();
        flow.onTopOfBook(T0 + 300 * MS, 10_000, 1_000, 10_010, 2_000, PE, QE);
        flow.onTopOfBook(T0 + 400 * MS, 10_000, 1_500, 10_010, 2_000, PE, QE);
        final FeatureVector out = new FeatureVector();
        flow.publish(out, T0 + 1_250 * MS);

        assertThat(out.get(FeatureCatalog.signedVolume(0))).isEqualTo(0.0);
        assertThat(out.get(FeatureCatalog.tradeRate(0))).isEqualTo(1.0);
        assertThat(out.get(FeatureCatalog.vwap(0))).isEqualTo(102.0);
        assertThat(out.get(FeatureCatalog.ofi(0))).isEqualTo(0.5);
        assertThat(out.get(FeatureCatalog.flowImbalance(0))).isNaN();
        assertThat(out.get(FeatureCatalog.signedVolume(1))).isEqualTo(0.5);
        assertThat(out.get(FeatureCatalog.tradeRate(1))).isEqualTo(0.3);
        assertThat(out.get(FeatureCatalog.vwap(1))).isEqualTo(17_600_000.0 / 1_750 / 100);
        assertThat(out.get(FeatureCatalog.ofi(1))).isEqualTo(0.5);
        assertThat(out.get(FeatureCatalog.flowImbalance(1))).isEqualTo(0.5 / 1.5);
        assertThat(out.get(FeatureCatalog.signedVolume(2))).as("no third window").isNaN();
    }

    @Test
    void shouldKeepExactSumsForHugeNotionals()
    {
        // 60000 at 1e-8 times 100 at 1e-8: 6e12 * 1e10 overflows a long, the 128-bit sum does not
        final TradeFlow btc = new TradeFlow(new long[]{ 1_000 * MS });
        for (int i = 0; i < 1_000; i++)
        {
            btc.onTrade(T0 + i, 6_000_000_000_000L, 10_000_000_000L, BUY, -8, -8);
        }
        assertThat(btc.vwap(0, T0 + 999)).isEqualTo(60_000.0);
        assertThat(btc.buyVolume(0, T0 + 999)).isEqualTo(100_000.0);
    }

    @Test
    void shouldRejectWindowsThatAreNotWholeBuckets()
    {
        assertThatThrownBy(() -> new TradeFlow(new long[]{ 1_000 * MS, 1_050 * MS }, 100 * MS))
            .hasMessageStartingWith("flowWindowsNs[1]");
        assertThatThrownBy(() -> new TradeFlow(new long[]{ 1_000 * MS }, 0)).hasMessageStartingWith("resolutionNs");
        assertThatThrownBy(() -> new TradeFlow(new long[]{ 10 * MS, 1 * MS })).hasMessageStartingWith("flowWindowsNs");
        assertThatThrownBy(() -> new TradeFlow(new long[]{ 1L << 40 }, 1)).hasMessageStartingWith("flowWindowsNs[0]");
    }
}
