package io.ringwall.engine.report;

/**
 * How a book of trades did, from its equity samples and its closed trades (offline, allocation is fine).
 * <p>
 * Definitions, all on the samples as given (one grid interval apart):
 * <ul>
 * <li>total return: last equity / first equity - 1.</li>
 * <li>sampled returns r_i = e_i / e_(i-1) - 1 for i in [1, n).</li>
 * <li>Sharpe: mean(r) / stdev(r) * sqrt(P), risk-free rate 0, stdev with n-1 (sample); P = periods per year =
 * 365 days (crypto trades every day) / the grid interval. NaN with fewer than two returns or a zero stdev
 * (flat equity): undefined, not zero, so a flat curve never ranks as a good or bad one.</li>
 * <li>Sortino: mean(r) / downside deviation * sqrt(P), downside deviation = sqrt(sum(min(r, 0)^2) / N) over all N
 * returns (target 0); NaN when no return is negative or there are none.</li>
 * <li>max drawdown: the largest (peak - e) / peak, a positive fraction (0 when equity never fell); its duration is
 * the time from that drawdown's peak sample to the first later sample back at or above the peak, or to the last
 * sample if it never recovered.</li>
 * <li>trades count net PnL (after fees): a win is > 0, a loss < 0, break-even neither. Win rate = wins / trades;
 * profit factor = sum of wins / |sum of losses| (+Infinity with wins and no losses, NaN with neither); average
 * win and average loss (negative) NaN when there are none; expectancy = sum of net PnL / trades. With no trades
 * these are NaN and the count 0.</li>
 * <li>exposure time: the fraction of samples with a position.</li>
 * <li>turnover: traded notional / mean equity over the samples.</li>
 * </ul>
 *
 * @param samples              equity samples used.
 * @param totalReturn          last / first - 1.
 * @param sharpe               annualised Sharpe ratio.
 * @param sortino              annualised Sortino ratio.
 * @param maxDrawdown          the largest peak-to-trough fall, fraction of the peak.
 * @param maxDrawdownDurationNs its duration, peak to recovery (or to the end).
 * @param trades               closed trades.
 * @param winRate              wins / trades.
 * @param profitFactor         gross wins / gross losses.
 * @param averageWin           mean net PnL of the wins.
 * @param averageLoss          mean net PnL of the losses (negative).
 * @param expectancy           mean net PnL per trade.
 * @param exposureTime         fraction of samples in a position.
 * @param turnover             traded notional / mean equity.
 */
public record PerformanceMetrics(
    int samples,
    double totalReturn,
    double sharpe,
    double sortino,
    double maxDrawdown,
    long maxDrawdownDurationNs,
    int trades,
    double winRate,
    double profitFactor,
    double averageWin,
    double averageLoss,
    double expectancy,
    double exposureTime,
    double turnover)
{
    /** Nanoseconds in the 365-day year crypto markets trade. */
    public static final double YEAR_NS = 365.0 * 24 * 3600 * 1e9;

    /**
     * @param intervalNs the spacing of equity samples.
     * @return sampling periods per 365-day year.
     */
    public static double periodsPerYear(final long intervalNs)
    {
        return YEAR_NS / intervalNs;
    }

    /**
     * @param equity         equity samples, quote currency, one grid interval apart, in time order.
     * @param inPosition     per sample, whether anything was held (same length as equity).
     * @param intervalNs     the grid interval.
     * @param tradeNetPnl    net PnL (after fees) of each closed trade.
     * @param tradedNotional the sum of |price * qty| of every fill, quote currency.
     * @return the metrics.
     * @throws IllegalArgumentException when the lengths differ or intervalNs is not positive.
     */
    public static PerformanceMetrics of(
        final double[] equity, final boolean[] inPosition, final long intervalNs, final double[] tradeNetPnl,
        final double tradedNotional)
    {
        if (equity.length != inPosition.length)
        {
            throw new IllegalArgumentException("inPosition length " + inPosition.length + " != equity length " + equity.length);
        }
        if (intervalNs <= 0)
        {
            throw new IllegalArgumentException("intervalNs must be positive: " + intervalNs);
        }
        final int n = equity.length;
        final double totalReturn = n == 0 ? Double.NaN : equity[n - 1] / equity[0] - 1.0;

        final int returns = Math.max(0, n - 1);
        double sum = 0;
        for (int i = 1; i < n; i++)
        {
            sum += equity[i] / equity[i - 1] - 1.0;
        }
        final double mean = returns == 0 ? Double.NaN : sum / returns;
        double squares = 0;
        double downside = 0;
        for (int i = 1; i < n; i++)
        {
            final double r = equity[i] / equity[i - 1] - 1.0;
            squares += (r - mean) * (r - mean);
            downside += r < 0 ? r * r : 0.0;
        }
        final double annual = Math.sqrt(periodsPerYear(intervalNs));
        final double stdev = returns < 2 ? 0.0 : Math.sqrt(squares / (returns - 1));
        final double sharpe = stdev > 0 ? mean / stdev * annual : Double.NaN;
        final double downsideDeviation = returns == 0 ? 0.0 : Math.sqrt(downside / returns);
        final double sortino = downsideDeviation > 0 ? mean / downsideDeviation * annual : Double.NaN;

        double maxDrawdown = 0;
        long maxDrawdownDuration = 0;
        int peakAt = 0;
        int worstPeakAt = -1;
        for (int i = 0; i < n; i++)
        {
            if (equity[i] >= equity[peakAt])
            {
                peakAt = i;
                continue;
            }
            final double dd = (equity[peakAt] - equity[i]) / equity[peakAt];
            if (dd > maxDrawdown)
            {
                maxDrawdown = dd;
                worstPeakAt = peakAt;
            }
        }
        if (worstPeakAt >= 0)
        {
            int end = n - 1;
            for (int i = worstPeakAt + 1; i < n; i++)
            {
                if (equity[i] >= equity[worstPeakAt])
                {
                    end = i;
                    break;
                }
            }
            maxDrawdownDuration = (end - worstPeakAt) * intervalNs;
        }

        int wins = 0;
        int losses = 0;
        double winSum = 0;
        double lossSum = 0;
        double netSum = 0;
        for (final double pnl : tradeNetPnl)
        {
            netSum += pnl;
            if (pnl > 0)
            {
                wins++;
                winSum += pnl;
            }
            else if (pnl < 0)
            {
                losses++;
                lossSum += pnl;
            }
        }
        final int trades = tradeNetPnl.length;
        final double winRate = trades == 0 ? Double.NaN : (double)wins / trades;
        final double profitFactor = losses > 0 ? winSum / -lossSum : wins > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        final double averageWin = wins == 0 ? Double.NaN : winSum / wins;
        final double averageLoss = losses == 0 ? Double.NaN : lossSum / losses;
        final double expectancy = trades == 0 ? Double.NaN : netSum / trades;

        int held = 0;
        double equitySum = 0;
        for (int i = 0; i < n; i++)
        {
            held += inPosition[i] ? 1 : 0;
            equitySum += equity[i];
        }
        final double exposureTime = n == 0 ? Double.NaN : (double)held / n;
        final double turnover = n == 0 ? Double.NaN : tradedNotional / (equitySum / n);

        return new PerformanceMetrics(n, totalReturn, sharpe, sortino, maxDrawdown, maxDrawdownDuration, trades,
            winRate, profitFactor, averageWin, averageLoss, expectancy, exposureTime, turnover);
    }
}
