package io.ringwall.engine.walls;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.book.ArrayOrderBook;
import io.ringwall.engine.book.OrderBook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ringwall.engine.walls.WallTracker.ABSENT;
import static io.ringwall.engine.walls.WallTracker.LONG;
import static io.ringwall.engine.walls.WallTracker.SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-built books, prices and quantities at exponent 0 unless said (so notional = price x qty) and a tick of 1:
 * bids 1000, 999, 998... and asks 1001, 1002... of 10 each, so that each side's baseline (the median of its top
 * N = 5 levels) stays 10 while one level at a time is made a wall: seeds from 20, walls from 50, kept down to 25.
 */
class WallTrackerTest
{
    private static final WallSettings SETTINGS = new WallSettings(5, 5.0, 2.0, 0.5, 0.0, 0, 0.0, 0.2, 0.5, 8);

    private final OrderBook book = new ArrayOrderBook();
    private final RecordingWallListener listener = new RecordingWallListener();
    private long timeNs = 1_000_000_000L;

    private WallTracker tracker(final WallSettings settings)
    {
        return new WallTracker(7, settings, 1, 0, 0, listener);
    }

    /** Bids 1000..991 and asks 1001..1010, 10 each. */
    private void evenBook()
    {
        for (int i = 0; i < 10; i++)
        {
            book.set(Side.BID, 1000 - i, 10);
            book.set(Side.ASK, 1001 + i, 10);
        }
    }

    private List<String> evaluate(final WallTracker tracker)
    {
        timeNs += 1_000_000L;
        tracker.evaluate(timeNs, book);
        return listener.take();
    }

