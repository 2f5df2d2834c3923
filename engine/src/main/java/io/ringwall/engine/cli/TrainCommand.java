package io.ringwall.engine.cli;

import io.ringwall.engine.config.Durations;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.replay.Replayer;
import io.ringwall.engine.signals.ClassifierMetrics;
import io.ringwall.engine.signals.FeatureSelection;
import io.ringwall.engine.signals.FeatureSnapshotCollector;
import io.ringwall.engine.signals.FittedModel;
import io.ringwall.engine.signals.JournalSnapshots;
import io.ringwall.engine.signals.ModelFile;
import io.ringwall.engine.signals.SignalModel;
import io.ringwall.engine.signals.SnapshotSeries;
import io.ringwall.engine.signals.TrainingSet;
import io.ringwall.engine.signals.WalkForward;
import io.ringwall.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ringwall train}: fits the signal model. Replays journals through the business logic to get their
 * feature snapshots, labels each by whether mid is up or down a horizon later, checks the fit walk-forward
 * out of sample, fits the final model on everything and writes the model file the config's
 * {@code analytics.model} points at.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {
        "Train the signal model (L2-regularised logistic regression) on journals' feature snapshots:",
        "label = mid up (1) or down (0) at the first snapshot at or after t + horizon (ties and gaps dropped),",
        "walk-forward validation in time order, then the final fit on all samples, written as a YAML model file.",
        "Default features: every snapshot feature except price levels (mid, best_bid/ask, microprice, vwap_*,",
        "wall and entry/stop/take-profit prices), book_live, signal_score/confidence and regime."
    })
