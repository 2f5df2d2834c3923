package io.ringwall.engine.sizing;

/**
 * Risk-parity weights across K instruments from a covariance matrix (usually {@link EwmaCovariance}'s), and the
 * notional per instrument that spends a risk budget: so that no instrument dominates the portfolio's risk.
 * <p>
 * Weights are long-only and sum to 1; the strategy applies direction. Two schemes:
 * <ul>
 * <li><b>Inverse volatility</b>: w_i proportional to 1 / sigma_i. Ignores correlation; equal to ERC when all
 * correlations are equal.</li>
 * <li><b>Equal risk contribution</b>: w such that every risk contribution RC_i = w_i (C w)_i is the same.
 * Solved as the minimum of y'Cy / 2 - (1/K) sum(ln y_i) (Spinu; convex with a unique positive minimum whose
 * first-order condition is y_i (C y)_i = 1/K), by cyclical coordinate descent: each y_i in turn is set to the
 * positive root of C_ii y_i^2 + c_i y_i - 1/K = 0 with c_i = sum over j != i of C_ij y_j, starting from the
 * inverse-volatility point. It stops when max_i |y_i (C y)_i - 1/K| * K &lt;= tolerance (relative risk
 * contributions) or after maxIterations sweeps, whichever is first ({@link #lastIterations},
 * {@link #lastConverged}); w = y / sum(y). Each step is a closed form, so it needs no step size and holds
 * for singular (positive semi-definite) matrices with a positive diagonal, e.g. perfectly correlated
 * instruments.</li>
 * </ul>
 * A matrix with a variance that is not positive and finite (an instrument with no estimate yet, or one that
 * never moved) gives no verdict: all weights and notionals 0 and {@link #lastValid} false, since an instrument
 * with no measured risk would otherwise take an unbounded weight. Allocation-free after construction.
 */
public final class RiskParity
{
    private final int capacity;
    private final int maxIterations;
    private final double tolerance;
    private final double[] covariance;
    private final double[] weights;
    private final double[] work;
    private int instruments;
    private double[] matrix;
    private boolean valid;
    private boolean converged;
    private int iterations;
    private double portfolioVolatility = Double.NaN;

    /**
     * @param capacity      the most instruments, at least 1.
     * @param maxIterations the most coordinate-descent sweeps for ERC, at least 1.
     * @param tolerance     the ERC stopping tolerance on relative risk contributions, positive.
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public RiskParity(final int capacity, final int maxIterations, final double tolerance)
    {
        this.capacity = Checks.atLeast("instruments", capacity, 1);
        this.maxIterations = Checks.atLeast("riskParityMaxIterations", maxIterations, 1);
        this.tolerance = Checks.positive("riskParityTolerance", tolerance);
        covariance = new double[capacity * capacity];
        weights = new double[capacity];
        work = new double[capacity];
    }

    /**
     * Inverse-volatility weights from an EWMA covariance's annualised matrix.
     *
     * @return whether the verdict is valid (see {@link #lastValid}).
     */
    public boolean inverseVolatility(final EwmaCovariance source)
    {
        return inverseVolatility(load(source), covariance);
    }

    /**
     * Inverse-volatility weights.
     *
     * @param instruments K, at most the capacity.
     * @param matrix      the covariance, row-major K x K.
     * @return whether the verdict is valid.
     */
    public boolean inverseVolatility(final int instruments, final double[] matrix)
    {
        if (!begin(instruments, matrix))
        {
            return false;
        }
        double sum = 0;
        for (int i = 0; i < instruments; i++)
        {
            weights[i] = 1 / Math.sqrt(matrix[i * instruments + i]);
            sum += weights[i];
        }
        return finish(instruments, matrix, sum);
    }

    /**
     * Equal-risk-contribution weights from an EWMA covariance's annualised matrix.
     *
     * @return whether the verdict is valid (see {@link #lastValid}); see {@link #lastConverged} too.
     */
    public boolean equalRiskContribution(final EwmaCovariance source)
    {
        return equalRiskContribution(load(source), covariance);
    }

    /**
     * Equal-risk-contribution weights.
     *
     * @param instruments K, at most the capacity.
     * @param matrix      the covariance, row-major K x K, symmetric positive semi-definite.
     * @return whether the verdict is valid; see {@link #lastConverged} too.
     */
    public boolean equalRiskContribution(final int instruments, final double[] matrix)
    {
        if (!begin(instruments, matrix))
        {
            return false;
        }
        final double budget = 1.0 / instruments;
        final double[] y = weights;
        // start from the inverse-volatility point scaled to y'Cy = 1, near the answer when correlations are similar
        for (int i = 0; i < instruments; i++)
        {
            y[i] = 1 / Math.sqrt(matrix[i * instruments + i]);
        }
        final double scale = 1 / Math.sqrt(quadratic(instruments, matrix, y));
        for (int i = 0; i < instruments; i++)
        {
            y[i] *= scale;
        }
        converged = false;
        iterations = 0;
        while (iterations < maxIterations && !converged)
        {
            for (int i = 0; i < instruments; i++)
            {
                final int row = i * instruments;
                double c = 0;
                for (int j = 0; j < instruments; j++)
                {
                    if (j != i)
                    {
                        c += matrix[row + j] * y[j];
                    }
                }
                final double a = matrix[row + i];
                y[i] = (-c + Math.sqrt(c * c + 4 * a * budget)) / (2 * a);
            }
            iterations++;
            converged = worstRelativeGap(instruments, matrix, y, budget) <= tolerance;
        }
        double sum = 0;
        for (int i = 0; i < instruments; i++)
        {
            sum += y[i];
        }
        return finish(instruments, matrix, sum);
    }

