package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ringwall.codecs.sbe.Side.ASK;
import static io.ringwall.codecs.sbe.Side.BID;
import static io.ringwall.engine.book.OrderBook.NULL_PRICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link OrderBook} promises, run against each implementation by a subclass; every
 * test ends with the structural invariant check.
 */
abstract class OrderBookContractTest
{
    private final OrderBook book = newBook();

    /**
     * @return an empty book of the implementation under test.
     */
    protected abstract OrderBook newBook();

    @AfterEach
    void shouldLeaveTheBookStructurallyValid()
    {
        OrderBookInvariants.check(book, true);
    }

    @Test
    void shouldReportEmptySidesAsNullPriceAndZeroQty()
    {
        for (final Side side : new Side[]{ BID, ASK })
        {
            assertThat(book.depth(side)).isZero();
            assertThat(book.bestPrice(side)).isEqualTo(NULL_PRICE);
            assertThat(book.bestQty(side)).isZero();
            assertThat(book.price(side, 0)).isEqualTo(NULL_PRICE);
            assertThat(book.qty(side, 0)).isZero();
            assertThat(book.qtyAt(side, 100)).isZero();
            assertThat(book.totalQty(side, 10)).isZero();
            assertThat(book.forEachLevel(side, 10, (level, price, qty) -> { throw new AssertionError("no levels"); }))
                .isZero();
        }
        assertThat(book.bestBidPrice()).isEqualTo(NULL_PRICE);
        assertThat(book.bestAskPrice()).isEqualTo(NULL_PRICE);
        assertThat(book.bestBidQty()).isZero();
        assertThat(book.bestAskQty()).isZero();
        assertThat(book.isCrossed()).isFalse();
    }

    @Test
    void shouldOrderBidsFromHighestAndAsksFromLowest()
    {
        for (final long price : new long[]{ 100, 103, 101, 99, 102 })
        {
            book.set(BID, price, price * 10);
            book.set(ASK, price + 10, price * 20);
        }

        assertThat(levels(BID)).containsExactly(103L, 102L, 101L, 100L, 99L);
        assertThat(levels(ASK)).containsExactly(109L, 110L, 111L, 112L, 113L);
        assertThat(book.bestBidPrice()).isEqualTo(103);
        assertThat(book.bestBidQty()).isEqualTo(1030);
        assertThat(book.bestAskPrice()).isEqualTo(109);
        assertThat(book.bestAskQty()).isEqualTo(1980);
        assertThat(book.qty(BID, 2)).isEqualTo(1010);
        assertThat(book.qty(ASK, 4)).isEqualTo(2060);
        assertThat(book.depth(BID)).isEqualTo(5);
        assertThat(book.depth(ASK)).isEqualTo(5);
    }

    @Test
    void shouldKeepSidesIndependentAtTheSamePrice()
    {
        book.set(BID, 100, 1);
        book.set(ASK, 100, 2);

        assertThat(book.qtyAt(BID, 100)).isEqualTo(1);
        assertThat(book.qtyAt(ASK, 100)).isEqualTo(2);

        book.set(BID, 100, 0);

        assertThat(book.qtyAt(BID, 100)).isZero();
        assertThat(book.qtyAt(ASK, 100)).isEqualTo(2);
    }

    @Test
    void shouldReplaceTheQuantityOfAnExistingLevel()
    {
        book.set(BID, 100, 5);
        book.set(BID, 99, 6);
        book.set(BID, 100, 7);
        book.set(BID, 99, 8);

        assertThat(book.depth(BID)).isEqualTo(2);
        assertThat(book.bestBidQty()).isEqualTo(7);
        assertThat(book.qtyAt(BID, 99)).isEqualTo(8);
    }

    @Test
    void shouldRemoveLevelsAtTopMiddleAndBottom()
    {
        for (long price = 1; price <= 5; price++)
        {
            book.set(ASK, price, price);
        }

        book.set(ASK, 3, 0);
        assertThat(levels(ASK)).containsExactly(1L, 2L, 4L, 5L);
        book.set(ASK, 1, 0);
        assertThat(levels(ASK)).containsExactly(2L, 4L, 5L);
        assertThat(book.bestAskPrice()).isEqualTo(2);
        book.set(ASK, 5, 0);
        assertThat(levels(ASK)).containsExactly(2L, 4L);
        book.set(ASK, 2, 0);
        book.set(ASK, 4, 0);
        assertThat(book.depth(ASK)).isZero();
        assertThat(book.bestAskPrice()).isEqualTo(NULL_PRICE);
    }

