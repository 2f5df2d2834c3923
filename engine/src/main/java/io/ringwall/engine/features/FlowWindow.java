package io.ringwall.engine.features;

import io.ringwall.codecs.sbe.AggressorSide;

import java.util.Arrays;

/**
 * One trade-flow window: a ring of time buckets and running totals of the buckets in the window, all in exact
 * integer mantissas so that adding a bucket and later subtracting it leaves no rounding behind (a window
 * that empties reads exactly zero, however long the session).
 */
final class FlowWindow
{
    private static final long NO_BUCKET = Long.MIN_VALUE;

    private final long lengthNs;
    private final int buckets;
    private final long[] buyQty;
    private final long[] sellQty;
    private final long[] otherQty;
    private final long[] trades;
    // price mantissa * qty mantissa overflows a long (BTC at 1e-8: 6e12 * 1e8), so the VWAP numerator is 128-bit
    private final long[] notionalHigh;
    private final long[] notionalLow;
    private final long[] ofi;

    private long bucket = NO_BUCKET;
    private long totalBuyQty;
    private long totalSellQty;
    private long totalOtherQty;
    private long totalTrades;
    private long totalNotionalHigh;
    private long totalNotionalLow;
    private long totalOfi;

    FlowWindow(final long lengthNs, final long resolutionNs)
    {
        this.lengthNs = lengthNs;
        buckets = (int)(lengthNs / resolutionNs);
        buyQty = new long[buckets];
        sellQty = new long[buckets];
        otherQty = new long[buckets];
        trades = new long[buckets];
        notionalHigh = new long[buckets];
        notionalLow = new long[buckets];
        ofi = new long[buckets];
    }

    long lengthNs()
    {
        return lengthNs;
    }

    /**
     * Moves the window's newest bucket forward, expiring the buckets that fall out of it. Never moves back.
     */
    void advanceTo(final long newBucket)
    {
        if (bucket == NO_BUCKET || newBucket - bucket >= buckets)
        {
            // first use or a silence at least a window long: everything has expired
            if (bucket != NO_BUCKET)
            {
                clear();
            }
            bucket = newBucket;
            return;
        }
        while (bucket < newBucket)
        {
            bucket++;
            expire(slot(bucket));
        }
    }

    void addTrade(final AggressorSide aggressor, final long qty, final long notionalHi, final long notionalLo)
    {
        final int slot = slot(bucket);
        if (aggressor == AggressorSide.BUY)
        {
            buyQty[slot] += qty;
            totalBuyQty += qty;
        }
        else if (aggressor == AggressorSide.SELL)
        {
            sellQty[slot] += qty;
            totalSellQty += qty;
        }
        else
        {
            otherQty[slot] += qty;
            totalOtherQty += qty;
        }
        trades[slot]++;
        totalTrades++;
        final long low = notionalLow[slot] + notionalLo;
        notionalHigh[slot] += notionalHi + (Long.compareUnsigned(low, notionalLow[slot]) < 0 ? 1 : 0);
        notionalLow[slot] = low;
        final long totalLow = totalNotionalLow + notionalLo;
        totalNotionalHigh += notionalHi + (Long.compareUnsigned(totalLow, totalNotionalLow) < 0 ? 1 : 0);
        totalNotionalLow = totalLow;
    }

    void addOfi(final long e)
    {
        ofi[slot(bucket)] += e;
        totalOfi += e;
    }

    void clear()
    {
        Arrays.fill(buyQty, 0);
        Arrays.fill(sellQty, 0);
        Arrays.fill(otherQty, 0);
        Arrays.fill(trades, 0);
        Arrays.fill(notionalHigh, 0);
        Arrays.fill(notionalLow, 0);
        Arrays.fill(ofi, 0);
        totalBuyQty = 0;
        totalSellQty = 0;
        totalOtherQty = 0;
        totalTrades = 0;
        totalNotionalHigh = 0;
        totalNotionalLow = 0;
        totalOfi = 0;
    }

    long buyQty()
    {
        return totalBuyQty;
    }

    long sellQty()
    {
        return totalSellQty;
    }

    long totalQty()
    {
        return totalBuyQty + totalSellQty + totalOtherQty;
    }

    long trades()
    {
        return totalTrades;
    }

    long ofi()
    {
        return totalOfi;
    }

    /**
     * @return the sum of price mantissa * qty mantissa, as a double.
     */
    double notionalMantissa()
    {
        // the unsigned low word's top bit folded in without losing the sticky bit: correctly rounded
        final double low = totalNotionalLow >= 0 ? (double)totalNotionalLow :
            (double)((totalNotionalLow >>> 1) | (totalNotionalLow & 1)) * 2.0;
        return totalNotionalHigh * 0x1.0p64 + low;
    }

    private void expire(final int slot)
    {
        totalBuyQty -= buyQty[slot];
        totalSellQty -= sellQty[slot];
        totalOtherQty -= otherQty[slot];
        totalTrades -= trades[slot];
        final long low = totalNotionalLow - notionalLow[slot];
        totalNotionalHigh -= notionalHigh[slot] + (Long.compareUnsigned(totalNotionalLow, notionalLow[slot]) < 0 ? 1 : 0);
        totalNotionalLow = low;
        totalOfi -= ofi[slot];
        buyQty[slot] = 0;
        sellQty[slot] = 0;
        otherQty[slot] = 0;
        trades[slot] = 0;
        notionalHigh[slot] = 0;
        notionalLow[slot] = 0;
        ofi[slot] = 0;
    }

    private int slot(final long bucketIndex)
    {
        return (int)Math.floorMod(bucketIndex, (long)buckets);
    }
}