final class TrainCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "A journal to learn from (repeat for more).")
    List<Path> journals;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Logic settings to replay with (default: the config recorded in each journal).")
    Path config;

    @Option(names = "--recorded",
        description = "Use the snapshots the journals recorded instead of replaying their inputs.")
    boolean recorded;

    @Option(names = "--horizon", paramLabel = "DURATION", description = "How far ahead the label looks, e.g. 10s (required to train).")
    String horizon;

    @Option(names = "--tolerance", paramLabel = "DURATION",
        description = "How late after t + horizon the labelling snapshot may be (default: two snapshot intervals).")
    String tolerance;

    @Option(names = "--out", paramLabel = "MODEL", description = "The model file to write (YAML; required to train).")
    Path out;

    @Option(names = "--evaluate", paramLabel = "MODEL",
        description = "Fit nothing: score this model's out-of-sample figures on the journals (its features, scaling and horizon).")
    Path evaluate;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
        description = "Walk-forward blocks: block k+1 is tested on a fit to blocks 1..k (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "1.0",
        description = "Ridge penalty (X/2)*sum(w^2) on the standardised weights, added to the mean log-loss; strong by default because sessions are short and features many (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--embargo", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Leave out of each fold's training the samples within horizon + tolerance before its test block (default on).")
    boolean embargo;

    @Option(names = "--instrument", paramLabel = "SYMBOL", description = "Only this instrument (symbol, any case; repeat for more).")
    List<String> instruments;

    @Option(names = "--features", paramLabel = "NAME,..", split = ",", description = "Learn from these features instead of the default list.")
    List<String> features;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call()
    {
        final ModelFile evaluated = evaluate != null ? ModelFile.read(evaluate) : null;
        if (evaluated == null && (horizon == null || out == null))
        {
            throw new UsageException("give --horizon and --out to train a model, or --evaluate MODEL to score one");
        }
        final long horizonNs = evaluated != null ? evaluated.horizonNs() : duration(horizon, "--horizon");
        if (horizonNs <= 0)
        {
            throw new UsageException("--horizon must be positive");
        }
        if (folds < 2)
        {
            throw new UsageException("--folds must be at least 2, got " + folds);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2))
        {
            throw new UsageException("--l2 must be zero or positive, got " + l2);
        }
        final LogicSettings configured = config != null ? CliSupport.loadConfig(config, false).logic() : null;
        final List<SnapshotSeries> series = new ArrayList<>();
        long snapshotIntervalNs = 0;
        for (final Path dir : journals)
        {
            try (Journal journal = CliSupport.openJournal(dir))
            {
                final LogicSettings settings = configured != null ? configured : Replayer.recordedSettings(journal);
                if (!recorded && !settings.analytics().enabled())
                {
                    throw new UsageException("analytics is disabled in the " + (config != null ? "config " + config : "config recorded in " + dir) +
                        ": a replay makes no feature snapshots (enable it, or give --recorded)");
                }
                snapshotIntervalNs = Math.max(snapshotIntervalNs, settings.analytics().snapshotIntervalNs());
                final FeatureSnapshotCollector collector = recorded ? JournalSnapshots.recorded(journal) : JournalSnapshots.replay(journal, settings);
                for (final SnapshotSeries one : collector.series())
                {
                    if (wanted(one))
                    {
                        series.add(one);
                    }
                }
            }
        }
        if (series.isEmpty())
        {
            return fail("no LIVE feature snapshots" + (instruments != null ? " of " + String.join(", ", instruments) : "") + " in " + journals);
        }
        // A cadence snapshot is journaled by the first event past its grid point, so the one labelling t + H
        // may land up to one interval late even when none is missing: two intervals by default.
        final long toleranceNs = tolerance != null ? duration(tolerance, "--tolerance") : 2 * snapshotIntervalNs;
        final List<String> chosen = evaluated != null ? evaluated.features() :
            features != null ? checked(features, series.get(0)) : FeatureSelection.defaults(series.get(0).names());
        if (chosen.isEmpty())
        {
            return fail("no features to learn from");
        }
        final TrainingSet set;
        try
        {
            set = TrainingSet.label(series, chosen, horizonNs, toleranceNs);
        }
        catch (final IllegalArgumentException ex)
        {
            return fail(ex.getMessage());
        }
        if (evaluated != null)
        {
            printEvaluation(evaluated, set);
            return ExitCodes.OK;
        }
        final WalkForward.Validation validation;
        final FittedModel model;
        try
        {
            validation = WalkForward.validate(set, folds, l2, embargo ? horizonNs + toleranceNs : 0);
            model = FittedModel.fit(set, 0, set.size(), l2);
        }
        catch (final IllegalArgumentException | IllegalStateException ex)
        {
            return fail(ex.getMessage() + " (" + set.size() + " labelled samples, " + set.droppedTies() + " ties and " +
                set.droppedMissing() + " without a later snapshot dropped)");
        }
        final List<String> journalNames = new ArrayList<>();
        for (final Path dir : journals)
        {
            journalNames.add(dir.toAbsolutePath().normalize().toString());
        }
        final ModelFile file = ModelFile.of(set, model, l2, validation, journalNames);
        file.write(out);
        print(file, set);
        return ExitCodes.OK;
    }

    private boolean wanted(final SnapshotSeries series)
    {
        if (instruments == null)
        {
            return true;
        }
        for (final String symbol : instruments)
        {
            if (symbol.trim().equalsIgnoreCase(series.symbol()))
            {
                return true;
            }
        }
        return false;
    }

    private static List<String> checked(final List<String> asked, final SnapshotSeries series)
    {
        final List<String> names = new ArrayList<>();
        for (final String name : asked)
        {
            final String n = name.trim();
            if (series.column(n) < 0)
            {
                throw new UsageException("--features: '" + n + "' is not in the snapshots (they carry " + String.join(", ", series.names()) + ")");
            }
            names.add(n);
        }
        return names;
    }

    private static long duration(final String text, final String option)
    {
        try
        {
            return Durations.parseMillis(text) * 1_000_000L;
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UsageException(option + ": " + ex.getMessage());
        }
    }

    private static int fail(final String message)
    {
        System.err.println("ringwall train: " + message);
        return ExitCodes.FAILURE;
    }

    private void print(final ModelFile file, final TrainingSet set)
    {
        final WalkForward.Validation validation = file.validation();
        if (json)
        {
            final StringBuilder folds = new StringBuilder("[");
            for (final WalkForward.Fold fold : validation.results())
            {
                folds.append(folds.length() > 1 ? "," : "").append(metricsJson(new Json().field("fold", fold.fold())
                    .field("trainSamples", fold.trainSamples()).field("testFrom", ModelFile.iso(fold.testFirstNs()))
                    .field("testTo", ModelFile.iso(fold.testLastNs())), fold.test()));
            }
            System.out.println(new Json()
                .field("model", out.toString())
                .field("modelId", file.modelIdHex())
                .field("samples", set.size())
                .field("positives", set.positives())
                .field("droppedTies", set.droppedTies())
                .field("droppedMissing", set.droppedMissing())
                .field("from", ModelFile.iso(file.training().firstNs()))
                .field("to", ModelFile.iso(file.training().lastNs()))
                .field("features", file.features().size())
                .field("constantFeatures", file.constant().size())
                .field("horizonNs", file.horizonNs())
                .field("l2", file.l2())
                .raw("folds", folds.append(']').toString())
                .raw("pooled", metricsJson(new Json(), validation.pooled()))
                .raw("inSample", metricsJson(new Json(), file.training().inSample())));
            return;
        }
        System.out.println("trained on " + CliSupport.count(set.size()) + " samples of " + String.join(", ", file.training().instruments()) +
            " from " + ModelFile.iso(file.training().firstNs()) + " to " + ModelFile.iso(file.training().lastNs()));
        System.out.println("dropped " + CliSupport.count(set.droppedTies()) + " ties (mid unchanged) and " +
            CliSupport.count(set.droppedMissing()) + " without a snapshot in [t+H, t+H+" + seconds(set.toleranceNs()) + "]");
        System.out.println("horizon " + seconds(file.horizonNs()) + ", l2 " + file.l2() + ", " + file.features().size() + " features" +
            (file.constant().isEmpty() ? "" : file.constant().size() > 5 ? " (" + file.constant().size() + " constant, weight ~0)" :
                " (constant, weight ~0: " + String.join(", ", file.constant()) + ")"));
        System.out.println("walk-forward, " + validation.folds() + " blocks, embargo " + seconds(validation.embargoNs()) + ":");
        for (final WalkForward.Fold fold : validation.results())
        {
            System.out.println(String.format(Locale.ROOT, "  block %d   train %,9d  test %s", fold.fold(), fold.trainSamples(),
                metricsText(fold.test())));
        }
        System.out.println(String.format(Locale.ROOT, "  pooled    %15s  test %s", "", metricsText(validation.pooled())));
        System.out.println(String.format(Locale.ROOT, "  in-sample %15s  fit  %s", "", metricsText(file.training().inSample())));
        System.out.println("largest weights: " + topWeights(file, 5));
        System.out.println("model " + file.modelIdHex() + " written to " + out);
    }

    /** A model's figures on data it was not fitted on: its own standardisation and weights, NaN as the mean. */
    private void printEvaluation(final ModelFile model, final TrainingSet set)
    {
        final double[] probabilities = new double[set.size()];
        final int[] labels = new int[set.size()];
        for (int i = 0; i < set.size(); i++)
        {
            final double[] x = set.x(i);
            double score = model.intercept();
            for (int j = 0; j < x.length; j++)
            {
                final double z = (x[j] - model.means()[j]) / model.scales()[j];
                score += Double.isFinite(z) ? model.weights()[j] * z : 0.0;
            }
            probabilities[i] = SignalModel.probability(score);
            labels[i] = set.y(i);
        }
        final ClassifierMetrics metrics = ClassifierMetrics.of(probabilities, labels);
        final List<String> instruments = new ArrayList<>();
        for (final SnapshotSeries one : set.series())
        {
            if (!instruments.contains(one.symbol()))
            {
                instruments.add(one.symbol());
            }
        }
        if (json)
        {
            System.out.println(metricsJson(new Json().field("model", evaluate.toString()).field("modelId", model.modelIdHex())
                .field("instruments", String.join(",", instruments)).field("horizonNs", model.horizonNs())
                .field("droppedTies", set.droppedTies()).field("droppedMissing", set.droppedMissing()), metrics));
            return;
        }
        System.out.println("model " + model.modelIdHex() + " (trained on " + String.join(", ", model.training().instruments()) +
            ") scored on " + CliSupport.count(set.size()) + " samples of " + String.join(", ", instruments) + ", horizon " +
            seconds(model.horizonNs()));
        System.out.println("dropped " + CliSupport.count(set.droppedTies()) + " ties (mid unchanged) and " +
            CliSupport.count(set.droppedMissing()) + " without a snapshot in [t+H, t+H+" + seconds(set.toleranceNs()) + "]");
        System.out.println(String.format(Locale.ROOT, "  out-of-sample %11s  test %s", "", metricsText(metrics)));
    }

    private static String metricsText(final ClassifierMetrics m)
    {
        return String.format(Locale.ROOT, "%,9d  auc %.4f  accuracy %.4f  log-loss %.4f  base rate %.4f",
            m.samples(), m.auc(), m.accuracy(), m.logLoss(), m.baseRate());
    }

    private static String metricsJson(final Json json, final ClassifierMetrics m)
    {
        return json.field("samples", m.samples()).field("positives", m.positives()).field("baseRate", m.baseRate())
            .field("auc", m.auc()).field("accuracy", m.accuracy()).field("logLoss", m.logLoss()).toString();
    }

    private static String topWeights(final ModelFile file, final int count)
    {
        final Integer[] order = new Integer[file.weights().length];
        for (int j = 0; j < order.length; j++)
        {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(file.weights()[b]), Math.abs(file.weights()[a])));
        final StringBuilder out = new StringBuilder();
        for (int k = 0; k < Math.min(count, order.length); k++)
        {
            out.append(k == 0 ? "" : ", ").append(file.features().get(order[k]))
                .append(String.format(Locale.ROOT, " %+.4f", file.weights()[order[k]]));
        }
        return out.toString();
    }

    private static String seconds(final long ns)
    {
        return Durations.format(ns / 1_000_000L);
    }
}
