package io.ringwall.engine.paper;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.book.TreeMapOrderBook;
import io.ringwall.engine.venue.ExecutionVenue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The paper venue's matching rules on hand-built books and trades, every number worked out by hand.
 * Prices are mantissas at exponent -2 (10100 = 101.00), quantities at exponent 0.
 */
class PaperVenueTest
{
    private static final int BTC = 1;

    private final RecordingListener listener = new RecordingListener();
    private OrderBook book;
    private PaperVenue venue;

    @BeforeEach
    void setUp()
    {
        book = new TreeMapOrderBook();
        venue = venue(0, 0, 0.0, 0.0);
        // bids 100.00 x 7, 99.00 x 4; asks 101.00 x 2, 102.00 x 3, 103.00 x 5
        book.set(Side.BID, 10000, 7);
        book.set(Side.BID, 9900, 4);
        book.set(Side.ASK, 10100, 2);
        book.set(Side.ASK, 10200, 3);
        book.set(Side.ASK, 10300, 5);
    }

    private PaperVenue venue(final long orderLatency, final long cancelLatency, final double makerBps, final double takerBps)
    {
        final PaperVenue v = new PaperVenue(listener, 4, 8, orderLatency, cancelLatency, makerBps, takerBps);
        v.defineInstrument(BTC, book, -2, 0);
        return v;
    }

