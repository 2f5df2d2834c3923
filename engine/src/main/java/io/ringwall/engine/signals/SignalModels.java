package io.ringwall.engine.signals;

import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;

/**
 * Chooses the signal model the analytics settings ask for: the trained model file they name, or the
 * documented default rule when they name none.
 */
public final class SignalModels
{
    private SignalModels()
    {
    }

    /**
     * Loads the model at start (reads a file: never on the hot path).
     *
     * @param settings the analytics settings.
     * @return the model.
     * @throws IllegalArgumentException when the model file cannot be read or does not fit the features.
     */
    public static SignalModel load(final AnalyticsSettings settings)
    {
        if (settings.model() == null)
        {
            return new DefaultSignalRule(settings.signalHorizonNs());
        }
        return ModelFile.load(settings.model(), new FeatureCatalog(settings));
    }
}
