package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives both fast books (the array book and the price ladder) and the reference book with the same seeded
 * random stream of updates, shaped like a real book's (most near a drifting mid, some deep, a few far away or
 * at the extremes, many deletes, some of absent levels, the odd crossing and clear), and requires them to
 * agree after every step. Extremes off the mid's grid (prices 1 and 2, say) collapse the ladder's learned
 * tick to 1 unit; on-grid extremes keep it at the mid's tick, so its window re-centres on the real grid.
 */
class OrderBookDifferentialTest
{
    private static final int STEPS = 200_000;
    private static final int FULL_CHECK_EVERY = 101;
    private static final long TICK = 100;

    private Side side;
    private long price;
    private long qty;

    private boolean offGridExtremes;

    @ParameterizedTest(name = "seed {0}, top probe {1}, ladder window {2}, off-grid extremes {3}")
    @CsvSource({
        "1, 8, 16384, true", "20240808, 8, 8, true", "-7, 0, 64, false", "424242, 64, 4096, false", "99, 1, 16384, false",
        "31337, 8, 8, false" })
    void shouldAgreeWithTheReferenceBookAfterEveryUpdate(
        final long seed, final int topProbe, final int windowTicks, final boolean offGridExtremes)
    {
        this.offGridExtremes = offGridExtremes;
        final Random random = new Random(seed);
        final OrderBook reference = new TreeMapOrderBook();
        final OrderBook book = new ArrayOrderBook(16, topProbe);
        final LadderOrderBook ladder = new LadderOrderBook(16, windowTicks);
        long midTicks = 600_000;
        int crossings = 0;
        int recoveries = 0;
        int maxDepth = 0;

        for (int step = 0; step < STEPS; step++)
        {
            if (random.nextInt(100) == 0)
            {
                midTicks += random.nextInt(7) - 3;
            }
            if (random.nextInt(50_000) == 0)
            {
                reference.clear();
                book.clear();
                ladder.clear();
            }
            else
            {
                nextUpdate(random, book, midTicks);
                final boolean wasCrossed = book.isCrossed();
                reference.set(side, price, qty);
                book.set(side, price, qty);
                ladder.set(side, price, qty);
                crossings += !wasCrossed && book.isCrossed() ? 1 : 0;
                recoveries += wasCrossed && !book.isCrossed() ? 1 : 0;
            }

            for (final OrderBook fast : new OrderBook[]{ book, ladder })
            {
                assertAgreeOnTopOfBook(reference, fast, step);
                if (fast.qtyAt(side, price) != reference.qtyAt(side, price))
                {
                    throw new AssertionError("qtyAt(" + side + ", " + price + ") differs after step " + step + " in " + fast);
                }
                OrderBookInvariants.checkTop(fast, 3);
                if (step % FULL_CHECK_EVERY == 0)
                {
                    OrderBookInvariants.check(fast, true);
                    OrderBookInvariants.assertSameLevels(reference, fast);
                }
                if (step % 20_011 == 0)
                {
                    assertCopiesAgree(reference, fast);
                }
            }
            if (step % FULL_CHECK_EVERY == 0)
            {
                OrderBookInvariants.check(reference, false);
            }
            maxDepth = Math.max(maxDepth, Math.max(book.depth(Side.BID), book.depth(Side.ASK)));
        }

        OrderBookInvariants.check(book, true);
        OrderBookInvariants.assertSameLevels(reference, book);
        OrderBookInvariants.check(ladder, true);
        OrderBookInvariants.assertSameLevels(reference, ladder);
        assertThat(ladder.tick(Side.BID)).isEqualTo(offGridExtremes ? 1 : TICK);
        System.out.println("STATS seed " + seed + " maxDepth " + maxDepth + " crossings " + crossings + " recoveries " + recoveries + " final " + book.depth(Side.BID) + "/" + book.depth(Side.ASK));
        // The stream must actually have exercised deep books, and crossing with its recovery.
        assertThat(maxDepth).isBetween(500, 10_000);
        assertThat(crossings).isGreaterThan(100);
        assertThat(recoveries).isBetween(crossings - 1, crossings);
    }

