package io.ringwall.engine.sizing;

/**
 * The EWMA covariance of mid log returns across K instruments sampled together on an event-time grid, with a
 * half-life in time: the input to risk parity and to the portfolio's correlation view.
 * <p>
 * The caller sets each instrument's latest mid with {@link #onMid} and takes a grid sample with
 * {@link #onSample}. A sample updates the matrix only when every instrument has a return: a usable mid now and
 * at the previous sample (positive and finite, and no {@link #reset} since). Updating pairs separately would
 * give each entry its own history and a matrix that need not be positive semi-definite; a sample where one
 * instrument is missing updates nothing, and the next return spans the gap once (as the volatility features do).
 * <p>
 * With r_i = ln(mid_i / previous mid_i) over dt seconds, the sample's rate matrix is x_ij = r_i r_j / dt (returns
 * taken to have zero mean, as at these horizons the mean is noise). Decay lambda = 2^(-dt / halfLife), computed
 * as exp(-ln 2 * dt / halfLife); S = lambda S + (1 - lambda) x and W = lambda W + (1 - lambda), and the
 * covariance rate per second is S / W. Dividing by W is the direct weighted mean sum(w_t x_t) / sum(w_t) with
 * w_t = (1 - lambda_t) * product of the later lambdas, so the first return reads as itself rather than climbing
 * from zero. Annualised = per second * {@link #SECONDS_PER_YEAR} (365 days: crypto trades every day). NaN until
 * the first complete sample. StrictMath for log and exp; allocation-free after construction.
 */
public final class EwmaCovariance
{
    /** Seconds in a 365-day year, the annualisation basis. */
    public static final double SECONDS_PER_YEAR = 365.0 * 24 * 60 * 60;

    private static final double LN2 = 0.6931471805599453;

    private final int instruments;
    private final double halfLifeNs;
    private final double[] mids;
    private final double[] previousMids;
    private final double[] returns;
    private final double[] weightedSum;
    private double weight;
    private boolean sampled;
    private long lastTimeNs;
    private long samples;

    /**
     * @param instruments K, the instruments covered (indices 0 .. K - 1), at least 1.
     * @param halfLifeNs  the half-life in event time, positive: a return's weight halves every half-life however
     *                    many samples fall in it.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public EwmaCovariance(final int instruments, final long halfLifeNs)
    {
        this.instruments = Checks.atLeast("instruments", instruments, 1);
        this.halfLifeNs = Checks.positive("covarianceHalfLifeNs", halfLifeNs);
        mids = new double[instruments];
        previousMids = new double[instruments];
        returns = new double[instruments];
        weightedSum = new double[instruments * instruments];
        java.util.Arrays.fill(mids, Double.NaN);
        java.util.Arrays.fill(previousMids, Double.NaN);
    }

    /**
     * Sets an instrument's latest mid, taken at the next sample.
     *
     * @param instrument the index, 0 .. K - 1.
     * @param mid        the mid price, NaN when there is none (an empty side).
     */
    public void onMid(final int instrument, final double mid)
    {
        mids[instrument] = mid;
    }

    /**
     * Stops an instrument's next sample from making a return against its last one: call it when its book stops
     * being LIVE.
     *
     * @param instrument the index, 0 .. K - 1.
     */
    public void reset(final int instrument)
    {
        previousMids[instrument] = Double.NaN;
    }

    /**
     * Takes one grid sample of every instrument's latest mid. A sample at or before the previous one is ignored.
     *
     * @param timeNs the grid point's event time.
     */
    public void onSample(final long timeNs)
    {
        if (sampled && timeNs <= lastTimeNs)
        {
            return;
        }
        boolean complete = sampled;
        for (int i = 0; i < instruments; i++)
        {
            final double mid = mids[i];
            final boolean usable = mid > 0 && mid != Double.POSITIVE_INFINITY;
            complete &= usable && !Double.isNaN(previousMids[i]);
        }
        if (complete)
        {
            final double dtNs = timeNs - lastTimeNs;
            for (int i = 0; i < instruments; i++)
            {
                returns[i] = StrictMath.log(mids[i] / previousMids[i]);
            }
            final double lambda = StrictMath.exp(-LN2 * dtNs / halfLifeNs);
            final double perSecond = 1e9 / dtNs;
            for (int i = 0; i < instruments; i++)
            {
                for (int j = 0; j < instruments; j++)
                {
                    final int at = i * instruments + j;
                    weightedSum[at] = lambda * weightedSum[at] + (1 - lambda) * returns[i] * returns[j] * perSecond;
                }
            }
            weight = lambda * weight + (1 - lambda);
            samples++;
        }
        for (int i = 0; i < instruments; i++)
        {
            final double mid = mids[i];
            previousMids[i] = mid > 0 && mid != Double.POSITIVE_INFINITY ? mid : Double.NaN;
        }
        sampled = true;
        lastTimeNs = timeNs;
    }

    /** @return K, the instruments covered. */
    public int instruments()
    {
        return instruments;
    }

    /** @return how many samples have updated the matrix. */
    public long samples()
    {
        return samples;
    }

    /**
     * @return the covariance rate per second of instruments i and j's log returns, NaN before the first update.
     */
    public double covariancePerSecond(final int i, final int j)
    {
        return samples == 0 ? Double.NaN : weightedSum[i * instruments + j] / weight;
    }

    /**
     * @return the covariance of i and j over a 365-day year.
     */
    public double covarianceAnnualised(final int i, final int j)
    {
        return covariancePerSecond(i, j) * SECONDS_PER_YEAR;
    }

    /**
     * @return the annualised volatility of instrument i.
     */
    public double volatilityAnnualised(final int i)
    {
        return StrictMath.sqrt(covarianceAnnualised(i, i));
    }

    /**
     * @return the correlation of i and j, NaN before the first update or when either has had zero variance.
     */
    public double correlation(final int i, final int j)
    {
        final double denominator = StrictMath.sqrt(weightedSum[i * instruments + i] * weightedSum[j * instruments + j]);
        return samples == 0 || !(denominator > 0) ? Double.NaN : weightedSum[i * instruments + j] / denominator;
    }

    /**
     * Copies the annualised covariance matrix, row-major K x K, into a caller's array.
     *
     * @param into at least K * K long.
     */
    public void copyAnnualised(final double[] into)
    {
        for (int at = 0; at < weightedSum.length; at++)
        {
            into[at] = samples == 0 ? Double.NaN : weightedSum[at] / weight * SECONDS_PER_YEAR;
        }
    }
}