    private int load(final EwmaCovariance source)
    {
        final int k = source.instruments();
        if (k > capacity)
        {
            throw new IllegalArgumentException("instruments must be at most the capacity " + capacity + ": " + k);
        }
        source.copyAnnualised(covariance);
        return k;
    }

    private boolean begin(final int instruments, final double[] matrix)
    {
        if (instruments < 1 || instruments > capacity)
        {
            throw new IllegalArgumentException("instruments must be in [1, " + capacity + "]: " + instruments);
        }
        this.instruments = instruments;
        this.matrix = matrix;
        valid = true;
        converged = true;
        iterations = 0;
        for (int i = 0; i < instruments; i++)
        {
            final double variance = matrix[i * instruments + i];
            valid &= variance > 0 && variance != Double.POSITIVE_INFINITY;
        }
        if (!valid)
        {
            converged = false;
            portfolioVolatility = Double.NaN;
            java.util.Arrays.fill(weights, 0, instruments, 0);
        }
        return valid;
    }

    private boolean finish(final int instruments, final double[] matrix, final double sum)
    {
        for (int i = 0; i < instruments; i++)
        {
            weights[i] /= sum;
        }
        portfolioVolatility = Math.sqrt(quadratic(instruments, matrix, weights));
        return true;
    }

    private double quadratic(final int instruments, final double[] matrix, final double[] x)
    {
        double sum = 0;
        for (int i = 0; i < instruments; i++)
        {
            sum += x[i] * marginal(instruments, matrix, x, i);
        }
        return sum;
    }

    private double worstRelativeGap(final int instruments, final double[] matrix, final double[] y, final double budget)
    {
        double worst = 0;
        for (int i = 0; i < instruments; i++)
        {
            worst = Math.max(worst, Math.abs(y[i] * marginal(instruments, matrix, y, i) - budget) / budget);
        }
        return worst;
    }

    private static double marginal(final int instruments, final double[] matrix, final double[] x, final int i)
    {
        final int row = i * instruments;
        double sum = 0;
        for (int j = 0; j < instruments; j++)
        {
            sum += matrix[row + j] * x[j];
        }
        return sum;
    }

    /**
     * The notional for instrument i that spends a risk budget: weights scaled so the portfolio's volatility is the
     * budget, notional_i = budget * w_i / sqrt(w'Cw).
     *
     * @param i          the instrument's index.
     * @param riskBudget the portfolio volatility to spend, quote currency, in the matrix's time unit (annualised
     *                   for {@link EwmaCovariance}'s: e.g. equity * target annual volatility).
     * @return the notional, 0 when the last verdict was not valid.
     */
    public double notional(final int i, final double riskBudget)
    {
        return valid && portfolioVolatility > 0 ? riskBudget * weights[i] / portfolioVolatility : 0;
    }

    /**
     * Instrument i's share of the portfolio variance under the last weights, w_i (C w)_i / w'Cw: 1/K for each
     * under ERC. NaN when the last verdict was not valid. Reads the matrix the verdict was given.
     */
    public double riskContribution(final int i)
    {
        return valid ? weights[i] * marginal(instruments, matrix, weights, i) / (portfolioVolatility * portfolioVolatility)
            : Double.NaN;
    }

    /** @return instrument i's weight in the last verdict (0 when it was not valid). */
    public double weight(final int i)
    {
        return weights[i];
    }

    /** @return K of the last verdict. */
    public int lastInstruments()
    {
        return instruments;
    }

    /** @return whether the last verdict had a usable variance for every instrument. */
    public boolean lastValid()
    {
        return valid;
    }

    /** @return whether the last ERC met the tolerance (true for inverse volatility, false when not valid). */
    public boolean lastConverged()
    {
        return converged;
    }

    /** @return the coordinate-descent sweeps of the last ERC, 0 for inverse volatility. */
    public int lastIterations()
    {
        return iterations;
    }

    /** @return sqrt(w'Cw) of the last weights: the unit-budget portfolio's volatility, NaN when not valid. */
    public double lastPortfolioVolatility()
    {
        return portfolioVolatility;
    }
}
