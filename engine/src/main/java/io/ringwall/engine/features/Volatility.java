package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;

/**
 * Volatility of mid log returns from mid samples on an event-time grid: an EWMA of the variance rate with a
 * half-life in time, and realized volatility over fixed windows.
 * <p>
 * Each sample with a usable predecessor gives a log return r = ln(mid / previous mid) over dt seconds (the time
 * between the two samples: k grid intervals when k - 1 grid points were skipped, a gap, and the return then
 * counts once, for the whole span). A sample has no return when it is the first, when the previous one was not usable
 * (NaN, infinite or not positive: an empty side) or after {@link #reset()}.
 * <ul>
 * <li><b>EWMA.</b> The variance rate per second v, updated per return with decay lambda = 2^(-dt / halfLife)
 * (alpha = 1 - lambda), computed as exp(-ln 2 * dt / halfLife): v = lambda * v + (1 - lambda) * r^2 / dt. Dividing by dt makes every return an estimate of the same rate
 * whatever its spacing, and decaying by time rather than by count makes a return's weight halve every
 * half-life however many samples fall in it. The first return seeds v = r^2 / dt rather than climbing from
 * zero. Volatility per second = sqrt(v); annualized = sqrt(v * {@link #SECONDS_PER_YEAR}), a 365-day year
 * since crypto trades every day. NaN until the first return.</li>
 * <li><b>Realized.</b> Over a window W at the latest sample time t: sqrt(sum of r^2 of the returns stamped in
 * (t - W, t]), the volatility over W; per second = sqrt(sum / W), annualized = sqrt(sum * year / W), with W in
 * seconds and nominal (so it reads low while the window is still
 * filling after a start or a pause: see {@link #realizedReturns}). NaN while the window holds no return.</li>
 * </ul>
 * A sample stamped at or before the previous one is ignored. {@link #reset()} keeps both estimates (the
 * returns before a pause were real) and only stops a return spanning the pause. The window holds at most
 * widest window / sample interval returns; samples closer together than the interval push the oldest out.
 * Uses StrictMath for log, exp and sqrt so results are the same on every JDK. Allocation-free after construction.
 */
public final class Volatility
{
    /** The most samples a realized window may span. */
    public static final int MAX_SAMPLES = 1 << 20;

    /** Seconds in a 365-day year, the annualization basis. */
    public static final double SECONDS_PER_YEAR = 365.0 * 24 * 60 * 60;

    private static final double LN2 = 0.6931471805599453;

    private final double halfLifeNs;
    private final long[] windowNs;
    private final double[] annualization;
    private final double[] perSecond;
    private final long[] returnTimes;
    private final double[] squaredReturns;
    private final double[] realizedSum;
    private final int[] realizedCount;
    private int next;
    private int held;

    private boolean sampled;
    private long lastTimeNs;
    private double lastMid = Double.NaN;
    private double variance = Double.NaN;

    /**
     * @param sampleIntervalNs  the event-time grid's interval, positive: it sizes the realized windows' memory.
     * @param halfLifeNs        the EWMA's half-life in event time, positive: a return's weight halves every
     *                          half-life, however many samples fall in it.
     * @param realizedWindowsNs the realized-volatility windows, strictly increasing whole multiples of the sample
     *                          interval, each at most {@link #MAX_SAMPLES} samples.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public Volatility(final long sampleIntervalNs, final long halfLifeNs, final long[] realizedWindowsNs)
    {
        SettingsChecks.positive("sampleIntervalNs", sampleIntervalNs);
        this.halfLifeNs = SettingsChecks.positive("ewmaHalfLifeNs", halfLifeNs);
        windowNs = SettingsChecks.increasing("realizedWindowsNs", realizedWindowsNs);
        SettingsChecks.multiplesOf("realizedWindowsNs", windowNs, "sampleIntervalNs", sampleIntervalNs);
        final long widest = windowNs[windowNs.length - 1];
        if (widest / sampleIntervalNs > MAX_SAMPLES)
        {
            throw new IllegalArgumentException("realizedWindowsNs[" + (windowNs.length - 1) + "] must be at most " +
                MAX_SAMPLES + " samples of sampleIntervalNs " + sampleIntervalNs + ": " + widest);
        }
        annualization = new double[windowNs.length];
        perSecond = new double[windowNs.length];
        for (int i = 0; i < windowNs.length; i++)
        {
            annualization[i] = SECONDS_PER_YEAR * 1e9 / windowNs[i];
            perSecond[i] = 1e9 / windowNs[i];
        }
        final int capacity = (int)(widest / sampleIntervalNs);
        returnTimes = new long[capacity];
        squaredReturns = new double[capacity];
        realizedSum = new double[windowNs.length];
        realizedCount = new int[windowNs.length];
    }

    /**
     * Takes one grid sample.
     *
     * @param timeNs the grid point's event time.
     * @param mid    the last known mid at that time, NaN when there is none.
     */
    public void onSample(final long timeNs, final double mid)
    {
        if (sampled && timeNs <= lastTimeNs)
        {
            return;
        }
        final boolean usable = mid > 0 && mid != Double.POSITIVE_INFINITY;
        if (usable && !Double.isNaN(lastMid))
        {
            final long dtNs = timeNs - lastTimeNs;
            final double r = StrictMath.log(mid / lastMid);
            final double squared = r * r;
            final double rate = squared * 1e9 / dtNs;
            if (Double.isNaN(variance))
            {
                variance = rate;
            }
            else
            {
                // 2^(-dt / halfLife) as exp(-ln 2 * dt / halfLife): StrictMath.pow allocates until C2 compiles it
                // (JDK 17 and 25 alike), and samples come too rarely for that; exp is as deterministic
                final double lambda = StrictMath.exp(-LN2 * dtNs / halfLifeNs);
                variance = lambda * variance + (1 - lambda) * rate;
            }
            remember(timeNs, squared);
        }
        sampled = true;
        lastTimeNs = timeNs;
        lastMid = usable ? mid : Double.NaN;
        sumWindows(timeNs);
    }

