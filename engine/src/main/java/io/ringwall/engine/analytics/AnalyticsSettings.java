package io.ringwall.engine.analytics;

import io.ringwall.engine.walls.WallSettingsBySymbol;

import java.nio.file.Path;

/**
 * The analytics stage's parameters, from the config's {@code analytics} section. They change the features
 * and so the decisions: replay must use the same ones (a journal records its config).
 *
 * @param enabled            run the analytics at all.
 * @param sampleIntervalNs   the event-time grid on which mid returns are sampled (volatility, wavelets, regimes).
 * @param snapshotIntervalNs feature snapshots are journaled at this event-time cadence.
 * @param signalIntervalNs   signals are computed and journaled at this cadence (with a snapshot each).
 * @param signalHorizonNs    the horizon the default rule's probability speaks of (a model carries its own).
 * @param depthBandsBps      depth bands around mid, bps (at most 8).
 * @param imbalanceLevels    levels per side for the top-of-book imbalance.
 * @param impactNotionals    market-impact notionals, quote currency (at most 8).
 * @param flowWindowsNs      trade-flow windows (at most 8).
 * @param ewmaHalfLifeNs     EWMA volatility half-life.
 * @param realizedWindowsNs  realized-volatility windows (at most 8).
 * @param barTimeframesNs    OHLCV bar timeframes (at most 8).
 * @param atrPeriods         bars in the ATR.
 * @param journalBars        journal completed bars as decisions.
 * @param waveletLevels      Haar levels L (window 2^L samples).
 * @param model              a trained model (its file and text), or null for the documented default rule.
 * @param walls              wall detection parameters, per instrument over defaults.
 */
public record AnalyticsSettings(
    boolean enabled,
    long sampleIntervalNs,
    long snapshotIntervalNs,
    long signalIntervalNs,
    long signalHorizonNs,
    double[] depthBandsBps,
    int imbalanceLevels,
    double[] impactNotionals,
    long[] flowWindowsNs,
    long ewmaHalfLifeNs,
    long[] realizedWindowsNs,
    long[] barTimeframesNs,
    int atrPeriods,
    boolean journalBars,
    int waveletLevels,
    ModelSource model,
    WallSettingsBySymbol walls)
{
    private static final long SECOND = 1_000_000_000L;

    /** The defaults: 1 s grids and cadences, bands 10/25/50/100 bps, windows 1 s/10 s/60 s... */
    public static final AnalyticsSettings DEFAULTS = new AnalyticsSettings(
        true, SECOND, SECOND, SECOND, 10 * SECOND,
        new double[]{ 10, 25, 50, 100 }, 10, new double[]{ 10_000, 100_000, 1_000_000 },
        new long[]{ SECOND, 10 * SECOND, 60 * SECOND }, 30 * SECOND, new long[]{ 60 * SECOND, 300 * SECOND },
        new long[]{ SECOND, 60 * SECOND, 300 * SECOND }, 14, true, 6, null, WallSettingsBySymbol.DEFAULTS);

    /** No analytics: the books alone. */
    public static final AnalyticsSettings DISABLED = new AnalyticsSettings(
        false, SECOND, SECOND, SECOND, 10 * SECOND,
        new double[]{ 10, 25, 50, 100 }, 10, new double[]{ 10_000, 100_000, 1_000_000 },
        new long[]{ SECOND, 10 * SECOND, 60 * SECOND }, 30 * SECOND, new long[]{ 60 * SECOND, 300 * SECOND },
        new long[]{ SECOND, 60 * SECOND, 300 * SECOND }, 14, true, 6, null, WallSettingsBySymbol.DEFAULTS);

    /**
     * @return these settings with other event-time cadences (tests, sweeps).
     */
    public AnalyticsSettings withCadences(final long sampleNs, final long snapshotNs, final long signalNs)
    {
        return new AnalyticsSettings(enabled, sampleNs, snapshotNs, signalNs, signalHorizonNs, depthBandsBps, imbalanceLevels,
            impactNotionals, flowWindowsNs, ewmaHalfLifeNs, realizedWindowsNs, barTimeframesNs, atrPeriods, journalBars,
            waveletLevels, model, walls);
    }

    /**
     * @return these settings with another signal model file (null for the default rule).
     */
    public AnalyticsSettings withModel(final Path modelFile)
    {
        return withModel(modelFile == null ? null : ModelSource.read(modelFile));
    }

    /**
     * @return these settings with another signal model (null for the default rule).
     */
    public AnalyticsSettings withModel(final ModelSource modelFile)
    {
        return new AnalyticsSettings(enabled, sampleIntervalNs, snapshotIntervalNs, signalIntervalNs, signalHorizonNs,
            depthBandsBps, imbalanceLevels, impactNotionals, flowWindowsNs, ewmaHalfLifeNs, realizedWindowsNs, barTimeframesNs,
            atrPeriods, journalBars, waveletLevels, modelFile, walls);
    }

    /**
     * @return these settings with another number of levels in the top-of-book imbalance.
     */
    public AnalyticsSettings withImbalanceLevels(final int levels)
    {
        return new AnalyticsSettings(enabled, sampleIntervalNs, snapshotIntervalNs, signalIntervalNs, signalHorizonNs,
            depthBandsBps, levels, impactNotionals, flowWindowsNs, ewmaHalfLifeNs, realizedWindowsNs, barTimeframesNs,
            atrPeriods, journalBars, waveletLevels, model, walls);
    }
}
