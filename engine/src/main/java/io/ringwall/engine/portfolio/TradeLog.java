package io.ringwall.engine.portfolio;

import io.ringwall.codecs.sbe.Side;

/**
 * Closed trades in the order they closed, in preallocated columns (recording allocates nothing).
 * <p>
 * A trade is one round trip of a (strategy, instrument) position from flat back to flat: it opens with the
 * fill that leaves flat, grows with fills on its side, is reduced by fills on the other side, and closes with
 * the fill that brings the position to zero. A fill that flips the position through zero closes the trade at
 * zero and opens the next with the remainder, its fee split between the two pro rata to quantity. Partial
 * reductions do not make trades of their own: their PnL accrues to the round trip. When the log is full,
 * further trades are only counted ({@link #dropped()}); size it for the session.
 */
public final class TradeLog
{
    private final int capacity;
    private final int[] strategyId;
    private final int[] instrumentId;
    private final boolean[] longTrade;
    private final long[] entryTimeNs;
    private final long[] exitTimeNs;
    private final double[] entryPrice;
    private final double[] exitPrice;
    private final long[] qty;
    private final double[] pnl;
    private final double[] fees;
    private int size;
    private long dropped;

    /**
     * @param capacity the most trades kept, positive.
     * @throws IllegalArgumentException naming capacity when it is not positive.
     */
    public TradeLog(final int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("tradeCapacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        strategyId = new int[capacity];
        instrumentId = new int[capacity];
        longTrade = new boolean[capacity];
        entryTimeNs = new long[capacity];
        exitTimeNs = new long[capacity];
        entryPrice = new double[capacity];
        exitPrice = new double[capacity];
        qty = new long[capacity];
        pnl = new double[capacity];
        fees = new double[capacity];
    }

    void record(
        final int strategy, final int instrument, final boolean isLong, final long entryNs, final long exitNs,
        final double entryAvgPrice, final double exitAvgPrice, final long quantity, final double grossPnl, final double feesPaid)
    {
        if (size == capacity)
        {
            dropped++;
            return;
        }
        final int i = size++;
        strategyId[i] = strategy;
        instrumentId[i] = instrument;
        longTrade[i] = isLong;
        entryTimeNs[i] = entryNs;
        exitTimeNs[i] = exitNs;
        entryPrice[i] = entryAvgPrice;
        exitPrice[i] = exitAvgPrice;
        qty[i] = quantity;
        pnl[i] = grossPnl;
        fees[i] = feesPaid;
    }

    /** @return closed trades kept. */
    public int size()
    {
        return size;
    }

    /** @return closed trades not kept because the log was full. */
    public long dropped()
    {
        return dropped;
    }

    /** @return the strategy that opened trade i. */
    public int strategyId(final int i)
    {
        return strategyId[i];
    }

    /** @return the instrument of trade i. */
    public int instrumentId(final int i)
    {
        return instrumentId[i];
    }

    /** @return BID for a long round trip (bought first), ASK for a short one. */
    public Side side(final int i)
    {
        return longTrade[i] ? Side.BID : Side.ASK;
    }

    /** @return the event time of the fill that opened trade i. */
    public long entryTimeNs(final int i)
    {
        return entryTimeNs[i];
    }

    /** @return the event time of the fill that closed trade i. */
    public long exitTimeNs(final int i)
    {
        return exitTimeNs[i];
    }

    /** @return the volume-weighted price of trade i's opening-side fills, price mantissa (fractional). */
    public double entryPrice(final int i)
    {
        return entryPrice[i];
    }

    /** @return the volume-weighted price of trade i's closing-side fills, price mantissa (fractional). */
    public double exitPrice(final int i)
    {
        return exitPrice[i];
    }

    /** @return the quantity mantissa bought and sold over trade i (each way). */
    public long qty(final int i)
    {
        return qty[i];
    }

    /** @return trade i's PnL before fees, quote currency. */
    public double pnl(final int i)
    {
        return pnl[i];
    }

    /** @return the fees paid on trade i's fills, quote currency. */
    public double fees(final int i)
    {
        return fees[i];
    }

    /** @return trade i's PnL after fees, quote currency: what win rate and profit factor count. */
    public double netPnl(final int i)
    {
        return pnl[i] - fees[i];
    }
}
