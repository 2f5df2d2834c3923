package io.ringwall.engine.features;

/**
 * Wilder's average true range over N bars, fed with each bar's high, low and close.
 * <p>
 * True range = max(high - low, |high - previous close|, |low - previous close|), and high - low for the first
 * bar (no previous close). The ATR is NaN until N bars, then the mean of the first N true ranges, then
 * ATR = (ATR * (N - 1) + TR) / N. Units are those of the prices fed (mantissas for {@link Bars}).
 */
public final class AverageTrueRange
{
    private final int period;
    private long bars;
    private long previousClose;
    private long firstRangesSum;
    private double value = Double.NaN;

    /**
     * @param period N, at least 1.
     * @throws IllegalArgumentException naming period when it is below 1.
     */
    public AverageTrueRange(final int period)
    {
        this.period = SettingsChecks.atLeast("period", period, 1);
    }

    /**
     * @param high  the bar's high.
     * @param low   the bar's low.
     * @param close the bar's close.
     */
    public void onBar(final long high, final long low, final long close)
    {
        long trueRange = high - low;
        if (bars > 0)
        {
            trueRange = Math.max(trueRange, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        bars++;
        previousClose = close;
        if (bars < period)
        {
            firstRangesSum += trueRange;
        }
        else if (bars == period)
        {
            value = (double)(firstRangesSum + trueRange) / period;
        }
        else
        {
            value = (value * (period - 1) + trueRange) / period;
        }
    }

    /**
     * @return the ATR, NaN until N bars.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return the bars fed since construction or the last reset.
     */
    public long bars()
    {
        return bars;
    }

    /**
     * @return N.
     */
    public int period()
    {
        return period;
    }

    /**
     * Forgets every bar.
     */
    public void reset()
    {
        bars = 0;
        previousClose = 0;
        firstRangesSum = 0;
        value = Double.NaN;
    }
}