    /**
     * Stops the next sample from making a return against the last one: call it when the book stops being LIVE.
     */
    public void reset()
    {
        lastMid = Double.NaN;
    }

    /**
     * @return the EWMA variance rate of log returns per second, NaN before the first return.
     */
    public double ewmaVariancePerSecond()
    {
        return variance;
    }

    /**
     * @return sqrt of the EWMA variance rate: volatility over one second.
     */
    public double ewmaVolPerSecond()
    {
        return StrictMath.sqrt(variance);
    }

    /**
     * @return the EWMA volatility over a 365-day year.
     */
    public double ewmaVolAnnualized()
    {
        return StrictMath.sqrt(variance * SECONDS_PER_YEAR);
    }

    /**
     * @return how many realized windows there are.
     */
    public int windowCount()
    {
        return windowNs.length;
    }

    /**
     * @param window the window's index, shortest first.
     * @return its length in ns.
     */
    public long windowNs(final int window)
    {
        return windowNs[window];
    }

    /**
     * @param window the window's index.
     * @return sqrt(sum of squared log returns in the window), NaN when it holds none.
     */
    public double realizedVol(final int window)
    {
        return realizedCount[window] == 0 ? Double.NaN : StrictMath.sqrt(realizedSum[window]);
    }

    /**
     * @param window the window's index.
     * @return the realized volatility per second: sqrt(sum / W in seconds) with the nominal W, NaN when it holds
     *         no return.
     */
    public double realizedVolPerSecond(final int window)
    {
        return realizedCount[window] == 0 ? Double.NaN : StrictMath.sqrt(realizedSum[window] * perSecond[window]);
    }

    /**
     * Writes the EWMA volatility per second and annualized, and each window's realized volatility over the
     * window (not scaled), under their {@link FeatureCatalog} ids.
     *
     * @param out the vector to write into.
     */
    public void publish(final FeatureVector out)
    {
        out.set(FeatureCatalog.EWMA_VOL, ewmaVolPerSecond());
        out.set(FeatureCatalog.EWMA_VOL_ANNUALIZED, ewmaVolAnnualized());
        for (int i = 0; i < windowNs.length; i++)
        {
            out.set(FeatureCatalog.realizedVol(i), realizedVol(i));
        }
    }

    /**
     * @param window the window's index.
     * @return the realized volatility scaled to a 365-day year by the window's nominal length, NaN when it
     *         holds no return.
     */
    public double realizedVolAnnualized(final int window)
    {
        return realizedCount[window] == 0 ? Double.NaN : StrictMath.sqrt(realizedSum[window] * annualization[window]);
    }

    /**
     * @param window the window's index.
     * @return how many returns the window holds (its length over the sample interval once filled).
     */
    public int realizedReturns(final int window)
    {
        return realizedCount[window];
    }

    private void remember(final long timeNs, final double squared)
    {
        returnTimes[next] = timeNs;
        squaredReturns[next] = squared;
        next = next + 1 == returnTimes.length ? 0 : next + 1;
        held = Math.min(held + 1, returnTimes.length);
    }

    /**
     * Sums each window newest first, in one walk since the windows are nested, and forgets the returns older
     * than the widest. Re-summing rather than keeping running sums leaves no rounding drift; a window is a few
     * hundred returns, once per sample.
     */
    private void sumWindows(final long nowNs)
    {
        double sum = 0;
        int count = 0;
        int window = 0;
        while (window < windowNs.length)
        {
            if (count < held)
            {
                final int slot = Math.floorMod(next - 1 - count, returnTimes.length);
                if (returnTimes[slot] > nowNs - windowNs[window])
                {
                    sum += squaredReturns[slot];
                    count++;
                    continue;
                }
            }
            realizedSum[window] = sum;
            realizedCount[window] = count;
            window++;
        }
        held = count;
    }
}
