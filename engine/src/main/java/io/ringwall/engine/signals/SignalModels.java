package io.ringwall.engine.signals;

import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.ModelSource;
import io.ringwall.engine.config.ConfigException;

import java.nio.file.Path;

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
        final ModelSource source = settings.model();
        if (source.text() == null)
        {
            throw new ConfigException("analytics.model: cannot read " + source.origin() +
                " and the journal holds no copy of it; give --config with a readable model");
        }
        return ModelFile.parse(source.text(), "model file " + source.origin())
            .toModel(new FeatureCatalog(settings), Path.of(source.origin()));
    }
}
