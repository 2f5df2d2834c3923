package io.ringwall.engine.signals;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.ConvergenceChecker;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

import java.util.Arrays;

/**
 * Fits an L2-regularised logistic regression on standardised features by minimising
 * <pre>
 *   (1/n) Σ [ log(1 + e^s_i) − y_i s_i ]  +  (l2 / 2) Σ_j w_j²,     s_i = b + Σ_j w_j z_ij
 * </pre>
 * (the mean log-loss plus a ridge penalty; the intercept b is not penalised) with Hipparchus' Polak-Ribière
 * conjugate gradient and the analytic gradient. Because the loss is a mean, l2 means the same whatever
 * the sample count: l2 = 0.01 shrinks a weight as much on a day of data as on a month.
 */
public final class LogisticFit
{
    /** Iterations allowed before giving up (the problem is smooth and convex: far more than needed). */
    static final int MAX_ITERATIONS = 10_000;
    /** The largest gradient component left at the optimum (on the mean-loss scale). */
    static final double GRADIENT_TOLERANCE = 1e-9;

    private final double[] weights;
    private final double intercept;
    private final double objective;
    private final int iterations;

    private LogisticFit(final double[] weights, final double intercept, final double objective, final int iterations)
    {
        this.weights = weights;
        this.intercept = intercept;
        this.objective = objective;
        this.iterations = iterations;
    }

    /**
     * @param z  standardised features, one row per sample.
     * @param y  labels, 0 or 1.
     * @param l2 the ridge penalty (not negative).
     * @return the fitted coefficients.
     * @throws IllegalArgumentException for no samples, mismatched lengths or a negative l2.
     * @throws IllegalStateException    if the optimiser did not converge (separable data with l2 = 0).
     */
    public static LogisticFit fit(final double[][] z, final int[] y, final double l2)
    {
        if (z.length == 0 || z.length != y.length)
        {
            throw new IllegalArgumentException("need samples with one label each, got " + z.length + " rows and " + y.length + " labels");
        }
        if (!(l2 >= 0) || !Double.isFinite(l2))
        {
            throw new IllegalArgumentException("l2 must be zero or positive, got " + l2);
        }
        final Objective objective = new Objective(z, y, l2);
        final Converged converged = new Converged(objective, z[0].length + 1);
        // The line search brackets its first step over [0, 1]: about the Newton step on standardised features
        // (curvature near 1/4 + l2). A tiny first bracket sees no change in the loss near the optimum and stalls.
        final NonLinearConjugateGradientOptimizer optimiser = new NonLinearConjugateGradientOptimizer(
            NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, converged, 1e-12, 1e-14, 1.0);
        final PointValuePair best;
        try
        {
            best = optimiser.optimize(
                new MaxEval(Integer.MAX_VALUE), new MaxIter(MAX_ITERATIONS),
                new ObjectiveFunction(objective::value), new ObjectiveFunctionGradient(objective::gradient),
                GoalType.MINIMIZE, new InitialGuess(new double[z[0].length + 1]));
        }
        catch (final MathIllegalStateException ex)
        {
            throw new IllegalStateException("the logistic regression did not converge (" + ex.getMessage() +
                "); with l2 = 0 separable data has no finite optimum: use a positive l2", ex);
        }
        final double[] point = best.getPoint();
        final int d = point.length - 1;
        return new LogisticFit(Arrays.copyOf(point, d), point[d], best.getValue(), optimiser.getIterations());
    }

    private static double maxAbs(final double[] values)
    {
        double max = 0;
        for (final double v : values)
        {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** @return the weights on the standardised features. */
    public double[] weights()
    {
        return weights.clone();
    }

    public double intercept()
    {
        return intercept;
    }

    /** @return the penalised mean log-loss at the optimum. */
    public double objective()
    {
        return objective;
    }

    /** @return the optimiser's iterations. */
    public int iterations()
    {
        return iterations;
    }

    /**
     * Converged when the gradient is flat. A test on the loss alone stops early: near the optimum the loss
     * changes by the square of the gradient, and a Polak-Ribière direction can stall until the optimiser's
     * periodic restart (every dimension-many iterations) turns it back to steepest descent. So an iteration
     * that does not lower the loss ends the fit only when a whole restart cycle has passed without progress:
     * the loss is then as low as doubles can tell.
     */
    private static final class Converged implements ConvergenceChecker<PointValuePair>
    {
        private final Objective objective;
        private final int cycle;
        private int stalled;

        Converged(final Objective objective, final int dimension)
        {
            this.objective = objective;
            this.cycle = dimension + 1;
        }

        @Override
        public boolean converged(final int iteration, final PointValuePair previous, final PointValuePair current)
        {
            if (maxAbs(objective.gradient(current.getPointRef())) <= GRADIENT_TOLERANCE)
            {
                return true;
            }
            stalled = current.getValue() < previous.getValue() ? 0 : stalled + 1;
            return stalled > cycle;
        }
    }

    /**
     * The objective and its gradient, sharing one pass over the data: the optimiser asks for both at the
     * same point, so the last point's results are kept.
     */
    private static final class Objective
    {
        private final double[][] z;
        private final int[] y;
        private final double l2;
        private double[] lastPoint;
        private double lastValue;
        private double[] lastGradient;

        Objective(final double[][] z, final int[] y, final double l2)
        {
            this.z = z;
            this.y = y;
            this.l2 = l2;
        }

        double value(final double[] point)
        {
            evaluate(point);
            return lastValue;
        }

        double[] gradient(final double[] point)
        {
            evaluate(point);
            return lastGradient.clone();
        }

        private void evaluate(final double[] point)
        {
            if (lastPoint != null && Arrays.equals(lastPoint, point))
            {
                return;
            }
            final int d = point.length - 1;
            final double b = point[d];
            final double[] gradient = new double[d + 1];
            double loss = 0;
            for (int i = 0; i < z.length; i++)
            {
                final double[] row = z[i];
                double s = b;
                for (int j = 0; j < d; j++)
                {
                    s += point[j] * row[j];
                }
                // log(1 + e^s) without overflow for large |s|
                loss += Math.max(s, 0.0) + StrictMath.log1p(StrictMath.exp(-Math.abs(s))) - y[i] * s;
                final double residual = SignalModel.probability(s) - y[i];
                for (int j = 0; j < d; j++)
                {
                    gradient[j] += residual * row[j];
                }
                gradient[d] += residual;
            }
            final double n = z.length;
            double penalty = 0;
            for (int j = 0; j <= d; j++)
            {
                gradient[j] /= n;
            }
            for (int j = 0; j < d; j++)
            {
                penalty += point[j] * point[j];
                gradient[j] += l2 * point[j];
            }
            lastPoint = point.clone();
            lastValue = loss / n + 0.5 * l2 * penalty;
            lastGradient = gradient;
        }
    }
}
