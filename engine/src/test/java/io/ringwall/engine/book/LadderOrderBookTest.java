package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.ringwall.codecs.sbe.Side.ASK;
import static io.ringwall.codecs.sbe.Side.BID;
import static io.ringwall.engine.book.OrderBook.NULL_PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract on an 8-tick window, so that nearly every test also re-centres the window and uses the deep
 * levels, and again on the default window; then the ladder's own behaviour: learning the tick, following a
 * moving best, and holding prices no window could span. Ladder-specific tests compare against the reference
 * book after every step.
 */
class LadderOrderBookTest extends OrderBookContractTest
{
    private static final long BTC_TICK_AT_EXPONENT_MINUS_8 = 1_000_000;

    @Override
    protected OrderBook newBook()
    {
        return new LadderOrderBook(2, LadderOrderBook.MIN_WINDOW_TICKS);
    }

    @Nested
    class WithTheDefaultWindow extends OrderBookContractTest
    {
        @Override
        protected OrderBook newBook()
        {
            return new LadderOrderBook();
        }
    }

    private final TreeMapOrderBook reference = new TreeMapOrderBook();

    @Test
    void shouldLearnTheTickFromTheFirstTwoPricesOfEachSide()
    {
        final LadderOrderBook book = new LadderOrderBook();
        book.set(BID, 6_183_763_000_000L, 5);
        assertThat(book.tick(BID)).as("one price: no tick yet").isZero();
        book.set(BID, 6_183_762_000_000L, 6);
        book.set(ASK, 6_183_764_000_000L, 7);
        book.set(ASK, 6_183_767_000_000L, 8);

        assertThat(book.tick(BID)).isEqualTo(BTC_TICK_AT_EXPONENT_MINUS_8);
        assertThat(book.tick(ASK)).as("a gap of three ticks is all the asks have seen").isEqualTo(3 * BTC_TICK_AT_EXPONENT_MINUS_8);

        book.set(ASK, 6_183_765_000_000L, 9);
        assertThat(book.tick(ASK)).isEqualTo(BTC_TICK_AT_EXPONENT_MINUS_8);
        assertThat(book.price(ASK, 1)).isEqualTo(6_183_765_000_000L);
        assertThat(book.price(ASK, 2)).isEqualTo(6_183_767_000_000L);
        assertThat(book.qty(ASK, 2)).isEqualTo(8);
    }

    @Test
    void shouldShrinkTheTickWhenAnOffGridPriceArrivesLaterAndKeepEveryLevel()
    {
        final LadderOrderBook book = new LadderOrderBook(4, 64);
        for (int i = 0; i < 500; i++)
        {
            apply(book, BID, 1_000_000_000L - i * 1_000_000L, i + 1);
            apply(book, ASK, 1_001_000_000L + i * 1_000_000L, i + 1);
        }
        assertThat(book.tick(BID)).isEqualTo(1_000_000);

        apply(book, BID, 999_500_000L, 77);
        assertThat(book.tick(BID)).isEqualTo(500_000);
        apply(book, BID, 999_250_000L, 78);
        assertThat(book.tick(BID)).isEqualTo(250_000);
        apply(book, BID, 999_999_999L, 79);
        assertThat(book.tick(BID)).isEqualTo(1);
        apply(book, ASK, 1_000_999_990L, 80);
        assertThat(book.tick(ASK)).isEqualTo(10);

        OrderBookInvariants.check(book, true);
        OrderBookInvariants.assertSameLevels(reference, book);
        assertThat(book.depth(BID)).isEqualTo(503);
        assertThat(book.bestBidPrice()).isEqualTo(1_000_000_000L);
        assertThat(book.price(BID, 1)).isEqualTo(999_999_999L);
    }

    @Test
    void shouldFindAGridThatDoesNotPassThroughZero()
    {
        final LadderOrderBook book = new LadderOrderBook(4, 8);
        for (final long price : new long[]{ 105, 125, 115, 95, 185, 5 })
        {
            apply(book, ASK, price, price);
        }

        assertThat(book.tick(ASK)).isEqualTo(10);
        OrderBookInvariants.check(book, true);
        OrderBookInvariants.assertSameLevels(reference, book);
    }

    @Test
    void shouldNotLearnFromRemovingAnAbsentOffGridLevel()
    {
        final LadderOrderBook book = new LadderOrderBook();
        book.set(BID, 2_000, 1);
        book.set(BID, 1_000, 1);

        book.set(BID, 1_500, 0);
        book.set(BID, 1_001, 0);

        assertThat(book.tick(BID)).isEqualTo(1_000);
        assertThat(book.depth(BID)).isEqualTo(2);
    }

    @Test
    void shouldKeepTheLearnedTickAcrossClearAndRefillAnywhere()
    {
        final LadderOrderBook book = new LadderOrderBook(4, 8);
        book.set(BID, 5_000, 1);
        book.set(BID, 4_900, 1);

        book.clear();
        book.set(BID, 900_000, 3);
        book.set(BID, 899_800, 4);

        assertThat(book.tick(BID)).isEqualTo(100);
        assertThat(book.bestBidPrice()).isEqualTo(900_000);
        assertThat(book.price(BID, 1)).isEqualTo(899_800);
        assertThat(book.depth(BID)).isEqualTo(2);
    }