    @Test
    void shouldWalkTheBookLevelByLevelAndCancelTheIocRemainder()
    {
        venue.submit(1, BTC, Side.BID, 10200, 10, ExecutionVenue.IOC, 100);

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @100",
            "fill 1 2@10100 leaves 8 taker @100",
            "fill 1 3@10200 leaves 5 taker @100",
            "cancelled 1 leaves 5 @100");
        assertThat(venue.openOrders()).isZero();
    }

    @Test
    void shouldRestTheRemainderOfANonIocOrderAtItsLimit()
    {
        venue.submit(1, BTC, Side.ASK, 9900, 15, ExecutionVenue.NONE, 100);

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @100",
            "fill 1 7@10000 leaves 8 taker @100",
            "fill 1 4@9900 leaves 4 taker @100");
        assertThat(venue.leavesQty(1)).isEqualTo(4);
        assertThat(venue.queueAhead(1)).isEqualTo(0); // nobody offers at 99.00 but us

        // the bid side refills below us; a buyer at 99.00 then fills the rest
        book.set(Side.BID, 10000, 0);
        book.set(Side.BID, 9900, 0);
        book.set(Side.BID, 9800, 3);
        venue.onBook(BTC, 110);
        venue.onTrade(BTC, 9900, 6, AggressorSide.BUY, 120);
        assertThat(listener.drain()).containsExactly("fill 1 4@9900 leaves 0 maker @120");
    }

    @Test
    void shouldNotFillTwiceFromLiquidityItAlreadyTook()
    {
        venue.submit(1, BTC, Side.BID, 10100, 2, ExecutionVenue.IOC, 100);
        book.set(Side.BID, 9900, 6); // an unrelated level changes: 101.00 x 2 is still displayed
        venue.onBook(BTC, 110);
        venue.submit(2, BTC, Side.BID, 10200, 4, ExecutionVenue.IOC, 120);

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @100",
            "fill 1 2@10100 leaves 0 taker @100",
            "accepted 2 @120",
            "fill 2 3@10200 leaves 1 taker @120",
            "cancelled 2 leaves 1 @120");

        // the venue now shows 101.00 at a new size: the memory of that level goes, the rest still holds
        book.set(Side.ASK, 10100, 5);
        venue.onBook(BTC, 130);
        venue.submit(3, BTC, Side.BID, 10200, 9, ExecutionVenue.IOC, 140);

        assertThat(listener.drain()).containsExactly(
            "accepted 3 @140",
            "fill 3 5@10100 leaves 4 taker @140",
            "cancelled 3 leaves 4 @140");
    }

    @Test
    void shouldJoinTheQueueBehindTheDisplayedSizeAtPlacement()
    {
        venue.submit(1, BTC, Side.BID, 10000, 3, ExecutionVenue.NONE, 100);
        venue.submit(2, BTC, Side.BID, 10050, 3, ExecutionVenue.NONE, 100);

        assertThat(listener.drain()).containsExactly("accepted 1 @100", "accepted 2 @100");
        assertThat(venue.queueAhead(1)).isEqualTo(7);
        assertThat(venue.queueAhead(2)).isEqualTo(0); // a new best bid: nobody ahead
    }

    @Test
    void shouldLetTradesConsumeTheQueueAheadThenFillUs()
    {
        venue.submit(1, BTC, Side.BID, 10000, 3, ExecutionVenue.NONE, 100);
        listener.drain();

        venue.onTrade(BTC, 10000, 5, AggressorSide.SELL, 110);
        assertThat(venue.queueAhead(1)).isEqualTo(2);
        venue.onTrade(BTC, 10000, 9, AggressorSide.BUY, 115); // a buyer at 100.00 does not trade with bids
        assertThat(venue.queueAhead(1)).isEqualTo(2);
        venue.onTrade(BTC, 9900, 1, AggressorSide.BUY, 116); // nor below our price
        venue.onTrade(BTC, 10000, 4, AggressorSide.SELL, 120);
        venue.onTrade(BTC, 10000, 3, AggressorSide.SELL, 130);

        assertThat(listener.drain()).containsExactly(
            "fill 1 2@10000 leaves 1 maker @120",
            "fill 1 1@10000 leaves 0 maker @130");
        assertThat(venue.openOrders()).isZero();
    }

    @Test
    void shouldShrinkTheQueueAheadProportionallyToCancelsAtOurPrice()
    {
        book.set(Side.BID, 10000, 40);
        venue.submit(1, BTC, Side.BID, 10000, 3, ExecutionVenue.NONE, 100);
        assertThat(venue.queueAhead(1)).isEqualTo(40);

        // 40 -> 20 with no trade: half the level cancelled, so half of the 40 ahead of us
        book.set(Side.BID, 10000, 20);
        venue.onBook(BTC, 110);
        assertThat(venue.queueAhead(1)).isEqualTo(20);

        // a trade of 5 explains 5 of the next decrease (20 -> 12): 15 left, 3 cancelled of 15 -> 15 - 15*3/15 = 12
        venue.onTrade(BTC, 10000, 5, AggressorSide.SELL, 120);
        assertThat(venue.queueAhead(1)).isEqualTo(15);
        book.set(Side.BID, 10000, 12);
        venue.onBook(BTC, 130);
        assertThat(venue.queueAhead(1)).isEqualTo(12);

        // 12 -> 9: 12 - floor(12 * 3 / 12) = 9; growth joins behind us
        book.set(Side.BID, 10000, 9);
        venue.onBook(BTC, 140);
        assertThat(venue.queueAhead(1)).isEqualTo(9);
        book.set(Side.BID, 10000, 30);
        venue.onBook(BTC, 150);
        assertThat(venue.queueAhead(1)).isEqualTo(9);

        // 30 -> 20 with 9 ahead: 9 - floor(9 * 10 / 30) = 6
        book.set(Side.BID, 10000, 20);
        venue.onBook(BTC, 160);
        assertThat(venue.queueAhead(1)).isEqualTo(6);
        assertThat(listener.drain()).containsExactly("accepted 1 @100");
    }

    @Test
    void shouldFillBetweenACancelAndTheMomentItTakesEffect()
    {
        venue = venue(10, 20, 0.0, 0.0);
        venue.submit(1, BTC, Side.BID, 10050, 3, ExecutionVenue.NONE, 0);
        venue.onTime(9);
        assertThat(listener.events).isEmpty();
        venue.onTime(12);
        assertThat(listener.drain()).containsExactly("accepted 1 @10");

        venue.cancel(1, 15); // takes effect at 35
        venue.onTrade(BTC, 10050, 1, AggressorSide.SELL, 20);
        venue.onTrade(BTC, 10050, 1, AggressorSide.SELL, 34);
        venue.onTrade(BTC, 10050, 1, AggressorSide.SELL, 35); // released first: the cancel is due at 35

        assertThat(listener.drain()).containsExactly(
            "fill 1 1@10050 leaves 2 maker @20",
            "fill 1 1@10050 leaves 1 maker @34",
            "cancelled 1 leaves 1 @35");
    }

    @Test
    void shouldMatchAnOrderAgainstTheBookItFindsWhenItArrives()
    {
        venue = venue(10, 5, 0.0, 0.0);
        venue.submit(1, BTC, Side.BID, 10100, 2, ExecutionVenue.IOC, 0);
        book.set(Side.ASK, 10100, 0); // the ask is gone before we get there
        venue.onBook(BTC, 10);
        venue.submit(2, BTC, Side.BID, 10000, 2, ExecutionVenue.NONE, 20);
        venue.cancel(2, 21); // due at 26, before the order arrives at 30

        venue.onTime(40);

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @10",
            "cancelled 1 leaves 2 @10",
            "cancelled 2 leaves 2 @26");
    }

    @Test
    void shouldRejectAPostOnlyOrderThatWouldTake()
    {
        venue.submit(1, BTC, Side.BID, 10100, 1, ExecutionVenue.POST_ONLY, 100);
        venue.submit(2, BTC, Side.ASK, 10100, 1, ExecutionVenue.POST_ONLY, 100);

        assertThat(listener.drain()).containsExactly("rejected 1 WOULD_TAKE @100", "accepted 2 @100");
        assertThat(venue.queueAhead(2)).isEqualTo(2);
    }

    @Test
    void shouldChargeTakerFeesAndPayMakerRebatesInBpsOfNotional()
    {
        venue = venue(0, 0, -1.0, 10.0);
        venue.submit(1, BTC, Side.BID, 10100, 2, ExecutionVenue.IOC, 100); // 2 x 101.00 = 202.00 taken
        venue.submit(2, BTC, Side.BID, 10050, 5, ExecutionVenue.NONE, 100);
        venue.onTrade(BTC, 10050, 5, AggressorSide.SELL, 110); // 5 x 100.50 = 502.50 made

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @100",
            "fill 1 2@10100 leaves 0 taker @100",
            "accepted 2 @100",
            "fill 2 5@10050 leaves 0 maker @110");
        assertThat(listener.fees).containsExactly(202.0 * 10 / 10_000, 502.5 * -1 / 10_000);
        assertThat(listener.fees.get(0)).isEqualTo(0.202);
        assertThat(listener.fees.get(1)).isEqualTo(-0.05025);
    }

    @Test
    void shouldFillAtOurPriceWhenATradePrintsThroughIt()
    {
        venue.submit(1, BTC, Side.BID, 10000, 5, ExecutionVenue.NONE, 100);
        assertThat(venue.queueAhead(1)).isEqualTo(7);

        venue.onTrade(BTC, 9900, 3, AggressorSide.SELL, 110);

        assertThat(listener.drain()).containsExactly("accepted 1 @100", "fill 1 3@10000 leaves 2 maker @110");
        assertThat(venue.queueAhead(1)).isZero();
    }

    @Test
    void shouldFillAtOurPriceWhenTheBookCrossesItOnce()
    {
        venue.submit(1, BTC, Side.BID, 10000, 5, ExecutionVenue.NONE, 100);
        // sellers cleared our level and 2 now rest at 99.50, below our bid
        book.set(Side.BID, 10000, 0);
        book.set(Side.ASK, 9950, 2);
        venue.onBook(BTC, 110);
        venue.onBook(BTC, 120); // the same crossing liquidity does not fill us twice

        assertThat(listener.drain()).containsExactly("accepted 1 @100", "fill 1 2@10000 leaves 3 maker @110");
        assertThat(venue.queueAhead(1)).isZero();
    }

    @Test
    void shouldKeepTimePriorityAmongOurOwnOrdersAtOnePrice()
    {
        book.set(Side.BID, 10000, 10);
        venue.submit(1, BTC, Side.BID, 10000, 5, ExecutionVenue.NONE, 100);
        book.set(Side.BID, 10000, 12); // 2 join behind our first order
        venue.onBook(BTC, 105);
        venue.submit(2, BTC, Side.BID, 10000, 5, ExecutionVenue.NONE, 110);
        assertThat(venue.queueAhead(1)).isEqualTo(10);
        assertThat(venue.queueAhead(2)).isEqualTo(12);

        // 20 traded: 10 public, our 5, 2 public, 3 of our second order
        venue.onTrade(BTC, 10000, 20, AggressorSide.SELL, 120);

        assertThat(listener.drain()).containsExactly(
            "accepted 1 @100",
            "accepted 2 @110",
            "fill 1 5@10000 leaves 0 maker @120",
            "fill 2 3@10000 leaves 2 maker @120");
    }

    @Test
    void shouldCountATradeOfUnknownSideForTheSideItsPriceReaches()
    {
        venue.submit(1, BTC, Side.BID, 10050, 2, ExecutionVenue.NONE, 100);
        venue.submit(2, BTC, Side.ASK, 10080, 2, ExecutionVenue.NONE, 100);
        venue.onTrade(BTC, 10050, 1, AggressorSide.UNKNOWN, 110);

        assertThat(listener.drain()).containsExactly("accepted 1 @100", "accepted 2 @100", "fill 1 1@10050 leaves 1 maker @110");
    }

    @Test
    void shouldRejectWhenThereIsNoUsableMarket()
    {
        venue.submit(1, 3, Side.BID, 10000, 1, ExecutionVenue.NONE, 100); // never defined
        venue.setLive(BTC, false);
        venue.submit(2, BTC, Side.BID, 10000, 1, ExecutionVenue.NONE, 100);
        venue.setLive(BTC, true);
        book.set(Side.ASK, 10100, 0);
        book.set(Side.ASK, 10200, 0);
        book.set(Side.ASK, 10300, 0); // one-sided
        venue.submit(3, BTC, Side.BID, 10000, 1, ExecutionVenue.NONE, 100);
        book.set(Side.ASK, 9950, 1); // crossed
        venue.submit(4, BTC, Side.BID, 10000, 1, ExecutionVenue.NONE, 100);

        assertThat(listener.drain()).containsExactly(
            "rejected 1 NO_MARKET @100",
            "rejected 2 NO_MARKET @100",
            "rejected 3 NO_MARKET @100",
            "rejected 4 NO_MARKET @100");
        assertThat(venue.openOrders()).isZero();
    }

    @Test
    void shouldNeitherFillNorMoveTheQueueWhileTheBookIsNotLive()
    {
        book.set(Side.BID, 10000, 40);
        venue.submit(1, BTC, Side.BID, 10000, 3, ExecutionVenue.NONE, 100);
        venue.setLive(BTC, false);
        book.set(Side.BID, 10000, 10);
        venue.onBook(BTC, 110);
        venue.onTrade(BTC, 9900, 5, AggressorSide.SELL, 115);
        assertThat(venue.queueAhead(1)).isEqualTo(40);

        // live again at 10 displayed: no cancels inferred from the gap, the queue is capped at what is shown
        venue.setLive(BTC, true);
        venue.onBook(BTC, 120);
        assertThat(venue.queueAhead(1)).isEqualTo(10);
        assertThat(listener.drain()).containsExactly("accepted 1 @100");
    }

    @Test
    void shouldRejectInvalidDuplicateUnknownAndTooManyOrders()
    {
        venue.submit(1, BTC, Side.BID, 10000, 0, ExecutionVenue.NONE, 100);
        venue.submit(2, BTC, Side.BID, 0, 1, ExecutionVenue.NONE, 100);
        venue.submit(3, BTC, Side.NULL_VAL, 10000, 1, ExecutionVenue.NONE, 100);
        venue.submit(4, BTC, Side.BID, 10000, 1, 8, 100);
        venue.submit(5, BTC, Side.BID, 9000, 1, ExecutionVenue.NONE, 100);
        venue.submit(5, BTC, Side.BID, 9000, 1, ExecutionVenue.NONE, 100);
        venue.cancel(99, 100);
        assertThat(listener.drain()).containsExactly(
            "rejected 1 INVALID @100",
            "rejected 2 INVALID @100",
            "rejected 3 INVALID @100",
            "rejected 4 INVALID @100",
            "accepted 5 @100",
            "rejected 5 UNKNOWN_ORDER @100",
            "rejected 99 UNKNOWN_ORDER @100");

        for (int id = 6; id <= 13; id++)
        {
            venue.submit(id, BTC, Side.BID, 9000, 1, ExecutionVenue.NONE, 100);
        }
        assertThat(listener.events).hasSize(8).last().isEqualTo("rejected 13 TOO_MANY_ORDERS @100");
        assertThat(venue.openOrders()).isEqualTo(8);
    }

    @Test
    void shouldDropACancelForAnOrderThatFilledFirst()
    {
        venue = venue(0, 10, 0.0, 0.0);
        venue.submit(1, BTC, Side.BID, 10050, 1, ExecutionVenue.NONE, 100);
        venue.cancel(1, 101);
        venue.cancel(1, 102); // already on its way: ignored
        venue.onTrade(BTC, 10050, 1, AggressorSide.SELL, 105);
        venue.onTime(200);

        assertThat(listener.drain()).containsExactly("accepted 1 @100", "fill 1 1@10050 leaves 0 maker @105");
    }

    @Test
    void shouldValidateItsSettings()
    {
        assertThatThrownBy(() -> new PaperVenue(listener, 1, 0, 0, 0, 0, 0)).hasMessageContaining("maxOrders");
        assertThatThrownBy(() -> new PaperVenue(listener, 1, 1, -1, 0, 0, 0)).hasMessageContaining("orderLatencyNs");
        assertThatThrownBy(() -> new PaperVenue(listener, 1, 1, 0, -1, 0, 0)).hasMessageContaining("cancelLatencyNs");
        assertThatThrownBy(() -> new PaperVenue(listener, 1, 1, 0, 0, Double.NaN, 0)).hasMessageContaining("makerFeeBps");
        assertThatThrownBy(() -> new PaperVenue(listener, 0, 1, 0, 0, 0, 0)).hasMessageContaining("maxInstruments");
        assertThatThrownBy(() -> venue.defineInstrument(4, book, -2, 0)).hasMessageContaining("instrumentId");
    }
}