    @Test
    void shouldIgnoreRemovalOfAnAbsentLevel()
    {
        book.set(BID, 100, 0);
        assertThat(book.depth(BID)).isZero();

        book.set(BID, 100, 1);
        book.set(BID, 98, 2);
        book.set(BID, 101, 0);
        book.set(BID, 99, 0);
        book.set(BID, 97, 0);
        book.set(ASK, 100, 0);

        assertThat(levels(BID)).containsExactly(100L, 98L);
        assertThat(book.depth(ASK)).isZero();
    }

    @Test
    void shouldAnswerNullPriceAndZeroQtyForLevelsOutOfRange()
    {
        book.set(BID, 100, 1);
        book.set(BID, 99, 2);

        assertThat(book.price(BID, 2)).isEqualTo(NULL_PRICE);
        assertThat(book.qty(BID, 2)).isZero();
        assertThat(book.price(BID, -1)).isEqualTo(NULL_PRICE);
        assertThat(book.qty(BID, -1)).isZero();
        assertThat(book.price(BID, Integer.MAX_VALUE)).isEqualTo(NULL_PRICE);
        assertThat(book.price(BID, Integer.MIN_VALUE)).isEqualTo(NULL_PRICE);
        assertThat(book.price(ASK, 0)).isEqualTo(NULL_PRICE);
    }

    @Test
    void shouldDetectACrossedOrLockedBook()
    {
        book.set(BID, 100, 1);
        assertThat(book.isCrossed()).as("one side only").isFalse();
        book.set(ASK, 101, 1);
        assertThat(book.isCrossed()).as("normal spread").isFalse();
        book.set(ASK, 100, 1);
        assertThat(book.isCrossed()).as("locked").isTrue();
        book.set(BID, 105, 1);
        assertThat(book.isCrossed()).as("crossed").isTrue();
        book.set(BID, 105, 0);
        book.set(ASK, 100, 0);
        assertThat(book.isCrossed()).as("uncrossed again").isFalse();
    }

    @Test
    void shouldForgetEveryLevelOnClearAndStayUsable()
    {
        book.set(BID, 100, 1);
        book.set(ASK, 101, 1);

        book.clear();

        assertThat(book.depth(BID)).isZero();
        assertThat(book.depth(ASK)).isZero();
        assertThat(book.bestBidPrice()).isEqualTo(NULL_PRICE);
        assertThat(book.qtyAt(ASK, 101)).isZero();

        book.set(ASK, 102, 3);
        assertThat(book.bestAskPrice()).isEqualTo(102);
        assertThat(book.depth(ASK)).isEqualTo(1);
    }

    @Test
    void shouldGrowPastThousandsOfLevelsOnBothSides()
    {
        final int levels = 5_000;
        // Interleaved order: some inserts land at the top, some at the bottom, most in between.
        for (int i = 0; i < levels; i++)
        {
            final long offset = (i * 7_919L) % levels;
            book.set(BID, 1_000_000 - offset, offset + 1);
            book.set(ASK, 1_000_001 + offset, offset + 1);
        }

        assertThat(book.depth(BID)).isEqualTo(levels);
        assertThat(book.depth(ASK)).isEqualTo(levels);
        assertThat(book.bestBidPrice()).isEqualTo(1_000_000);
        assertThat(book.price(BID, levels - 1)).isEqualTo(1_000_000 - levels + 1);
        assertThat(book.bestAskPrice()).isEqualTo(1_000_001);
        assertThat(book.price(ASK, levels - 1)).isEqualTo(1_000_000 + levels);
        assertThat(book.qty(ASK, 1234)).isEqualTo(1235);
        assertThat(book.totalQty(BID, levels)).isEqualTo((long)levels * (levels + 1) / 2);

        for (int level = 0; level < levels; level += 2)
        {
            book.set(BID, 1_000_000 - level, 0);
        }
        assertThat(book.depth(BID)).isEqualTo(levels / 2);
        assertThat(book.bestBidPrice()).isEqualTo(999_999);
    }

