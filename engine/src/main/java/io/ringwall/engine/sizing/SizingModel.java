package io.ringwall.engine.sizing;

/**
 * How a strategy sizes its positions, chosen per strategy in the config.
 */
public enum SizingModel
{
    /** {@link FractionalKelly}: from the signal's confidence and the take-profit and stop distances. */
    KELLY("kelly"),
    /** {@link VolatilityTarget}: a target annualised volatility of equity over the instrument's. */
    VOL_TARGET("vol-target"),
    /** {@link OptimalF}: from the strategy's own closed trades once it has enough of them. */
    OPTIMAL_F("optimal-f"),
    /** {@link RiskParity}: equal risk contributions across instruments from an {@link EwmaCovariance}. */
    RISK_PARITY("risk-parity");

    private final String configName;

    SizingModel(final String configName)
    {
        this.configName = configName;
    }

    /** @return the name the config uses. */
    public String configName()
    {
        return configName;
    }

    /**
     * @param name a config name ("kelly", "vol-target", "optimal-f", "risk-parity") or the constant's name, any
     *             case.
     * @return the model.
     * @throws IllegalArgumentException listing the accepted names when none matches.
     */
    public static SizingModel of(final String name)
    {
        for (final SizingModel model : values())
        {
            if (model.configName.equalsIgnoreCase(name) || model.name().equalsIgnoreCase(name))
            {
                return model;
            }
        }
        throw new IllegalArgumentException(
            "sizing.model must be one of kelly, vol-target, optimal-f, risk-parity: " + name);
    }
}
