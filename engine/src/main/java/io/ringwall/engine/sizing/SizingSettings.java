package io.ringwall.engine.sizing;

/**
 * A strategy's sizing parameters, from the config's {@code sizing} section: the model and each model's
 * parameters (all are validated, whichever model is chosen, so a config is wrong or right as a whole).
 *
 * @param model                   which sizer the strategy uses.
 * @param kellyFraction           share of full Kelly, (0, 1].
 * @param kellyMaxFraction        most of equity one Kelly verdict may commit, (0, 1].
 * @param targetVolatility        annualised volatility to hold, positive (0.2 = 20 %).
 * @param maxLeverage             most notional per unit of equity for volatility targeting, positive.
 * @param optimalFTrades          closed trades remembered for optimal f, at least 1.
 * @param optimalFMinTrades       trades needed before optimal f sizes, in [1, optimalFTrades].
 * @param optimalFFraction        share of optimal f applied, (0, 1].
 * @param covarianceHalfLifeNs    EWMA covariance half-life in event time, positive.
 * @param riskParityMaxIterations most ERC sweeps, at least 1.
 * @param riskParityTolerance     ERC tolerance on relative risk contributions, positive.
 */
public record SizingSettings(
    SizingModel model,
    double kellyFraction,
    double kellyMaxFraction,
    double targetVolatility,
    double maxLeverage,
    int optimalFTrades,
    int optimalFMinTrades,
    double optimalFFraction,
    long covarianceHalfLifeNs,
    int riskParityMaxIterations,
    double riskParityTolerance)
{
    /** Half Kelly capped at 25 %, 20 % target volatility at up to 2x, quarter optimal f after 30 of 100 trades... */
    public static final SizingSettings DEFAULTS = new SizingSettings(
        SizingModel.KELLY, 0.5, 0.25, 0.2, 2.0, 100, 30, 0.25, 300_000_000_000L, 1_000, 1e-12);

    /**
     * @throws IllegalArgumentException naming the parameter that is out of range.
     */
    public SizingSettings
    {
        if (model == null)
        {
            throw new IllegalArgumentException("sizing.model must be set");
        }
        Checks.inUnitInterval("kellyFraction", kellyFraction);
        Checks.inUnitInterval("kellyMaxFraction", kellyMaxFraction);
        Checks.positive("targetVolatility", targetVolatility);
        Checks.positive("maxLeverage", maxLeverage);
        Checks.atLeast("optimalFTrades", optimalFTrades, 1);
        Checks.atLeast("optimalFMinTrades", optimalFMinTrades, 1);
        if (optimalFMinTrades > optimalFTrades)
        {
            throw new IllegalArgumentException(
                "optimalFMinTrades must be at most optimalFTrades " + optimalFTrades + ": " + optimalFMinTrades);
        }
        Checks.inUnitInterval("optimalFFraction", optimalFFraction);
        Checks.positive("covarianceHalfLifeNs", covarianceHalfLifeNs);
        Checks.atLeast("riskParityMaxIterations", riskParityMaxIterations, 1);
        Checks.positive("riskParityTolerance", riskParityTolerance);
    }

    /** @return a Kelly sizer with these parameters. */
    public FractionalKelly kelly()
    {
        return new FractionalKelly(kellyFraction, kellyMaxFraction);
    }

    /** @return a volatility-target sizer with these parameters. */
    public VolatilityTarget volatilityTarget()
    {
        return new VolatilityTarget(targetVolatility, maxLeverage);
    }

    /** @return an optimal-f sizer with these parameters. */
    public OptimalF optimalF()
    {
        return new OptimalF(optimalFTrades, optimalFMinTrades, optimalFFraction);
    }

    /** @return an EWMA covariance over K instruments with this half-life. */
    public EwmaCovariance covariance(final int instruments)
    {
        return new EwmaCovariance(instruments, covarianceHalfLifeNs);
    }

    /** @return a risk-parity solver for up to K instruments with these parameters. */
    public RiskParity riskParity(final int instruments)
    {
        return new RiskParity(instruments, riskParityMaxIterations, riskParityTolerance);
    }
}