    @Test
    void shouldHoldLevelsFarBeyondATinyWindowInOrder()
    {
        final LadderOrderBook book = new LadderOrderBook(2, 8);
        for (int i = 0; i < 1_000; i++)
        {
            final long ticks = (i * 7_919L) % 1_000;
            apply(book, BID, 10_000_000 - ticks * 100, ticks + 1);
            apply(book, ASK, 10_000_100 + ticks * 100, ticks + 1);
        }

        assertThat(book.windowLevels(BID)).isLessThanOrEqualTo(8);
        assertThat(book.windowLevels(ASK)).isLessThanOrEqualTo(8);
        assertThat(book.depth(BID)).isEqualTo(1_000);
        assertThat(book.deepCapacity(BID)).as("the deep levels grew from 2").isGreaterThanOrEqualTo(992);
        OrderBookInvariants.check(book, true);
        OrderBookInvariants.assertSameLevels(reference, book);
    }

    @Test
    void shouldFollowABestThatWalksThousandsOfTicksUpAndBackDown()
    {
        final LadderOrderBook book = new LadderOrderBook(16, 64);
        final long tick = 50;
        long bid = 1_000_000 * tick;
        // A book that keeps 30 levels a side while the mid walks 5,000 ticks up and then 5,000 down.
        for (int step = 0; step < 20_000; step++)
        {
            final long move = step < 10_000 ? tick : -tick;
            if (step % 2 == 0)
            {
                apply(book, BID, bid + move, step + 1);
                apply(book, ASK, bid + move + 2 * tick, step + 1);
                apply(book, BID, bid - 30 * tick * Long.signum(move), 0);
                apply(book, ASK, bid + 2 * tick - 30 * tick * Long.signum(move), 0);
                bid += move;
            }
            else
            {
                apply(book, BID, bid - (step % 29) * tick, step);
                apply(book, ASK, bid + (2 + step % 29) * tick, step);
            }
            assertAgreeOnTop(book, step);
            if (step % 97 == 0)
            {
                OrderBookInvariants.check(book, true);
                OrderBookInvariants.assertSameLevels(reference, book);
            }
        }
        OrderBookInvariants.assertSameLevels(reference, book);
        assertThat(book.tick(BID)).isEqualTo(tick);
    }

    @Test
    void shouldHoldAHugePriceRangeWhenTheTickCollapsesToOne()
    {
        final LadderOrderBook book = new LadderOrderBook(2, 8);
        final long max = Long.MAX_VALUE - 1;
        final Random random = new Random(5);
        for (int i = 0; i < 5_000; i++)
        {
            final Side side = random.nextBoolean() ? BID : ASK;
            final long price;
            switch (random.nextInt(4))
            {
                case 0:
                    price = 1 + random.nextInt(100);
                    break;
                case 1:
                    price = max - random.nextInt(100);
                    break;
                case 2:
                    price = 1 + (random.nextLong() >>> 1) % max;
                    break;
                default:
                    price = 1_000_000_000L + random.nextInt(50);
                    break;
            }
            apply(book, side, price, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1_000));
            assertAgreeOnTop(book, i);
            if (i % 101 == 0)
            {
                OrderBookInvariants.check(book, true);
                OrderBookInvariants.assertSameLevels(reference, book);
            }
        }