    @Test
    void shouldFollowABidWallFromAppearanceThroughGrowthAndShrinkingToItsPull()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.baseline(Side.BID)).isEqualTo(10.0);

        book.set(Side.BID, 998, 60);
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #1 998..998 lv=1 size=60 peak=60 traded=0");
        book.set(Side.BID, 998, 80);   // +20 >= 20% of 60
        assertThat(evaluate(tracker)).containsExactly("BID GREW #1 998..998 lv=1 size=80 peak=80 traded=0");
        book.set(Side.BID, 998, 70);   // -10 < 20% of 80: not reported
        assertThat(evaluate(tracker)).isEmpty();
        book.set(Side.BID, 998, 60);   // -20 >= 16 against the 80 last reported
        assertThat(evaluate(tracker)).containsExactly("BID SHRANK #1 998..998 lv=1 size=60 peak=80 traded=0");
        book.set(Side.BID, 998, 30);   // below a new wall's 50 but above the hold of 25: kept
        assertThat(evaluate(tracker)).containsExactly("BID SHRANK #1 998..998 lv=1 size=30 peak=80 traded=0");
        assertThat(tracker.wallSize(1)).isEqualTo(30);
        assertThat(tracker.wallPeakSize(1)).isEqualTo(80);
        book.set(Side.BID, 998, 24);   // below the hold: ends, 56 of 80 gone without a trade
        final List<RecordingWallListener.Event> events = takeEvents(tracker);
        assertThat(events).extracting(RecordingWallListener.Event::line)
            .containsExactly("BID PULLED #1 998..998 lv=1 size=24 peak=80 traded=0");
        final RecordingWallListener.Event pulled = events.get(0);
        assertThat(pulled.instrumentId()).isEqualTo(7);
        assertThat(pulled.ageNs()).isEqualTo(5_000_000L);
        assertThat(pulled.notional()).isEqualTo(998.0 * 24);
        assertThat(pulled.tradedFraction()).isEqualTo(0.0);
        assertThat(pulled.distanceBps()).isCloseTo((1000.5 - 998) * 10_000 / 1000.5, within(1e-9));
        assertThat(tracker.liveWalls(Side.BID)).isZero();
        assertThat(tracker.wallSize(1)).isEqualTo(ABSENT);
    }

    @Test
    void shouldNeedTheFullThresholdsToAppearButOnlyTheHoldToStay()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.ASK, 1003, 45);   // a seed, but under 5 x 10
        assertThat(evaluate(tracker)).isEmpty();
        book.set(Side.ASK, 1003, 50);
        assertThat(evaluate(tracker)).containsExactly("ASK APPEARED #1 1003..1003 lv=1 size=50 peak=50 traded=0");
        book.set(Side.ASK, 1003, 45);   // back under 50: still a wall, and -10% is no change
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.liveWalls(Side.ASK)).isEqualTo(1);

        // A wall pushed beyond the top N by new levels in front of it is kept within the hold levels (10)...
        book.set(Side.ASK, 1003, 50);
        evaluate(tracker);
        book.set(Side.BID, 1000, 0);
        for (int i = 0; i < 5; i++)
        {
            book.set(Side.ASK, 1000 - i, 10);   // asks from 996: the wall is now the 8th level
        }
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.nearestWallId(Side.ASK)).isEqualTo(1);
        // ...but a new one is not created there
        book.set(Side.ASK, 1005, 60);
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.liveWalls(Side.ASK)).isEqualTo(1);
    }

    @Test
    void shouldMeasureWallsAgainstTheMedianSoThatOneHugeLevelDoesNotRaiseTheBar()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 1000, 10_000);
        book.set(Side.BID, 997, 50);
        assertThat(evaluate(tracker)).containsExactly(
            "BID APPEARED #1 1000..1000 lv=1 size=10000 peak=10000 traded=0",
            "BID APPEARED #2 997..997 lv=1 size=50 peak=50 traded=0");
        assertThat(tracker.baseline(Side.BID)).isEqualTo(10.0);

        assertThat(SideBaseline.median(new long[] {5, 1, 9}, new long[3], 3)).isEqualTo(5.0);
        assertThat(SideBaseline.median(new long[] {30, 10, 1000, 20}, new long[4], 4)).isEqualTo(25.0);
        assertThat(SideBaseline.median(new long[] {7}, new long[1], 1)).isEqualTo(7.0);
        assertThat(SideBaseline.median(new long[] {4, 4, 4, 1, 9, 4}, new long[6], 6)).isEqualTo(4.0);
        final long[] values = {9, 3, 7, 1, 5, 8, 2, 6, 4};
        assertThat(SideBaseline.median(values, new long[9], 9)).isEqualTo(5.0);
        assertThat(values).containsExactly(9, 3, 7, 1, 5, 8, 2, 6, 4);   // left unchanged
    }

    @Test
    void shouldFadeAWallWhoseOrdersStillRestWhenTheBaselineRises()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 998, 60);
        evaluate(tracker);
        for (int i = 0; i < 10; i++)
        {
            if (i != 2)
            {
                book.set(Side.BID, 1000 - i, 30);   // median 30: the hold is 0.5 x 150 = 75 > 60
            }
        }
        final List<RecordingWallListener.Event> events = takeEvents(tracker);
        assertThat(events).extracting(RecordingWallListener.Event::line)
            .containsExactly("BID FADED #1 998..998 lv=1 size=60 peak=60 traded=0");
        assertThat(events.get(0).tradedFraction()).isNaN();   // nothing was removed
        assertThat(WallTracker.isEnd(WallChange.FADED)).isTrue();
        assertThat(WallTracker.isEnd(WallChange.CONSUMED)).isTrue();
        assertThat(WallTracker.isEnd(WallChange.PULLED)).isTrue();
        assertThat(WallTracker.isEnd(WallChange.SHRANK)).isFalse();
        assertThat(WallTracker.isEnd(WallChange.APPEARED)).isFalse();
    }

    @Test
    void shouldCallAWallConsumedWhenTradesAtItsPricesExplainItsLoss()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 998, 60);
        book.set(Side.ASK, 1003, 70);
        assertThat(evaluate(tracker)).containsExactly(
            "BID APPEARED #1 998..998 lv=1 size=60 peak=60 traded=0",
            "ASK APPEARED #2 1003..1003 lv=1 size=70 peak=70 traded=0");

        tracker.onTrade(timeNs, 998, 25, AggressorSide.SELL);
        tracker.onTrade(timeNs, 998, 15, AggressorSide.SELL);
        tracker.onTrade(timeNs, 999, 50, AggressorSide.SELL);    // not at its price
        tracker.onTrade(timeNs, 998, 100, AggressorSide.BUY);    // a buyer does not trade a bid wall
        tracker.onTrade(timeNs, 1003, 20, AggressorSide.BUY);
        tracker.onTrade(timeNs, 1003, 10, AggressorSide.SELL);   // a seller does not trade an ask wall
        assertThat(tracker.wallTradedQty(1)).isEqualTo(40);
        assertThat(tracker.wallTradedQty(2)).isEqualTo(20);
        book.set(Side.BID, 998, 20);   // 40 of 60 gone, 40 traded
        book.set(Side.ASK, 1003, 20);  // 50 of 70 gone, 20 traded: 0.4 < 0.5 of it
        final List<RecordingWallListener.Event> events = takeEvents(tracker);
        assertThat(events).extracting(RecordingWallListener.Event::line).containsExactly(
            "BID CONSUMED #1 998..998 lv=1 size=20 peak=60 traded=40",
            "ASK PULLED #2 1003..1003 lv=1 size=20 peak=70 traded=20");
        assertThat(events.get(0).tradedFraction()).isEqualTo(1.0);
        assertThat(events.get(1).tradedFraction()).isEqualTo(0.4);
    }

    @Test
    void shouldCallAWallTradedThroughConsumedEvenAfterPartOfItWasPulled()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 1000, 60);
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #1 1000..1000 lv=1 size=60 peak=60 traded=0");
        book.set(Side.BID, 1000, 26);   // 34 cancelled
        assertThat(evaluate(tracker)).containsExactly("BID SHRANK #1 1000..1000 lv=1 size=26 peak=60 traded=0");
        tracker.onTrade(timeNs, 1000, 26, AggressorSide.SELL);   // the rest sold into, and the price goes on
        book.set(Side.BID, 1000, 0);
        // traded 26 is under half the loss of 60, but all of what was last seen: traded through
        assertThat(evaluate(tracker)).containsExactly("BID CONSUMED #1 1000..1000 lv=1 size=0 peak=60 traded=26");
    }

    @Test
    void shouldCallAWallPulledJustBeforeThePriceFellThroughPulled()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 1000, 60);
        evaluate(tracker);
        book.set(Side.BID, 1000, 26);
        evaluate(tracker);
        listener.take();
        tracker.onTrade(timeNs, 1000, 5, AggressorSide.SELL);
        book.set(Side.BID, 1000, 0);
        assertThat(evaluate(tracker)).containsExactly("BID PULLED #1 1000..1000 lv=1 size=0 peak=60 traded=5");
    }

    @Test
    void shouldCountATradeOfUnknownAggressorOnEitherSideButNotAsATradeThrough()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 1000, 60);
        book.set(Side.ASK, 1001, 60);
        evaluate(tracker);
        tracker.onTrade(timeNs, 1000, 12, AggressorSide.NULL_VAL);
        tracker.onTrade(timeNs, 1001, 14, AggressorSide.NULL_VAL);
        assertThat(tracker.wallTradedQty(1)).isEqualTo(12);
        assertThat(tracker.wallTradedQty(2)).isEqualTo(14);
    }

    @Test
    void shouldClusterAdjacentSeedsWithinTheTickDistance()
    {
        evenBook();
        book.set(Side.BID, 998, 30);
        book.set(Side.BID, 996, 30);   // 997 between them stays an ordinary 10

        final WallTracker oneTick = tracker(SETTINGS.withClusterTicks(1));
        assertThat(evaluate(oneTick)).isEmpty();   // two 30s, each under 50

        final WallTracker twoTicks = tracker(SETTINGS.withClusterTicks(2));
        assertThat(evaluate(twoTicks)).containsExactly("BID APPEARED #1 996..998 lv=3 size=70 peak=70 traded=0");
        assertThat(twoTicks.wallLowPrice(1)).isEqualTo(996);
        assertThat(twoTicks.wallHighPrice(1)).isEqualTo(998);

        // a run of ordinary levels does not carry a cluster on: 995 is within reach of 996 but not a seed
        book.set(Side.BID, 993, 30);
        assertThat(evaluate(twoTicks)).isEmpty();
        assertThat(twoTicks.wallLowPrice(1)).isEqualTo(996);
    }

    @Test
    void shouldClusterWithinBasisPointsOfTheBestPrice()
    {
        // levels every 5 from 10000: 10 bps of the best bid is 10
        for (int i = 0; i < 10; i++)
        {
            book.set(Side.BID, 10_000 - 5 * i, 10);
            book.set(Side.ASK, 10_005 + 5 * i, 10);
        }
        book.set(Side.BID, 9990, 30);
        book.set(Side.BID, 9980, 30);

        final WallTracker fiveBps = new WallTracker(7, SETTINGS.withClusterBps(5), 5, 0, 0, listener);
        assertThat(evaluate(fiveBps)).isEmpty();
        final WallTracker tenBps = new WallTracker(7, SETTINGS.withClusterBps(10), 5, 0, 0, listener);
        assertThat(evaluate(tenBps)).containsExactly("BID APPEARED #1 9980..9990 lv=3 size=70 peak=70 traded=0");
    }

    @Test
    void shouldRequireTheMinimumNotional()
    {
        final WallTracker tracker = tracker(SETTINGS.withMinNotional(60_000));
        evenBook();
        book.set(Side.BID, 998, 60);   // 59,880
        assertThat(evaluate(tracker)).isEmpty();
        book.set(Side.BID, 998, 61);   // 60,878
        final List<RecordingWallListener.Event> events = takeEvents(tracker);
        assertThat(events).extracting(RecordingWallListener.Event::line).containsExactly("BID APPEARED #1 998..998 lv=1 size=61 peak=61 traded=0");
        assertThat(events.get(0).notional()).isEqualTo(60_878.0);
        book.set(Side.BID, 998, 58);   // 57,884: above half the minimum, kept
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.liveWalls(Side.BID)).isEqualTo(1);
    }

    @Test
    void shouldScaleNotionalByTheExponents()
    {
        // 998.00 x 0.060 = 59.88 quote
        final WallTracker tracker = new WallTracker(7, SETTINGS.withMinNotional(59.0), 1, -2, -3, listener);
        for (int i = 0; i < 5; i++)
        {
            book.set(Side.BID, 99_800 - i, i == 0 ? 60 : 10);
            book.set(Side.ASK, 99_801 + i, 10);
        }
        tracker.evaluate(timeNs, book);
        assertThat(listener.takeEvents()).singleElement()
            .satisfies(e -> assertThat(e.notional()).isCloseTo(59.88, within(1e-12)));
    }

    @Test
    void shouldKeepTheOldestIdWhenTwoWallsMergeAndFadeTheYoungerOne()
    {
        final WallTracker tracker = tracker(SETTINGS.withLevels(8).withClusterTicks(2));
        evenBook();
        book.set(Side.BID, 999, 60);
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #1 999..999 lv=1 size=60 peak=60 traded=0");
        book.set(Side.BID, 995, 60);   // 4 ticks away: its own wall
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #2 995..995 lv=1 size=60 peak=60 traded=0");
        book.set(Side.BID, 997, 30);   // a seed between them joins them into one cluster
        assertThat(evaluate(tracker)).containsExactly(
            "BID FADED #2 995..995 lv=1 size=60 peak=60 traded=0",
            "BID GREW #1 995..999 lv=5 size=170 peak=170 traded=0");
    }

    @Test
    void shouldTrackNoMoreThanTheCapacityKeepingTheLargestNewWalls()
    {
        final WallTracker tracker = tracker(SETTINGS.withMaxWallsPerSide(1));
        evenBook();
        book.set(Side.BID, 999, 60);
        book.set(Side.BID, 997, 70);
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #1 997..997 lv=1 size=70 peak=70 traded=0");
        book.set(Side.BID, 997, 10);
        assertThat(evaluate(tracker)).containsExactly(
            "BID PULLED #1 997..997 lv=1 size=10 peak=70 traded=0",
            "BID APPEARED #2 999..999 lv=1 size=60 peak=60 traded=0");
    }

    @Test
    void shouldSuggestEntryInFrontOfTheSupportTakeProfitBeforeTheOpposingWallAndStopBehindTheSupport()
    {
        final WallTracker tracker = tracker(SETTINGS.withLevels(8).withClusterTicks(1));
        evenBook();
        book.set(Side.BID, 997, 30);
        book.set(Side.BID, 996, 30);   // bid wall 996..997
        book.set(Side.BID, 993, 60);   // a farther bid wall
        book.set(Side.ASK, 1004, 60);  // ask wall 1004
        assertThat(tracker.entryPrice(LONG)).isEqualTo(ABSENT);   // not evaluated yet
        evaluate(tracker);
        assertThat(tracker.nearestWallId(Side.BID)).isEqualTo(1);
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(1);
        assertThat(tracker.opposingWallId(LONG)).isEqualTo(3);
        assertThat(tracker.supportingWallId(SHORT)).isEqualTo(3);
        assertThat(tracker.opposingWallId(SHORT)).isEqualTo(1);

        assertThat(tracker.entryPrice(LONG)).isEqualTo(998);        // one tick above the wall's high
        assertThat(tracker.takeProfitPrice(LONG)).isEqualTo(1003);  // one tick below the ask wall
        assertThat(tracker.stopPrice(LONG)).isEqualTo(995);         // one tick below the wall's low
        assertThat(tracker.entryPrice(SHORT)).isEqualTo(1003);
        assertThat(tracker.takeProfitPrice(SHORT)).isEqualTo(998);
        assertThat(tracker.stopPrice(SHORT)).isEqualTo(1005);

        // a wall at the touch with a one-tick spread: the entry joins it rather than cross
        book.set(Side.BID, 997, 10);
        book.set(Side.BID, 996, 10);
        book.set(Side.BID, 1000, 60);
        assertThat(evaluate(tracker)).containsExactly(
            "BID PULLED #1 996..997 lv=2 size=20 peak=60 traded=0",
            "BID APPEARED #4 1000..1000 lv=1 size=60 peak=60 traded=0");
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(4);
        assertThat(tracker.entryPrice(LONG)).isEqualTo(1000);
        assertThat(tracker.stopPrice(LONG)).isEqualTo(999);
        assertThat(tracker.wallLowPrice(2)).isEqualTo(993);   // the farther wall is still live
    }

    @Test
    void shouldAnswerAbsentWithoutWalls()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        evaluate(tracker);
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(ABSENT);
        assertThat(tracker.opposingWallId(SHORT)).isEqualTo(ABSENT);
        assertThat(tracker.entryPrice(LONG)).isEqualTo(ABSENT);
        assertThat(tracker.takeProfitPrice(SHORT)).isEqualTo(ABSENT);
        assertThat(tracker.stopPrice(SHORT)).isEqualTo(ABSENT);
        assertThat(tracker.wallLowPrice(1)).isEqualTo(ABSENT);
        book.clear();
        assertThat(evaluate(tracker)).isEmpty();
        assertThat(tracker.baseline(Side.ASK)).isNaN();
    }

    @Test
    void shouldPublishTheWallFeaturesAsRealPricesAndQuantities()
    {
        // prices at exponent -2 (10.00), quantities at -3 (0.010)
        final WallTracker tracker = new WallTracker(7, SETTINGS, 1, -2, -3, listener);
        evenBook();
        book.set(Side.BID, 997, 60);
        book.set(Side.ASK, 1004, 90);
        final FeatureVector features = new FeatureVector();
        tracker.publish(features, 10.005);
        assertThat(features.get(FeatureCatalog.WALL_PRESSURE)).isNaN();
        assertThat(features.get(FeatureCatalog.LONG_ENTRY)).isNaN();

        tracker.evaluate(timeNs, book);
        tracker.publish(features, 10.005);
        assertThat(features.get(FeatureCatalog.SUPPORT_WALL_PRICE)).isEqualTo(9.97);
        assertThat(features.get(FeatureCatalog.SUPPORT_WALL_SIZE)).isEqualTo(0.06);
        assertThat(features.get(FeatureCatalog.SUPPORT_WALL_DISTANCE_BPS)).isCloseTo((10.005 - 9.97) * 10_000 / 10.005, within(1e-9));
        assertThat(features.get(FeatureCatalog.OPPOSING_WALL_PRICE)).isEqualTo(10.04);
        assertThat(features.get(FeatureCatalog.OPPOSING_WALL_SIZE)).isEqualTo(0.09);
        assertThat(features.get(FeatureCatalog.OPPOSING_WALL_DISTANCE_BPS)).isCloseTo((10.04 - 10.005) * 10_000 / 10.005, within(1e-9));
        assertThat(features.get(FeatureCatalog.LONG_ENTRY)).isEqualTo(9.98);
        assertThat(features.get(FeatureCatalog.LONG_TAKE_PROFIT)).isEqualTo(10.03);
        assertThat(features.get(FeatureCatalog.LONG_STOP)).isEqualTo(9.96);
        assertThat(features.get(FeatureCatalog.SHORT_ENTRY)).isEqualTo(10.03);
        assertThat(features.get(FeatureCatalog.SHORT_TAKE_PROFIT)).isEqualTo(9.98);
        assertThat(features.get(FeatureCatalog.SHORT_STOP)).isEqualTo(10.05);
        assertThat(features.get(FeatureCatalog.WALL_PRESSURE)).isCloseTo((0.06 - 0.09) / 0.15, within(1e-12));

        // only a support wall: full pressure, the opposing features NaN
        book.set(Side.ASK, 1004, 10);
        tracker.evaluate(timeNs + 1, book);
        tracker.publish(features, 10.005);
        assertThat(features.get(FeatureCatalog.WALL_PRESSURE)).isEqualTo(1.0);
        assertThat(features.get(FeatureCatalog.OPPOSING_WALL_PRICE)).isNaN();
        assertThat(features.get(FeatureCatalog.OPPOSING_WALL_SIZE)).isNaN();
        assertThat(features.get(FeatureCatalog.LONG_TAKE_PROFIT)).isNaN();
        assertThat(features.get(FeatureCatalog.SHORT_ENTRY)).isNaN();
        assertThat(features.get(FeatureCatalog.SUPPORT_WALL_PRICE)).isEqualTo(9.97);
        tracker.publish(features, Double.NaN);
        assertThat(features.get(FeatureCatalog.SUPPORT_WALL_DISTANCE_BPS)).isNaN();
    }

    @Test
    void shouldKeepWallsThroughAResyncAndNeverCallTheMissingOnesPulled()
    {
        final WallTracker tracker = tracker(SETTINGS);
        evenBook();
        book.set(Side.BID, 998, 60);
        book.set(Side.BID, 996, 60);
        book.set(Side.ASK, 1003, 60);
        book.set(Side.ASK, 1005, 60);
        assertThat(evaluate(tracker)).hasSize(4);

        tracker.pause();
        assertThat(tracker.isPaused()).isTrue();
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(ABSENT);
        assertThat(tracker.entryPrice(LONG)).isEqualTo(ABSENT);
        book.clear();   // the resync: the book is rebuilt from a snapshot
        assertThat(tracker.evaluate(timeNs, book)).isFalse();
        tracker.onTrade(timeNs, 1003, 50, AggressorSide.BUY);   // trades go on during the gap
        evenBook();
        book.set(Side.BID, 998, 60);   // #1 still there
        book.set(Side.BID, 996, 10);   // #2 gone without trades: unknown why
        book.set(Side.ASK, 1003, 10);  // #3 gone, explained by the trades
        book.set(Side.ASK, 1005, 50);  // #4 smaller but kept
        assertThat(listener.take()).isEmpty();
        tracker.resume();
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(ABSENT);   // not reconciled yet
        assertThat(evaluate(tracker)).containsExactly(
            "BID FADED #2 996..996 lv=1 size=10 peak=60 traded=0",
            "ASK CONSUMED #3 1003..1003 lv=1 size=10 peak=60 traded=50");
        assertThat(tracker.supportingWallId(LONG)).isEqualTo(1);
        assertThat(tracker.opposingWallId(LONG)).isEqualTo(4);

        // once reconciled, a wall removed without trades is PULLED again
        book.set(Side.BID, 998, 10);
        assertThat(evaluate(tracker)).containsExactly("BID PULLED #1 998..998 lv=1 size=10 peak=60 traded=0");
        tracker.resume();   // not paused: nothing changes
        book.set(Side.ASK, 1005, 10);
        assertThat(evaluate(tracker)).containsExactly("ASK PULLED #4 1005..1005 lv=1 size=10 peak=60 traded=0");
    }

    @Test
    void shouldLearnTheTickFromTheBookWhenNotGiven()
    {
        // levels every 5: the tick is learned as 5 and clusterTicks = 1 reaches the next level
        for (int i = 0; i < 10; i++)
        {
            book.set(Side.BID, 1000 - 5 * i, 10);
            book.set(Side.ASK, 1010 + 5 * i, 10);
        }
        book.set(Side.BID, 990, 30);
        book.set(Side.BID, 985, 30);
        final WallTracker tracker = new WallTracker(7, SETTINGS.withClusterTicks(1), 0, 0, 0, listener);
        assertThat(tracker.tickSize()).isEqualTo(1);
        assertThat(evaluate(tracker)).containsExactly("BID APPEARED #1 985..990 lv=2 size=60 peak=60 traded=0");
        assertThat(tracker.tickSize()).isEqualTo(5);
        assertThat(tracker.entryPrice(LONG)).isEqualTo(995);
        assertThat(tracker.stopPrice(LONG)).isEqualTo(980);
        book.set(Side.ASK, 1013, 10);   // a gap of 3 anywhere: the tick can only be 1
        evaluate(tracker);
        assertThat(tracker.tickSize()).isEqualTo(1);
    }

    @Test
    void shouldRejectBadConstructorArguments()
    {
        assertThatThrownBy(() -> new WallTracker(1, SETTINGS, -1, 0, 0, listener)).hasMessageStartingWith("tickSize");
        assertThatThrownBy(() -> new WallTracker(1, SETTINGS, 1, 1, 0, listener)).hasMessageStartingWith("priceExponent");
        assertThatThrownBy(() -> new WallTracker(1, SETTINGS, 1, 0, -19, listener)).hasMessageStartingWith("qtyExponent");
        assertThatThrownBy(() -> new WallTracker(1, SETTINGS, 1, 0, 0, null)).hasMessageStartingWith("listener");
        assertThatThrownBy(() -> new WallTracker(1, null, 1, 0, 0, listener)).hasMessageStartingWith("settings");
        assertThatThrownBy(() -> SETTINGS.withHoldFraction(0)).hasMessageStartingWith("holdFraction");
        assertThatThrownBy(() -> SETTINGS.withClusterTicks(-1)).hasMessageStartingWith("clusterTicks");
        assertThat(SETTINGS.holdLevels()).isEqualTo(10);
        assertThat(SETTINGS.withHoldFraction(0.1).holdLevels()).isEqualTo(20);   // at most 4 N
    }

    private List<RecordingWallListener.Event> takeEvents(final WallTracker tracker)
    {
        timeNs += 1_000_000L;
        tracker.evaluate(timeNs, book);
        return listener.takeEvents();
    }
}