    /**
     * Mostly within a few ticks of the mid, like a real book's updates; otherwise an existing level (so that
     * replaces and removals hit), a deep level, a far or extreme one, or one through the mid, which crosses
     * the book until a sweep (the venue's matching, in a real feed) removes the levels left behind the mid.
     */
    private void nextUpdate(final Random random, final OrderBook book, final long midTicks)
    {
        final long mid = midTicks * TICK;
        qty = random.nextInt(4) == 0 ? 0 : 1 + (random.nextLong() >>> 1) % 1_000_000_000_000L;
        if (book.bestBidPrice() >= mid && random.nextInt(4) != 0)
        {
            side = Side.BID;
            price = book.bestBidPrice();
            qty = 0;
            return;
        }
        if (book.depth(Side.ASK) > 0 && book.bestAskPrice() <= mid && random.nextInt(4) != 0)
        {
            side = Side.ASK;
            price = book.bestAskPrice();
            qty = 0;
            return;
        }

        side = random.nextBoolean() ? Side.BID : Side.ASK;
        final long away = side == Side.BID ? -TICK : TICK;
        final int kind = random.nextInt(100);
        final int depth = book.depth(side);
        if (kind < 50)
        {
            price = mid + away * (1 + (long)Math.abs(random.nextGaussian() * 8));
        }
        else if (kind < 75 && depth > 0)
        {
            price = book.price(side, Math.min(depth - 1, (int)Math.abs(random.nextGaussian() * 20)));
        }
        else if (kind < 85 && depth > 0)
        {
            price = book.price(side, random.nextInt(depth));
        }
        else if (kind < 96)
        {
            price = mid + away * (1 + random.nextInt(2_000));
        }
        else if (kind < 98)
        {
            price = mid + away * (1 + random.nextInt(500_000));
        }
        else if (kind < 99)
        {
            final long top = Long.MAX_VALUE / TICK * TICK;
            final long[] deepest = offGridExtremes ?
                (side == Side.BID ? new long[]{ 1, 2, TICK } : new long[]{ Long.MAX_VALUE - 1, Long.MAX_VALUE - 2, Long.MAX_VALUE - TICK }) :
                (side == Side.BID ? new long[]{ TICK, 2 * TICK, 3 * TICK } : new long[]{ top, top - TICK, top - 2 * TICK });
            price = deepest[random.nextInt(deepest.length)];
        }
        else
        {
            price = mid - away * random.nextInt(3);
        }
    }

    private static void assertAgreeOnTopOfBook(final OrderBook reference, final OrderBook book, final int step)
    {
        if (reference.depth(Side.BID) != book.depth(Side.BID) ||
            reference.depth(Side.ASK) != book.depth(Side.ASK) ||
            reference.bestBidPrice() != book.bestBidPrice() ||
            reference.bestBidQty() != book.bestBidQty() ||
            reference.bestAskPrice() != book.bestAskPrice() ||
            reference.bestAskQty() != book.bestAskQty() ||
            reference.isCrossed() != book.isCrossed())
        {
            throw new AssertionError("books disagree after step " + step + ":\nreference " + reference + "\nbook      " + book);
        }
    }

    private static void assertCopiesAgree(final OrderBook reference, final OrderBook book)
    {
        final OrderBook arrayCopy = new ArrayOrderBook(1);
        arrayCopy.copyFrom(reference);
        OrderBookInvariants.assertSameLevels(reference, arrayCopy);
        final OrderBook ladderCopy = new LadderOrderBook(1, 64);
        ladderCopy.copyFrom(book);
        OrderBookInvariants.assertSameLevels(reference, ladderCopy);
        final OrderBook treeCopy = new TreeMapOrderBook();
        treeCopy.copyFrom(book);
        OrderBookInvariants.assertSameLevels(reference, treeCopy);
    }
}