        assertThat(book.tick(BID)).isEqualTo(1);
        assertThat(book.tick(ASK)).isEqualTo(1);
        OrderBookInvariants.assertSameLevels(reference, book);
    }

    @Test
    void shouldWorkAtTheRealTickAndAtTheDefaultExponentAlike()
    {
        // BTCUSDT at priceScale 2 (tick 1 mantissa unit) and imported at exponent -8 (tick 1,000,000 units).
        for (final long scale : new long[]{ 1, BTC_TICK_AT_EXPONENT_MINUS_8 })
        {
            reference.clear();
            final LadderOrderBook book = new LadderOrderBook(16, 256);
            final Random random = new Random(scale);
            long mid = 6_183_763;
            for (int step = 0; step < 50_000; step++)
            {
                mid += random.nextInt(101) == 0 ? random.nextInt(401) - 200 : 0;
                final Side side = random.nextBoolean() ? BID : ASK;
                final long ticksAway = (long)Math.abs(random.nextGaussian() * (random.nextInt(5) == 0 ? 2_000 : 20));
                final long price = side == BID ? mid - ticksAway : mid + 1 + ticksAway;
                apply(book, side, price * scale, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1_000));
                assertAgreeOnTop(book, step);
            }
            OrderBookInvariants.check(book, true);
            OrderBookInvariants.assertSameLevels(reference, book);
            assertThat(book.tick(BID)).isEqualTo(scale);
            assertThat(book.tick(ASK)).isEqualTo(scale);
        }
    }

    @Test
    void shouldCopyAnotherLadderOfAnyWindowAndStayIndependent()
    {
        final LadderOrderBook source = new LadderOrderBook(4, 8);
        for (int i = 0; i < 200; i++)
        {
            source.set(BID, 10_000 - 7 * i, i + 1);
            source.set(ASK, 10_001 + 3 * i, i + 1);
        }
        for (final LadderOrderBook copy : new LadderOrderBook[]{ new LadderOrderBook(4, 8), new LadderOrderBook(4, 1024) })
        {
            copy.set(BID, 3, 3);
            copy.copyFrom(source);

            OrderBookInvariants.check(copy, true);
            OrderBookInvariants.assertSameLevels(source, copy);
            copy.set(BID, 10_000, 0);
            copy.set(BID, 10_000 - 7 * 150, 0);
            assertThat(source.bestBidPrice()).isEqualTo(10_000);
            assertThat(source.qtyAt(BID, 10_000 - 7 * 150)).isEqualTo(151);
            assertThat(copy.bestBidPrice()).isEqualTo(10_000 - 7);
            assertThat(copy.depth(BID)).isEqualTo(198);
        }
    }

    @Test
    void shouldReadLevelsInAnyOrderAfterTheCursorMoved()
    {
        final LadderOrderBook book = new LadderOrderBook(4, 64);
        for (int i = 0; i < 40; i++)
        {
            book.set(ASK, 1_000 + 3 * i, i + 1);
        }

        assertThat(book.price(ASK, 30)).isEqualTo(1_090);
        assertThat(book.price(ASK, 2)).isEqualTo(1_006);
        assertThat(book.qty(ASK, 2)).isEqualTo(3);
        assertThat(book.price(ASK, 3)).isEqualTo(1_009);
        book.set(ASK, 1_003, 0);
        assertThat(book.price(ASK, 3)).as("a removal moves every later level up").isEqualTo(1_012);
        assertThat(book.price(ASK, 39)).isEqualTo(NULL_PRICE);
    }

    @Test
    void shouldAllocateNothingOnceWarmThroughRecentringAndDeepLevels()
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final LadderOrderBook book = new LadderOrderBook(4_096, 1_024);
        final long[] prices = new long[200_000];
        final long[] qtys = new long[prices.length];
        final Random random = new Random(11);
        long mid = 5_000_000;
        for (int i = 0; i < prices.length; i++)
        {
            // A mid walking thousands of ticks either way, so the window re-centres, and a deep tail.
            mid += random.nextInt(50) == 0 ? random.nextInt(201) - 100 : 0;
            final long away = (long)Math.abs(random.nextGaussian() * (random.nextInt(10) == 0 ? 3_000 : 30));
            prices[i] = (i % 2 == 0 ? mid - away : mid + 1 + away) * 100;
            qtys[i] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1_000);
        }
        applyAll(book, prices, qtys);

        final long thread = Thread.currentThread().getId();
        threads.getThreadAllocatedBytes(thread);
        final long before = threads.getThreadAllocatedBytes(thread);
        applyAll(book, prices, qtys);
        applyAll(book, prices, qtys);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(book.depth(BID) - book.windowLevels(BID)).as("deep bids").isPositive();
        assertThat(allocated).as("bytes allocated by %d updates", 2 * prices.length).isLessThan(1_024);
    }

    private static void applyAll(final LadderOrderBook book, final long[] prices, final long[] qtys)
    {
        for (int i = 0; i < prices.length; i++)
        {
            book.set(i % 2 == 0 ? BID : ASK, prices[i], qtys[i]);
        }
    }

    @Test
    void shouldRefuseAWindowThatIsNotAPowerOfTwoInRange()
    {
        assertThatThrownBy(() -> new LadderOrderBook(16, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LadderOrderBook(16, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LadderOrderBook(16, LadderOrderBook.MAX_WINDOW_TICKS * 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LadderOrderBook(0, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LadderOrderBook().windowTicks()).isEqualTo(LadderOrderBook.DEFAULT_WINDOW_TICKS);
    }

    private void apply(final LadderOrderBook book, final Side side, final long price, final long qty)
    {
        reference.set(side, price, qty);
        book.set(side, price, qty);
        if (book.qtyAt(side, price) != qty)
        {
            throw new AssertionError("qtyAt(" + side + ", " + price + ") is " + book.qtyAt(side, price) + " after setting " + qty);
        }
    }

    private void assertAgreeOnTop(final OrderBook book, final int step)
    {
        for (final Side side : new Side[]{ BID, ASK })
        {
            if (book.depth(side) != reference.depth(side) || book.bestPrice(side) != reference.bestPrice(side) ||
                book.bestQty(side) != reference.bestQty(side) || book.price(side, 1) != reference.price(side, 1) ||
                book.qty(side, 1) != reference.qty(side, 1))
            {
                throw new AssertionError(side + " differs after step " + step + ":\nreference " + reference + "\nladder    " + book);
            }
        }
        if (book.isCrossed() != reference.isCrossed())
        {
            throw new AssertionError("isCrossed differs after step " + step);
        }
    }
}