    @Test
    void shouldHoldExtremePrices()
    {
        final long max = Long.MAX_VALUE - 1;
        book.set(BID, 1, 11);
        book.set(BID, max, 12);
        book.set(BID, 2, 13);
        book.set(ASK, max, 21);
        book.set(ASK, 1, 22);
        book.set(ASK, max - 1, 23);

        assertThat(levels(BID)).containsExactly(max, 2L, 1L);
        assertThat(levels(ASK)).containsExactly(1L, max - 1, max);
        assertThat(book.qtyAt(BID, max)).isEqualTo(12);
        assertThat(book.qtyAt(ASK, 1)).isEqualTo(22);
        assertThat(book.isCrossed()).isTrue();

        book.set(BID, max, 0);
        book.set(ASK, 1, 0);

        assertThat(book.bestBidPrice()).isEqualTo(2);
        assertThat(book.bestAskPrice()).isEqualTo(max - 1);
        assertThat(book.isCrossed()).isFalse();
    }

    @Test
    void shouldHoldExtremeQuantities()
    {
        book.set(BID, 100, Long.MAX_VALUE);
        book.set(BID, 99, 1);

        assertThat(book.bestBidQty()).isEqualTo(Long.MAX_VALUE);
        assertThat(book.qty(BID, 1)).isEqualTo(1);
    }

    @Test
    void shouldSumQuantityWithinTheBestLevels()
    {
        book.set(ASK, 10, 1);
        book.set(ASK, 11, 10);
        book.set(ASK, 12, 100);
        book.set(ASK, 13, 1000);

        assertThat(book.totalQty(ASK, 0)).isZero();
        assertThat(book.totalQty(ASK, -1)).isZero();
        assertThat(book.totalQty(ASK, 1)).isEqualTo(1);
        assertThat(book.totalQty(ASK, 3)).isEqualTo(111);
        assertThat(book.totalQty(ASK, 4)).isEqualTo(1111);
        assertThat(book.totalQty(ASK, 100)).isEqualTo(1111);
        assertThat(book.totalQty(BID, 100)).isZero();
    }

    @Test
    void shouldVisitTheBestLevelsInOrderAndStopAtTheLimit()
    {
        book.set(BID, 50, 5);
        book.set(BID, 52, 7);
        book.set(BID, 51, 6);
        final List<String> visited = new ArrayList<>();

        final int count = book.forEachLevel(BID, 2, (level, price, qty) -> visited.add(level + ":" + price + "x" + qty));

        assertThat(count).isEqualTo(2);
        assertThat(visited).containsExactly("0:52x7", "1:51x6");
        assertThat(book.forEachLevel(BID, 0, (level, price, qty) -> visited.add("none"))).isZero();
        assertThat(book.forEachLevel(BID, 10, (level, price, qty) -> visited.add("all"))).isEqualTo(3);
    }

    @Test
    void shouldCopyAnotherBookOfEitherImplementation()
    {
        for (final OrderBook source : new OrderBook[]{ new TreeMapOrderBook(), new ArrayOrderBook(2), new LadderOrderBook(2, 8), new LadderOrderBook() })
        {
            book.clear();
            book.set(BID, 1, 1);
            book.set(ASK, 999, 1);
            for (int i = 0; i < 100; i++)
            {
                source.set(BID, 500 - i, i + 1);
                source.set(ASK, 501 + i, i + 1);
            }

            book.copyFrom(source);

            OrderBookInvariants.assertSameLevels(source, book);
            source.set(BID, 500, 0);
            assertThat(book.bestBidPrice()).as("a copy, not a view").isEqualTo(500);
        }
    }

    @Test
    void shouldCopyAnEmptyBookAndItselfHarmlessly()
    {
        book.set(BID, 100, 1);

        book.copyFrom(book);
        assertThat(book.bestBidPrice()).isEqualTo(100);

        book.copyFrom(newBook());
        assertThat(book.depth(BID)).isZero();
    }

    private List<Long> levels(final Side side)
    {
        final List<Long> prices = new ArrayList<>();
        for (int level = 0; level < book.depth(side); level++)
        {
            prices.add(book.price(side, level));
        }
        return prices;
    }
}
