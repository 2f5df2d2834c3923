package io.ringwall.engine.risk;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreTradeRiskTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final int BTC = 1;
    private static final int ETH = 2;

    /** BTC limits 0.5 per order, 20,000 notional, 1.0 position; 100 bps band; 3 orders, one per 500 ms. */
    private static final RiskSettings SETTINGS = new RiskSettings(
        new InstrumentRiskLimits(10, 50_000, 100),
        Map.of("btcusdt", new InstrumentRiskLimits(0.5, 20_000, 1.0), "ETHUSDT", new InstrumentRiskLimits(5, 20_000, 20)),
        100_000, 100, 3, 2.0, 5, 1_000_000_000L, 1_000, 2_000, 0.5, false);

    private KillSwitch killSwitch;
    private PreTradeRisk risk;

    // the order and the state around it: a 0.1 BTC buy at mid, everything else clear
    private int instrumentId;
    private Side side;
    private long price;
    private long qty;
    private double mid;
    private boolean bookLive;
    private long bookAgeNs;
    private long position;
    private double gross;
    private int openOrders;
    private long ourBid;
    private long ourAsk;
    private long nowNs;

    @BeforeEach
    void setUp()
    {
        killSwitch = new KillSwitch(SETTINGS, KillSwitchListener.NONE);
        risk = new PreTradeRisk(SETTINGS, killSwitch);
        risk.defineInstrument(BTC, "BTCUSDT");
        risk.defineInstrument(ETH, "ethusdt");
        instrumentId = BTC;
        side = Side.BID;
        price = 3_000_000L;
        qty = 10_000L;
        mid = 30_000.0;
        bookLive = true;
        bookAgeNs = 0;
        position = 0;
        gross = 0;
        openOrders = 0;
        ourBid = PreTradeRisk.NO_ORDER;
        ourAsk = PreTradeRisk.NO_ORDER;
        nowNs = T0;
    }

    private int check()
    {
        // price 10^-2, quantity 10^-5, like BTCUSDT
        return risk.check(instrumentId, side, price, qty, -2, -5, mid, bookLive, bookAgeNs, position, gross, openOrders,
            ourBid, ourAsk, nowNs);
    }

    @Test
    void shouldAcceptAnOrderWithinEveryLimitAndRecordItsInputs()
    {
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.lastVerdict()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.lastNotional()).isEqualTo(3_000.0);
        assertThat(risk.lastMeasured()).isNaN();
        assertThat(risk.lastInstrumentId()).isEqualTo(BTC);
        assertThat(risk.lastSide()).isEqualTo(Side.BID);
        assertThat(risk.lastPrice()).isEqualTo(3_000_000L);
        assertThat(risk.lastQty()).isEqualTo(10_000L);
        assertThat(risk.lastNowNs()).isEqualTo(T0);
        assertThat(risk.accepted()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnOrderAboveTheInstrumentsMaxQuantity()
    {
        qty = 50_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        qty = 50_001L;
        assertThat(check()).isEqualTo(RiskReason.ORDER_QTY);
        assertThat(risk.lastMeasured()).isEqualTo(0.50001);
        assertThat(risk.lastLimit()).isEqualTo(0.5);
        qty = 0;
        assertThat(check()).isEqualTo(RiskReason.ORDER_QTY);
        // ETH allows 5 per order
        instrumentId = ETH;
        qty = 400_000L;
        mid = 3_000.0;
        price = 300_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        // an instrument never defined gets the default limits (10 per order)
        instrumentId = 7;
        qty = 1_000_001L;
        assertThat(check()).isEqualTo(RiskReason.ORDER_QTY);
        assertThat(risk.lastLimit()).isEqualTo(10.0);
    }

    @Test
    void shouldRefuseAnOrderAboveTheMaxNotional()
    {
        mid = 40_000.0;
        price = 4_000_000L;
        qty = 50_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.lastNotional()).isEqualTo(20_000.0);
        price = 4_000_001L;
        assertThat(check()).isEqualTo(RiskReason.ORDER_NOTIONAL);
        assertThat(risk.lastLimit()).isEqualTo(20_000.0);
    }

    @Test
    void shouldRefuseAPriceOutsideTheBandAroundMidOnEitherSide()
    {
        price = 3_030_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        price = 3_030_001L;
        assertThat(check()).isEqualTo(RiskReason.PRICE_BAND);
        assertThat(risk.lastLimit()).isEqualTo(100.0);
        side = Side.ASK;
        position = 10_000L;
        price = 2_970_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        price = 2_969_999L;
        assertThat(check()).isEqualTo(RiskReason.PRICE_BAND);
        price = 3_000_000L;
        mid = Double.NaN;
        assertThat(check()).isEqualTo(RiskReason.PRICE_BAND);
    }

    @Test
    void shouldRefuseAnOrderThatWouldTradeWithOurOwnRestingOrder()
    {
        ourAsk = 3_000_001L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        ourAsk = 3_000_000L;
        assertThat(check()).isEqualTo(RiskReason.SELF_CROSS);
        side = Side.ASK;
        ourBid = 2_999_999L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        ourBid = 3_000_000L;
        assertThat(check()).isEqualTo(RiskReason.SELF_CROSS);
    }

    @Test
    void shouldRefuseAnOrderThatWouldTakeThePositionBeyondItsMaxEitherWay()
    {
        position = 90_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        qty = 10_001L;
        assertThat(check()).isEqualTo(RiskReason.POSITION_LIMIT);
        assertThat(risk.lastMeasured()).isEqualTo(1.00001);
        assertThat(risk.lastLimit()).isEqualTo(1.0);
        side = Side.ASK;
        position = -90_000L;
        qty = 10_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        qty = 10_001L;
        assertThat(check()).isEqualTo(RiskReason.POSITION_LIMIT);
    }

    @Test
    void shouldRefuseAnOrderThatWouldTakeGrossExposureBeyondItsMax()
    {
        gross = 97_000.0;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        gross = 97_000.01;
        assertThat(check()).isEqualTo(RiskReason.GROSS_EXPOSURE);
        assertThat(risk.lastLimit()).isEqualTo(100_000.0);
    }

    @Test
    void shouldRefuseAnOrderWhenAtTheMaxOpenOrders()
    {
        openOrders = 4;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        openOrders = 5;
        assertThat(check()).isEqualTo(RiskReason.OPEN_ORDERS);
    }

    @Test
    void shouldRefuseToTradeOnABookThatIsNotLiveOrTooOld()
    {
        bookLive = false;
        assertThat(check()).isEqualTo(RiskReason.BOOK_NOT_LIVE);
        bookLive = true;
        bookAgeNs = 1_000_000_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        bookAgeNs = 1_000_000_001L;
        assertThat(check()).isEqualTo(RiskReason.BOOK_STALE);
        assertThat(risk.lastMeasured()).isEqualTo(1_000_000_001.0);
    }

    @Test
    void shouldLetReducingOrdersPastPositionAndExposureButNotAFlipThroughZero()
    {
        // over the limits already (e.g. the limits were lowered): a sell that reduces still passes
        position = 150_000L;
        gross = 150_000.0;
        side = Side.ASK;
        qty = 50_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.lastReducing()).isTrue();
        // closing exactly to zero reduces
        position = 20_000L;
        qty = 20_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.lastReducing()).isTrue();
        // through zero to short 0.1 is new exposure
        qty = 30_000L;
        assertThat(check()).isEqualTo(RiskReason.GROSS_EXPOSURE);
        assertThat(risk.lastReducing()).isFalse();
        // a buy against a long never reduces
        side = Side.BID;
        qty = 10_000L;
        assertThat(check()).isEqualTo(RiskReason.GROSS_EXPOSURE);
        // fat-finger checks still apply to a reducing order
        side = Side.ASK;
        position = 150_000L;
        qty = 60_000L;
        assertThat(check()).isEqualTo(RiskReason.ORDER_QTY);
    }

    @Test
    void shouldRefillTheRateLimitBucketExactlyInEventTimeAndSpendOnlyOnAccept()
    {
        // a refused order spends no token
        bookLive = false;
        assertThat(check()).isEqualTo(RiskReason.BOOK_NOT_LIVE);
        bookLive = true;
        for (int i = 0; i < 3; i++)
        {
            assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        }
        assertThat(check()).isEqualTo(RiskReason.RATE_LIMIT);
        assertThat(risk.rateLimiter().levelNs()).isZero();
        nowNs = T0 + 499_999_999L;
        assertThat(check()).isEqualTo(RiskReason.RATE_LIMIT);
        assertThat(risk.lastMeasured()).isEqualTo(499_999_999.0);
        assertThat(risk.lastLimit()).isEqualTo(500_000_000.0);
        nowNs = T0 + 500_000_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.rateLimiter().levelNs()).isZero();
        assertThat(check()).isEqualTo(RiskReason.RATE_LIMIT);
        // 1.2 s later: two tokens and 200 ms towards the third
        nowNs = T0 + 1_700_000_000L;
        assertThat(risk.rateLimiter().tokens()).isZero();
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(risk.rateLimiter().levelNs()).isEqualTo(700_000_000L);
        // time going backwards earns nothing
        nowNs = T0;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        assertThat(check()).isEqualTo(RiskReason.RATE_LIMIT);
        assertThat(risk.rateLimiter().levelNs()).isEqualTo(200_000_000L);
        // a long gap fills the bucket to its capacity and no further
        nowNs = T0 + 3_600_000_000_000L;
        for (int i = 0; i < 3; i++)
        {
            assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        }
        assertThat(check()).isEqualTo(RiskReason.RATE_LIMIT);
    }

    @Test
    void shouldRefuseEverythingWhenHaltedExceptReducingOrdersWhileFlattening()
    {
        killSwitch.halt(T0);
        assertThat(check()).isEqualTo(RiskReason.HALTED);
        side = Side.ASK;
        position = 20_000L;
        assertThat(check()).as("reducing, no flatten").isEqualTo(RiskReason.HALTED);
        killSwitch.flatten(T0);
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        qty = 30_000L;
        assertThat(check()).as("through zero").isEqualTo(RiskReason.HALTED);
        killSwitch.resume(T0);
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
    }

    @Test
    void shouldAcceptOnlyReducingOrdersWhenReducing()
    {
        killSwitch.onEquity(T0, 10_000);
        killSwitch.onEquity(T0, 9_500);
        assertThat(killSwitch.state()).isEqualTo(TradingState.REDUCING);
        assertThat(check()).isEqualTo(RiskReason.REDUCE_ONLY);
        position = -10_000L;
        assertThat(check()).isEqualTo(RiskReason.ACCEPT);
        qty = 10_001L;
        assertThat(check()).isEqualTo(RiskReason.REDUCE_ONLY);
    }

    @Test
    void shouldReturnTheFirstFailingCheckInTheDocumentedOrder()
    {
        // fails every check at once
        bookLive = false;
        bookAgeNs = 2_000_000_000L;
        position = 60_000L;
        qty = 100_000L;
        price = 4_000_100L;
        ourAsk = 1L;
        gross = 1e9;
        openOrders = 99;
        final int[] expected = {
            RiskReason.BOOK_NOT_LIVE, RiskReason.BOOK_STALE, RiskReason.ORDER_QTY, RiskReason.ORDER_NOTIONAL,
            RiskReason.PRICE_BAND, RiskReason.SELF_CROSS, RiskReason.POSITION_LIMIT, RiskReason.GROSS_EXPOSURE,
            RiskReason.OPEN_ORDERS, RiskReason.ACCEPT };
        for (final int reason : expected)
        {
            assertThat(RiskReason.name(check())).isEqualTo(RiskReason.name(reason));
            // clear the failing condition and try again
            switch (reason)
            {
                case RiskReason.BOOK_NOT_LIVE -> bookLive = true;
                case RiskReason.BOOK_STALE -> bookAgeNs = 0;
                case RiskReason.ORDER_QTY -> qty = 50_000L;
                case RiskReason.ORDER_NOTIONAL -> price = 3_100_000L;
                case RiskReason.PRICE_BAND -> mid = 31_000.0;
                case RiskReason.SELF_CROSS -> ourAsk = PreTradeRisk.NO_ORDER;
                case RiskReason.POSITION_LIMIT -> position = 0;
                case RiskReason.GROSS_EXPOSURE -> gross = 0;
                case RiskReason.OPEN_ORDERS -> openOrders = 0;
                default -> { }
            }
        }
    }

    @Test
    void shouldNotAllocateWhenChecking()
    {
        final long[] prices = {3_000_000L, 3_100_000L, 2_990_000L};
        final long[] qtys = {10_000L, 70_000L, 5_000L};
        // long enough for the JIT to settle: its one-off deoptimisations allocate on this thread
        for (int i = 0; i < 300_000; i++)
        {
            step(i, prices, qtys);
        }
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        // the first reads of the counter allocate (class loading); measure from a warm one
        threads.getThreadAllocatedBytes(thread);
        final long before = threads.getThreadAllocatedBytes(thread);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++)
        {
            accepted += step(i, prices, qtys) == RiskReason.ACCEPT ? 1 : 0;
        }
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(accepted).isPositive();
        // alone this measures 0; in a shared JVM the JIT's one-off deoptimisations may charge a few hundred bytes
        // to this thread (as in LogicAllocationTest): one object per check would be over a megabyte
        assertThat(allocated).as("bytes allocated over 100,000 checks").isLessThan(1_024);
    }

    private int step(final int i, final long[] prices, final long[] qtys)
    {
        nowNs += 100_000_000L;
        side = (i & 1) == 0 ? Side.BID : Side.ASK;
        price = prices[i % prices.length];
        qty = qtys[i % qtys.length];
        position = (i % 5 - 2) * 10_000L;
        killSwitch.onEquity(nowNs, 10_000 + (i % 7));
        return check();
    }
}
