package io.ringwall.engine.config;

import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.sizing.SizingSettings;
import io.ringwall.engine.trading.EntryAlgo;
import io.ringwall.engine.trading.TradingSettings;

/**
 * Reads the {@code trading} section over {@link TradingSettings#DISABLED}, e.g.
 * <pre>
 * trading:
 *   enabled: true
 *   initialEquity: 100000
 *   equityInterval: 1s
 *   risk: {maxOrderNotional: 20000, maxGrossExposure: 50000, dailyLossLimit: 1000, maxDrawdown: 2000}
 *   sizing: {model: kelly, kellyFraction: 0.5, kellyMaxFraction: 0.1}
 *   venue: {orderLatency: 5ms, cancelLatency: 5ms, makerFeeBps: 1, takerFeeBps: 5}
 *   strategy:
 *     entryProbability: 0.6
 *     useWalls: true
 *     takeProfitAtr: 2
 *     stopAtr: 1
 *     timeStop: 60s
 *     entryAlgo: market          # or smart-limit
 *     maxSlippageBps: 10
 *     maxAttempts: 3
 *     improveTicks: 0
 *     repriceTicks: 2
 *     maxReprices: 5
 *     entryTimeLimit: 10s
 * </pre>
 * Unknown keys are errors, as everywhere in the config.
 */
final class TradingConfig
{
    private static final long NS_PER_MS = 1_000_000L;
    private static final double ANY = Double.MAX_VALUE;

    private TradingConfig()
    {
    }

    /**
     * @param node the {@code trading} node (absent: {@link TradingSettings#DISABLED}).
     * @return the settings.
     * @throws ConfigException naming the key of an unknown key or a bad value.
     */
    static TradingSettings read(final ConfigNode node)
    {
        final TradingSettings d = TradingSettings.DISABLED;
        final boolean enabled = node.bool("enabled", d.enabled());
        final double initialEquity = node.doubleValue("initialEquity", d.initialEquity(), 0, 1e15);
        final long equityInterval = node.durationMs("equityInterval", d.equityIntervalNs() / NS_PER_MS, 10, 86_400_000L) * NS_PER_MS;
        final var risk = RiskConfig.read(node.child("risk"));
        final SizingSettings sizing = sizing(node.child("sizing"));

        final ConfigNode venue = node.child("venue");
        final long orderLatency = venue.durationMs("orderLatency", d.orderLatencyNs() / NS_PER_MS, 0, 60_000) * NS_PER_MS;
        final long cancelLatency = venue.durationMs("cancelLatency", d.cancelLatencyNs() / NS_PER_MS, 0, 60_000) * NS_PER_MS;
        final double makerFeeBps = venue.doubleValue("makerFeeBps", d.makerFeeBps(), -100, 100);
        final double takerFeeBps = venue.doubleValue("takerFeeBps", d.takerFeeBps(), -100, 100);
        venue.rejectUnknownKeys();

        final ConfigNode s = node.child("strategy");
        final double entryProbability = s.doubleValue("entryProbability", d.entryProbability(), 0.5, 1);
        final boolean useWalls = s.bool("useWalls", d.useWalls());
        final double takeProfitAtr = s.doubleValue("takeProfitAtr", d.takeProfitAtr(), 0, 1000);
        final double stopAtr = s.doubleValue("stopAtr", d.stopAtr(), 0, 1000);
        final long timeStop = s.durationMs("timeStop", d.timeStopNs() / NS_PER_MS, 1, 86_400_000L) * NS_PER_MS;
        final EntryAlgo entryAlgo = s.choice("entryAlgo", d.entryAlgo(), EntryAlgo.class);
        final long maxSlippageBps = s.longValue("maxSlippageBps", d.maxSlippageBps(), 0, 9_999);
        final int maxAttempts = s.intValue("maxAttempts", d.maxAttempts(), 1, 1_000);
        final long improveTicks = s.longValue("improveTicks", d.improveTicks(), 0, 1_000_000);
        final long repriceTicks = s.longValue("repriceTicks", d.repriceTicks(), 0, 1_000_000);
        final int maxReprices = s.intValue("maxReprices", d.maxReprices(), 0, 1_000_000);
        final long entryTimeLimit = s.durationMs("entryTimeLimit", d.entryTimeLimitNs() / NS_PER_MS, 1, 86_400_000L) * NS_PER_MS;
        s.rejectUnknownKeys();
        node.rejectUnknownKeys();
        return new TradingSettings(enabled, initialEquity, equityInterval, risk, sizing, orderLatency, cancelLatency,
            makerFeeBps, takerFeeBps, entryProbability, useWalls, takeProfitAtr, stopAtr, timeStop, entryAlgo,
            maxSlippageBps, maxAttempts, improveTicks, repriceTicks, maxReprices, entryTimeLimit);
    }

    private static SizingSettings sizing(final ConfigNode node)
    {
        final SizingSettings d = SizingSettings.DEFAULTS;
        final String name = node.string("model", d.model().configName());
        final SizingModel model;
        try
        {
            model = SizingModel.of(name);
        }
        catch (final IllegalArgumentException ex)
        {
            throw node.error("model", ex.getMessage());
        }
        if (model != SizingModel.KELLY && model != SizingModel.VOL_TARGET)
        {
            throw node.error("model", model.configName() + " is not wired into the trading stage yet (use kelly or vol-target)");
        }
        final double kellyFraction = node.doubleValue("kellyFraction", d.kellyFraction(), 0, 1);
        final double kellyMaxFraction = node.doubleValue("kellyMaxFraction", d.kellyMaxFraction(), 0, 1);
        final double targetVolatility = node.doubleValue("targetVolatility", d.targetVolatility(), 0, ANY);
        final double maxLeverage = node.doubleValue("maxLeverage", d.maxLeverage(), 0, ANY);
        node.rejectUnknownKeys();
        return new SizingSettings(model, kellyFraction, kellyMaxFraction, targetVolatility, maxLeverage,
            d.optimalFTrades(), d.optimalFMinTrades(), d.optimalFFraction(), d.covarianceHalfLifeNs(),
            d.riskParityMaxIterations(), d.riskParityTolerance());
    }
}
