package io.ringwall.engine.book;

class TreeMapOrderBookTest extends OrderBookContractTest
{
    @Override
    protected OrderBook newBook()
    {
        return new TreeMapOrderBook();
    }
}
