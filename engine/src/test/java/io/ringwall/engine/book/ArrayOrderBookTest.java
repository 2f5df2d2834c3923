package io.ringwall.engine.book;

import org.junit.jupiter.api.Test;

import static io.ringwall.codecs.sbe.Side.ASK;
import static io.ringwall.codecs.sbe.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrayOrderBookTest extends OrderBookContractTest
{
    @Override
    protected OrderBook newBook()
    {
        // A tiny capacity, so that every contract test also exercises growth.
        return new ArrayOrderBook(4);
    }

    @Test
    void shouldDoubleTheCapacityOfOnlyTheSideThatOutgrowsIt()
    {
        final ArrayOrderBook book = new ArrayOrderBook(4);
        for (long price = 1; price <= 5; price++)
        {
            book.set(BID, price, 1);
        }

        assertThat(book.capacity(BID)).isEqualTo(8);
        assertThat(book.capacity(ASK)).isEqualTo(4);
    }

    @Test
    void shouldKeepCapacityAcrossClearAndReplacesWithoutGrowing()
    {
        final ArrayOrderBook book = new ArrayOrderBook(4);
        for (int round = 0; round < 100; round++)
        {
            for (long price = 1; price <= 4; price++)
            {
                book.set(ASK, price, round + 1);
            }
            book.set(ASK, 2, 0);
            book.set(ASK, 2, 7);
            book.clear();
        }

        assertThat(book.capacity(ASK)).isEqualTo(4);
    }

    @Test
    void shouldStartWithTheDefaultCapacity()
    {
        final ArrayOrderBook book = new ArrayOrderBook();

        assertThat(book.capacity(BID)).isEqualTo(ArrayOrderBook.DEFAULT_CAPACITY);
        assertThat(book.capacity(ASK)).isEqualTo(ArrayOrderBook.DEFAULT_CAPACITY);
    }

    @Test
    void shouldRefuseAnUnusableCapacityOrNegativeProbe()
    {
        assertThatThrownBy(() -> new ArrayOrderBook(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrayOrderBook(ArrayOrderBook.MAX_CAPACITY + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrayOrderBook(16, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
