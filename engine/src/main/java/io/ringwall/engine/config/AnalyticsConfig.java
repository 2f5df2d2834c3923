package io.ringwall.engine.config;

import io.ringwall.engine.analytics.AnalyticsSettings;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the {@code analytics} section: cadences, feature parameters and the signal model.
 */
final class AnalyticsConfig
{
    private static final long NS_PER_MS = 1_000_000L;

    private AnalyticsConfig()
    {
    }

    static AnalyticsSettings read(final ConfigNode node, final Path baseDir, final boolean checkFiles)
    {
        final AnalyticsSettings d = AnalyticsSettings.DEFAULTS;
        final boolean enabled = node.bool("enabled", d.enabled());
        final long sample = node.durationMs("sampleInterval", d.sampleIntervalNs() / NS_PER_MS, 10, 3_600_000) * NS_PER_MS;
        final long snapshot = node.durationMs("snapshotInterval", d.snapshotIntervalNs() / NS_PER_MS, 10, 3_600_000) * NS_PER_MS;
        final long signal = node.durationMs("signalInterval", d.signalIntervalNs() / NS_PER_MS, 10, 3_600_000) * NS_PER_MS;
        final long horizon = node.durationMs("horizon", d.signalHorizonNs() / NS_PER_MS, 10, 86_400_000) * NS_PER_MS;
        final double[] bands = node.doubleList("depthBandsBps", d.depthBandsBps(), 0, 10_000, 8);
        final int imbalanceLevels = node.intValue("imbalanceLevels", d.imbalanceLevels(), 1, 1000);
        final double[] notionals = node.doubleList("impactNotionals", d.impactNotionals(), 0, 1e12, 8);
        final long[] flowWindows = node.durationListNs("flowWindows", d.flowWindowsNs(), 100, 86_400_000, 8);
        final long halfLife = node.durationMs("ewmaHalfLife", d.ewmaHalfLifeNs() / NS_PER_MS, 100, 86_400_000) * NS_PER_MS;
        final long[] realized = node.durationListNs("realizedWindows", d.realizedWindowsNs(), 1_000, 86_400_000, 8);
        final long[] bars = node.durationListNs("barTimeframes", d.barTimeframesNs(), 100, 86_400_000, 8);
        final int atr = node.intValue("atrPeriods", d.atrPeriods(), 1, 1000);
        final boolean journalBars = node.bool("journalBars", d.journalBars());
        final int waveletLevels = node.intValue("waveletLevels", d.waveletLevels(), 1, 16);
        final Path model = node.path("model", baseDir, null);
        if (model != null && checkFiles && !Files.isReadable(model))
        {
            throw node.error("model", "cannot read " + model);
        }
        for (final long w : realized)
        {
            if (w < 2 * sample)
            {
                throw node.error("realizedWindows", "each window must hold at least two samples of sampleInterval");
            }
        }
        node.rejectUnknownKeys();
        return new AnalyticsSettings(enabled, sample, snapshot, signal, horizon, bands, imbalanceLevels, notionals,
            flowWindows, halfLife, realized, bars, atr, journalBars, waveletLevels, model);
    }
}
