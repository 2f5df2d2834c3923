package io.ringwall.engine.config;

import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.ModelSource;
import io.ringwall.engine.walls.WallSettingsBySymbol;

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
        final Path modelFile = node.path("model", baseDir, null);
        if (modelFile != null && checkFiles && !Files.isReadable(modelFile))
        {
            throw node.error("model", "cannot read " + modelFile);
        }
        // A recorded config's model may not exist here: the journal carries its text (see Replayer).
        final ModelSource model = modelFile == null ? null :
            Files.isReadable(modelFile) ? ModelSource.read(modelFile) : new ModelSource(modelFile.toString(), null);
        increasing(node, "depthBandsBps", bands);
        increasing(node, "impactNotionals", notionals);
        increasing(node, "flowWindows", toDoubles(flowWindows));
        increasing(node, "realizedWindows", toDoubles(realized));
        increasing(node, "barTimeframes", toDoubles(bars));
        for (final long w : realized)
        {
            if (w < 2 * sample)
            {
                throw node.error("realizedWindows", "each window must hold at least two samples of sampleInterval");
            }
        }
        final WallSettingsBySymbol walls = WallsConfig.read(node.child("walls"));
        node.rejectUnknownKeys();
        return new AnalyticsSettings(enabled, sample, snapshot, signal, horizon, bands, imbalanceLevels, notionals,
            flowWindows, halfLife, realized, bars, atr, journalBars, waveletLevels, model, walls);
    }

    /** Each feature is named by its parameter, so a list must not repeat one; ascending keeps names in order. */
    private static void increasing(final ConfigNode node, final String key, final double[] values)
    {
        for (int i = 1; i < values.length; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw node.error(key, "values must be strictly increasing");
            }
        }
        if (values.length > 0 && !(values[0] > 0))
        {
            throw node.error(key, "values must be positive");
        }
    }

    private static double[] toDoubles(final long[] values)
    {
        final double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++)
        {
            out[i] = values[i];
        }
        return out;
    }
}
