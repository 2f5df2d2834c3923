package io.ringwall.engine.book;

/**
 * The whole contract again with the linear probe from the best switched on, since the default book skips it.
 */
class ArrayOrderBookTopProbeTest extends OrderBookContractTest
{
    @Override
    protected OrderBook newBook()
    {
        return new ArrayOrderBook(4, 3);
    }
}
