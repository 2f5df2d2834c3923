package io.ringwall.engine.features;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

import java.util.Arrays;

/**
 * OHLCV bars from trades at several timeframes, each aligned to epoch multiples of its timeframe, closed as
 * event time passes their end and handed to a {@link BarListener}; plus Wilder's ATR per timeframe.
 * <p>
 * A bar covers [open, open + timeframe) and opens with the first trade in it; it closes when event time (from
 * a trade or {@link #onTime}) reaches its end, before that input's trade is counted. An interval with no
 * trade produces <b>no bar</b>: the ATR is over bars, not time, so it stays defined across gaps, and the first
 * bar after a gap takes the gap into its true range through the previous bar's close. Event time is max(time
 * seen): a trade stamped before the latest time counts in the bar that time is in. A trade with a price or
 * quantity that is not positive moves time but is not counted.
 * <p>
 * The exponents must be the instrument's on every call; exponents that change (an instrument redefined) drop
 * the open bars unreported and restart the ATRs rather than mix two scales. Allocation-free after construction.
 */
public final class Bars
{
    private static final long NO_BAR = Long.MIN_VALUE;

    private final long[] timeframeNs;
    private final BarListener listener;
    private final AverageTrueRange[] atrs;
    private final long[] openTimeNs;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;
    private final long[] buyVolume;
    private final long[] trades;
    // sum of price mantissa * qty mantissa; only added to, so plain doubles carry no drift
    private final double[] notional;

    private boolean started;
    private long timeNs;
    private boolean scaled;
    private int priceExponent;
    private int qtyExponent;

    /**
     * @param timeframesNs the bar lengths, positive and strictly increasing; bars align to epoch multiples of each.
     * @param atrPeriods   the ATR's period N in bars (Wilder's smoothing), at least 1.
     * @param listener     told of each bar as it closes, on the calling thread.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public Bars(final long[] timeframesNs, final int atrPeriods, final BarListener listener)
    {
        timeframeNs = SettingsChecks.increasing("barTimeframesNs", timeframesNs);
        SettingsChecks.atLeast("atrPeriods", atrPeriods, 1);
        if (listener == null)
        {
            throw new IllegalArgumentException("listener must not be null");
        }
        this.listener = listener;
        final int count = timeframeNs.length;
        atrs = new AverageTrueRange[count];
        for (int i = 0; i < count; i++)
        {
            atrs[i] = new AverageTrueRange(atrPeriods);
        }
        openTimeNs = new long[count];
        Arrays.fill(openTimeNs, NO_BAR);
        open = new long[count];
        high = new long[count];
        low = new long[count];
        close = new long[count];
        volume = new long[count];
        buyVolume = new long[count];
        trades = new long[count];
        notional = new double[count];
    }

    /**
     * Closes the bars that ended by this time, then counts the trade in every timeframe's current bar.
     *
     * @param timeNs        the trade's event time.
     * @param price         its price mantissa.
     * @param qty           its quantity mantissa.
     * @param aggressor     the taker's side.
     * @param priceExponent the instrument's price exponent.
     * @param qtyExponent   the instrument's quantity exponent.
     */
    public void onTrade(final long timeNs, final long price, final long qty, final AggressorSide aggressor,
        final int priceExponent, final int qtyExponent)
    {
        scale(priceExponent, qtyExponent);
        onTime(timeNs);
        if (price <= 0 || qty <= 0)
        {
            return;
        }
        for (int i = 0; i < timeframeNs.length; i++)
        {
            if (openTimeNs[i] == NO_BAR)
            {
                openTimeNs[i] = Math.floorDiv(this.timeNs, timeframeNs[i]) * timeframeNs[i];
                open[i] = price;
                high[i] = price;
                low[i] = price;
                volume[i] = 0;
                buyVolume[i] = 0;
                trades[i] = 0;
                notional[i] = 0;
            }
            high[i] = Math.max(high[i], price);
            low[i] = Math.min(low[i], price);
            close[i] = price;
            volume[i] += qty;
            if (aggressor == AggressorSide.BUY)
            {
                buyVolume[i] += qty;
            }
            trades[i]++;
            notional[i] += (double)price * (double)qty;
        }
    }

    /**
     * Closes the bars that ended by this time: call it on timer ticks so a bar closes without waiting for the
     * next trade.
     *
     * @param timeNs the event time.
     */
    public void onTime(final long timeNs)
    {
        if (started && timeNs <= this.timeNs)
        {
            return;
        }
        started = true;
        this.timeNs = timeNs;
        for (int i = 0; i < timeframeNs.length; i++)
        {
            if (openTimeNs[i] != NO_BAR && timeNs - openTimeNs[i] >= timeframeNs[i])
            {
                atrs[i].onBar(high[i], low[i], close[i]);
                final double vwap = notional[i] / volume[i] / FixedPoint.powerOfTen(-priceExponent);
                final long openedNs = openTimeNs[i];
                openTimeNs[i] = NO_BAR;
                listener.onBar(i, openedNs, open[i], high[i], low[i], close[i], volume[i], buyVolume[i], trades[i], vwap);
            }
        }
    }

    /**
     * @return how many timeframes there are.
     */
    public int timeframeCount()
    {
        return timeframeNs.length;
    }

    /**
     * @param timeframe the timeframe's index, shortest first.
     * @return its length in ns.
     */
    public long timeframeNs(final int timeframe)
    {
        return timeframeNs[timeframe];
    }

    /**
     * @param timeframe the timeframe's index.
     * @return Wilder's ATR over its closed bars, in quote currency; NaN until N bars have closed.
     */
    public double atr(final int timeframe)
    {
        return atrs[timeframe].value() / FixedPoint.powerOfTen(-priceExponent);
    }

    /**
     * Writes each timeframe's ATR, in quote currency, under its {@link FeatureCatalog} id.
     *
     * @param out the vector to write into.
     */
    public void publish(final FeatureVector out)
    {
        for (int i = 0; i < timeframeNs.length; i++)
        {
            out.set(FeatureCatalog.atr(i), atr(i));
        }
    }

    /**
     * @param timeframe the timeframe's index.
     * @return how many of its bars have closed.
     */
    public long barsClosed(final int timeframe)
    {
        return atrs[timeframe].bars();
    }

    private void scale(final int priceExponent, final int qtyExponent)
    {
        if (scaled && (priceExponent != this.priceExponent || qtyExponent != this.qtyExponent))
        {
            for (int i = 0; i < timeframeNs.length; i++)
            {
                openTimeNs[i] = NO_BAR;
                atrs[i].reset();
            }
        }
        scaled = true;
        this.priceExponent = priceExponent;
        this.qtyExponent = qtyExponent;
    }
}
