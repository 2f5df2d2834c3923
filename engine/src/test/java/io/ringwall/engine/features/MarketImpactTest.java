package io.ringwall.engine.features;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.OrderBook;
import org.junit.jupiter.api.Test;

import static io.ringwall.codecs.sbe.Side.ASK;
import static io.ringwall.codecs.sbe.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Book walks at price exponent -2 and quantity exponent -3 on asks 100.00 x 1, 101.00 x 2, 102.00 x 10
 * (notionals 100, 202, 1020: 1322 in all) and bids 99.00 x 2, 98.00 x 1 (198, 98): mid 99.50.
 */
class MarketImpactTest
{
    private static final int PE = -2;
    private static final int QE = -3;
    private static final double MID = 99.5;

    private final OrderBook book = new LadderOrderBook();
    private final ImpactResult result = new ImpactResult();

    MarketImpactTest()
    {
        book.set(ASK, 10_000, 1_000);
        book.set(ASK, 10_100, 2_000);
        book.set(ASK, 10_200, 10_000);
        book.set(BID, 9_900, 2_000);
        book.set(BID, 9_800, 1_000);
    }

    @Test
    void shouldFillWithinTheBestLevelAtTheBestPrice()
    {
        new MarketImpact(new double[]{ 1 }).walk(book, AggressorSide.BUY, 50, PE, QE, result);

        assertThat(result.taker()).isEqualTo(AggressorSide.BUY);
        assertThat(result.requestedNotional()).isEqualTo(50.0);
        assertThat(result.filledNotional()).isEqualTo(50.0);
        assertThat(result.filledQty()).isEqualTo(0.5);
        assertThat(result.shortfallNotional()).isEqualTo(0.0);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.averagePrice()).isEqualTo(100.0);
        assertThat(result.worstPrice()).isEqualTo(100.0);
        assertThat(result.bestPrice()).isEqualTo(100.0);
        assertThat(result.mid()).isEqualTo(MID);
        assertThat(result.levelsConsumed()).isEqualTo(0.5);
        assertThat(result.slippageBps()).isEqualTo(0.0);
        assertThat(result.slippageVsMidBps()).isEqualTo(0.5 * 10_000 / MID);
    }

    @Test
    void shouldWalkIntoAFractionOfTheThirdLevel()
    {
        // 100 + 202 whole, then 102 of the third level's 1020: a tenth of it, one unit at 102
        new MarketImpact(new double[]{ 1 }).walk(book, AggressorSide.BUY, 404, PE, QE, result);

        assertThat(result.filledQty()).isEqualTo(4.0);
        assertThat(result.averagePrice()).isEqualTo(101.0);
        assertThat(result.worstPrice()).isEqualTo(102.0);
        assertThat(result.levelsConsumed()).isEqualTo(2.1);
        assertThat(result.slippageBps()).isEqualTo(100.0);
        assertThat(result.slippageVsMidBps()).isEqualTo(1.5 * 10_000 / MID);
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void shouldCountAnExactlyTakenLevelAsWhole()
    {
        new MarketImpact(new double[]{ 1 }).walk(book, AggressorSide.BUY, 302, PE, QE, result);

        assertThat(result.levelsConsumed()).isEqualTo(2.0);
        assertThat(result.filledQty()).isEqualTo(3.0);
        assertThat(result.averagePrice()).isEqualTo(302.0 / 3.0);
        assertThat(result.worstPrice()).isEqualTo(101.0);
    }

    @Test
    void shouldReportTheShortfallWhenTheBookIsTooThin()
    {
        new MarketImpact(new double[]{ 1 }).walk(book, AggressorSide.BUY, 2_000, PE, QE, result);

        assertThat(result.isComplete()).isFalse();
        assertThat(result.filledNotional()).isEqualTo(1_322.0);
        assertThat(result.shortfallNotional()).isEqualTo(678.0);
        assertThat(result.filledQty()).isEqualTo(13.0);
        assertThat(result.averagePrice()).isEqualTo(1_322.0 / 13.0);
        assertThat(result.levelsConsumed()).isEqualTo(3.0);
        assertThat(result.worstPrice()).isEqualTo(102.0);
    }

    @Test
    void shouldWalkTheBidsForASeller()
    {
        // 198 at 99 whole, then 49 of the 98 at 98: half a unit
        new MarketImpact(new double[]{ 1 }).walk(book, AggressorSide.SELL, 247, PE, QE, result);

        assertThat(result.taker()).isEqualTo(AggressorSide.SELL);
        assertThat(result.filledQty()).isEqualTo(2.5);
        assertThat(result.averagePrice()).isEqualTo(247.0 / 2.5);
        assertThat(result.levelsConsumed()).isEqualTo(1.5);
        assertThat(result.bestPrice()).isEqualTo(99.0);
        // a seller's cost: the reference minus what it got
        assertThat(result.slippageBps()).isEqualTo((99.0 - 247.0 / 2.5) * 10_000 / 99.0);
        assertThat(result.slippageBps()).isPositive();
        assertThat(result.slippageVsMidBps()).isEqualTo((MID - 247.0 / 2.5) * 10_000 / MID);
    }

    @Test
    void shouldFillNothingFromAnEmptySide()
    {
        final OrderBook bidsOnly = new LadderOrderBook();
        bidsOnly.set(BID, 9_900, 2_000);
        new MarketImpact(new double[]{ 1 }).walk(bidsOnly, AggressorSide.BUY, 100, PE, QE, result);

        assertThat(result.filledNotional()).isEqualTo(0.0);
        assertThat(result.filledQty()).isEqualTo(0.0);
        assertThat(result.shortfallNotional()).isEqualTo(100.0);
        assertThat(result.levelsConsumed()).isEqualTo(0.0);
        assertThat(result.averagePrice()).isNaN();
        assertThat(result.bestPrice()).isNaN();
        assertThat(result.mid()).isNaN();
        assertThat(result.slippageBps()).isNaN();
        assertThat(result.slippageVsMidBps()).isNaN();

        // the bids alone still serve a seller, measured against the best bid only
        new MarketImpact(new double[]{ 1 }).walk(bidsOnly, AggressorSide.SELL, 99, PE, QE, result);
        assertThat(result.averagePrice()).isEqualTo(99.0);
        assertThat(result.slippageBps()).isEqualTo(0.0);
        assertThat(result.slippageVsMidBps()).isNaN();
    }

    @Test
    void shouldFillNothingForAnUnknownTakerOrANotionalThatIsNotPositive()
    {
        final MarketImpact impact = new MarketImpact(new double[]{ 1 });
        impact.walk(book, AggressorSide.UNKNOWN, 100, PE, QE, result);
        assertThat(result.filledNotional()).isEqualTo(0.0);
        assertThat(result.shortfallNotional()).isEqualTo(100.0);

        impact.walk(book, AggressorSide.BUY, 0, PE, QE, result);
        assertThat(result.filledNotional()).isEqualTo(0.0);
        assertThat(result.shortfallNotional()).isEqualTo(0.0);
        assertThat(result.averagePrice()).isNaN();
    }

    @Test
    void shouldPriceEveryNotionalInOnePassAsSingleWalksWould()
    {
        final double[] notionals = { 50, 302, 404, 2_000 };
        final MarketImpact impact = new MarketImpact(notionals);
        impact.walkAll(book, PE, QE);

        final ImpactResult single = new ImpactResult();
        for (int i = 0; i < notionals.length; i++)
        {
            impact.walk(book, AggressorSide.BUY, notionals[i], PE, QE, single);
            assertSame(impact.buy(i), single);
            impact.walk(book, AggressorSide.SELL, notionals[i], PE, QE, single);
            assertSame(impact.sell(i), single);
        }
        assertThat(impact.buy(2).levelsConsumed()).isEqualTo(2.1);
        assertThat(impact.sell(0).averagePrice()).isEqualTo(99.0);
        assertThat(impact.sell(1).isComplete()).as("the bids hold 296").isFalse();
        assertThat(impact.sell(1).shortfallNotional()).isEqualTo(6.0);
        assertThat(impact.notionalCount()).isEqualTo(4);
        assertThat(impact.notional(3)).isEqualTo(2_000.0);
    }

    @Test
    void shouldPublishSlippageVersusMidAndLevelsUnderTheCatalogIds()
    {
        final MarketImpact impact = new MarketImpact(new double[]{ 50, 404 });
        impact.walkAll(book, PE, QE);
        final FeatureVector out = new FeatureVector();
        impact.publish(out);

        assertThat(out.get(FeatureCatalog.impactBuySlippage(0))).isEqualTo(0.5 * 10_000 / MID);
        assertThat(out.get(FeatureCatalog.impactBuySlippage(1))).isEqualTo(1.5 * 10_000 / MID);
        assertThat(out.get(FeatureCatalog.impactBuyLevels(1))).isEqualTo(2.1);
        assertThat(out.get(FeatureCatalog.impactSellSlippage(0))).isEqualTo(0.5 * 10_000 / MID);
        assertThat(out.get(FeatureCatalog.impactSellLevels(0))).isEqualTo(50.0 / 198.0);
        assertThat(out.get(FeatureCatalog.impactSellLevels(1))).as("every bid, short").isEqualTo(2.0);
        assertThat(out.get(FeatureCatalog.impactSellSlippage(1))).isEqualTo((MID - 296.0 / 3.0) * 10_000 / MID);
    }

    @Test
    void shouldRejectNotionalsThatAreNotPositiveAndIncreasing()
    {
        assertThatThrownBy(() -> new MarketImpact(new double[]{ 100, 100 })).hasMessageStartingWith("impactNotionals");
        assertThatThrownBy(() -> new MarketImpact(new double[]{ -1 })).hasMessageStartingWith("impactNotionals[0]");
        assertThatThrownBy(() -> new MarketImpact(new double[]{ Double.NaN })).hasMessageStartingWith("impactNotionals[0]");
        assertThatThrownBy(() -> new MarketImpact(new double[0])).hasMessageStartingWith("impactNotionals");
    }

    private static void assertSame(final ImpactResult actual, final ImpactResult expected)
    {
        assertThat(actual.taker()).isEqualTo(expected.taker());
        assertThat(actual.filledNotional()).isEqualTo(expected.filledNotional());
        assertThat(actual.filledQty()).isEqualTo(expected.filledQty());
        assertThat(actual.shortfallNotional()).isEqualTo(expected.shortfallNotional());
        assertThat(actual.averagePrice()).isEqualTo(expected.averagePrice());
        assertThat(actual.levelsConsumed()).isEqualTo(expected.levelsConsumed());
        assertThat(actual.worstPrice()).isEqualTo(expected.worstPrice());
        assertThat(actual.slippageVsMidBps()).isEqualTo(expected.slippageVsMidBps());
    }
}
