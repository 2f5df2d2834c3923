package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.book.TreeMapOrderBook;
import org.junit.jupiter.api.Test;

import static io.ringwall.codecs.sbe.Side.ASK;
import static io.ringwall.codecs.sbe.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Liquidity features on hand-built books at price exponent -2 and quantity exponent -3: prices in cents,
 * quantities in thousandths.
 */
class LiquidityFeaturesTest
{
    private static final int PE = -2;
    private static final int QE = -3;

    private final OrderBook book = new LadderOrderBook();

    private void level(final io.ringwall.codecs.sbe.Side side, final long cents, final long thousandths)
    {
        book.set(side, cents, thousandths);
    }

    /** Bids 100.00 x 2, 99.90 x 1, 99.00 x 4; asks 100.10 x 1, 100.20 x 3, 101.50 x 5: mid 100.05. */
    private void threeLevelsEachSide()
    {
        level(BID, 10_000, 2_000);
        level(BID, 9_990, 1_000);
        level(BID, 9_900, 4_000);
        level(ASK, 10_010, 1_000);
        level(ASK, 10_020, 3_000);
        level(ASK, 10_150, 5_000);
    }

    @Test
    void shouldComputeTopOfBookFeatures()
    {
        threeLevelsEachSide();
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 10 }, 2);
        features.update(book, PE, QE);

        assertThat(features.bestBid()).isEqualTo(100.0);
        assertThat(features.bestAsk()).isEqualTo(100.1);
        assertThat(features.bestBidQty()).isEqualTo(2.0);
        assertThat(features.bestAskQty()).isEqualTo(1.0);
        assertThat(features.mid()).isEqualTo(100.05);
        assertThat(features.spreadBps()).isEqualTo(0.1 * 10_000 / 100.05);
        // the bid holds twice the ask, so the microprice leans to the ask
        assertThat(features.microprice()).isEqualTo((100.0 * 1_000 + 100.1 * 2_000) / 3_000.0);
        // best two levels: bids 2 + 1 = 3, asks 1 + 3 = 4
        assertThat(features.imbalance()).isEqualTo((3.0 - 4.0) / (3.0 + 4.0));
    }

    @Test
    void shouldSumDepthWithinNestedBands()
    {
        threeLevelsEachSide();
        // 10 bps of 100.05 is 0.10005: bids >= 99.94995, asks <= 100.15005
        // 25 bps is 0.250125, 100 bps 1.0005 (99.00 is just outside), 150 bps 1.50075 (everything)
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 10, 25, 100, 150 }, 10);
        features.update(book, PE, QE);

        final double[] bidQty = { 2, 3, 3, 7 };
        final double[] askQty = { 1, 4, 4, 9 };
        for (int band = 0; band < 4; band++)
        {
            assertThat(features.bandQty(BID, band)).as("bid band %d", band).isEqualTo(bidQty[band]);
            assertThat(features.bandQty(ASK, band)).as("ask band %d", band).isEqualTo(askQty[band]);
            assertThat(features.bandImbalance(band)).as("band %d", band)
                .isEqualTo((bidQty[band] - askQty[band]) / (bidQty[band] + askQty[band]));
        }
        assertThat(features.bandNotional(BID, 1)).isEqualTo(299.9);
        assertThat(features.bandNotional(ASK, 1)).isEqualTo(400.7);
        assertThat(features.bandNotional(BID, 3)).isEqualTo(695.9);
        assertThat(features.imbalance()).as("all levels").isEqualTo((7.0 - 9.0) / 16.0);
    }

    @Test
    void shouldIncludeALevelExactlyOnABandEdge()
    {
        // mid 100.00: 100 bps is exactly 1.00 away, 150 bps exactly 1.50; 149.99 bps stops 0.0001 short of 98.50
        level(BID, 9_900, 1_000);
        level(BID, 9_850, 2_000);
        level(BID, 9_849, 4_000);
        level(ASK, 10_100, 1_000);
        level(ASK, 10_150, 2_000);
        level(ASK, 10_151, 3_000);
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 99.99, 100, 149.99, 150 }, 1);
        features.update(book, PE, QE);

        assertThat(features.bandQty(BID, 0)).isEqualTo(0.0);
        assertThat(features.bandQty(ASK, 0)).isEqualTo(0.0);
        assertThat(features.bandImbalance(0)).as("nothing in the band").isNaN();
        assertThat(features.bandQty(BID, 1)).isEqualTo(1.0);
        assertThat(features.bandQty(ASK, 1)).isEqualTo(1.0);
        assertThat(features.bandImbalance(1)).isEqualTo(0.0);
        assertThat(features.bandQty(BID, 2)).isEqualTo(1.0);
        assertThat(features.bandQty(ASK, 2)).isEqualTo(1.0);
        assertThat(features.bandQty(BID, 3)).isEqualTo(3.0);
        assertThat(features.bandQty(ASK, 3)).isEqualTo(3.0);
        assertThat(features.spreadBps()).isEqualTo(200.0);
    }

    @Test
    void shouldReportNaNForEverythingTwoSidedWhenOneSideIsEmpty()
    {
        level(BID, 10_000, 2_000);
        level(BID, 9_990, 1_000);
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 10, 25 }, 5);
        features.update(book, PE, QE);

        assertThat(features.bestBid()).isEqualTo(100.0);
        assertThat(features.bestBidQty()).isEqualTo(2.0);
        assertThat(features.bestAsk()).isNaN();
        assertThat(features.bestAskQty()).isEqualTo(0.0);
        assertThat(features.mid()).isNaN();
        assertThat(features.microprice()).isNaN();
        assertThat(features.spreadBps()).isNaN();
        assertThat(features.imbalance()).isNaN();
        for (int band = 0; band < 2; band++)
        {
            assertThat(features.bandQty(BID, band)).isNaN();
            assertThat(features.bandQty(ASK, band)).isNaN();
            assertThat(features.bandNotional(BID, band)).isNaN();
            assertThat(features.bandImbalance(band)).isNaN();
        }
    }

    @Test
    void shouldReportNaNForAnEmptyBookAndRecoverWhenItFills()
    {
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 10 }, 5);
        features.update(book, PE, QE);
        assertThat(features.bestBid()).isNaN();
        assertThat(features.bestAsk()).isNaN();
        assertThat(features.mid()).isNaN();
        assertThat(features.imbalance()).isNaN();

        level(BID, 10_000, 1_000);
        level(ASK, 10_002, 3_000);
        features.update(book, PE, QE);
        assertThat(features.mid()).isEqualTo(100.01);
        assertThat(features.imbalance()).isEqualTo(-0.5);
        assertThat(features.bandQty(BID, 0)).isEqualTo(1.0);
        assertThat(features.bandQty(ASK, 0)).isEqualTo(3.0);
    }

    @Test
    void shouldDropALevelSetToZeroQuantity()
    {
        threeLevelsEachSide();
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 25 }, 1);
        level(BID, 10_000, 0);
        features.update(book, PE, QE);

        // best bid is now 99.90: mid 100.00, 25 bps = 0.25
        assertThat(features.bestBid()).isEqualTo(99.9);
        assertThat(features.mid()).isEqualTo(100.0);
        assertThat(features.bandQty(BID, 0)).isEqualTo(1.0);
        assertThat(features.bandQty(ASK, 0)).isEqualTo(4.0);
        assertThat(features.imbalance()).isEqualTo(0.0);
    }

    @Test
    void shouldSeeEveryLevelOfABandDeeperThanTheFirstScan()
    {
        // 300 levels a cent apart on each side around mid 1000.00: more than any first guess of the scan
        final OrderBook deep = new TreeMapOrderBook();
        for (int i = 0; i < 300; i++)
        {
            deep.set(BID, 99_999 - i, 1_000);
            deep.set(ASK, 100_001 + i, 2_000);
        }
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 1, 20 }, 250);
        features.update(deep, PE, QE);

        // 1 bp of 1000.00 = 0.10: 10 levels each side; 20 bps = 2.00: 200 levels each side
        assertThat(features.bandQty(BID, 0)).isEqualTo(10.0);
        assertThat(features.bandQty(ASK, 0)).isEqualTo(20.0);
        assertThat(features.bandQty(BID, 1)).isEqualTo(200.0);
        assertThat(features.bandQty(ASK, 1)).isEqualTo(400.0);
        assertThat(features.imbalance()).isEqualTo((250.0 - 500.0) / 750.0);

        // and again after the book shrinks, with the scan's bound now large
        for (int i = 100; i < 300; i++)
        {
            deep.set(BID, 99_999 - i, 0);
        }
        features.update(deep, PE, QE);
        assertThat(features.bandQty(BID, 1)).isEqualTo(100.0);
        assertThat(features.imbalance()).isEqualTo((100.0 - 500.0) / 600.0);
    }

    @Test
    void shouldPublishUnderTheCatalogIds()
    {
        threeLevelsEachSide();
        final LiquidityFeatures features = new LiquidityFeatures(new double[]{ 10, 25 }, 2);
        features.update(book, PE, QE);
        final FeatureVector out = new FeatureVector();
        features.publish(out);

        assertThat(out.get(FeatureCatalog.MID)).isEqualTo(100.05);
        assertThat(out.get(FeatureCatalog.MICROPRICE)).isEqualTo(features.microprice());
        assertThat(out.get(FeatureCatalog.SPREAD_BPS)).isEqualTo(features.spreadBps());
        assertThat(out.get(FeatureCatalog.BEST_BID)).isEqualTo(100.0);
        assertThat(out.get(FeatureCatalog.BEST_ASK)).isEqualTo(100.1);
        assertThat(out.get(FeatureCatalog.IMBALANCE_TOP)).isEqualTo(-1.0 / 7.0);
        assertThat(out.get(FeatureCatalog.depthBid(0))).isEqualTo(2.0);
        assertThat(out.get(FeatureCatalog.depthAsk(0))).isEqualTo(1.0);
        assertThat(out.get(FeatureCatalog.depthBid(1))).isEqualTo(3.0);
        assertThat(out.get(FeatureCatalog.depthAsk(1))).isEqualTo(4.0);
        assertThat(out.get(FeatureCatalog.imbalanceBand(0))).isEqualTo(1.0 / 3.0);
        assertThat(out.get(FeatureCatalog.imbalanceBand(1))).isEqualTo(-1.0 / 7.0);
        assertThat(out.get(FeatureCatalog.depthBid(2))).as("no third band").isNaN();
    }

    @Test
    void shouldRejectBadParametersByName()
    {
        assertThatThrownBy(() -> new LiquidityFeatures(new double[0], 1)).hasMessageStartingWith("depthBandsBps");
        assertThatThrownBy(() -> new LiquidityFeatures(null, 1)).hasMessageStartingWith("depthBandsBps");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[]{ 25, 10 }, 1)).hasMessageStartingWith("depthBandsBps");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[]{ 0 }, 1)).hasMessageStartingWith("depthBandsBps[0]");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[]{ 10.001 }, 1)).hasMessageStartingWith("depthBandsBps[0]");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[]{ 10_001 }, 1)).hasMessageStartingWith("depthBandsBps[0]");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[9], 1)).hasMessageStartingWith("depthBandsBps");
        assertThatThrownBy(() -> new LiquidityFeatures(new double[]{ 10 }, 0)).hasMessageStartingWith("imbalanceLevels");
    }
}
