package io.ringwall.engine.signals;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.config.ConfigException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trained signal model as a YAML file: what the engine needs to score (feature names, training means and
 * scales, weights, intercept, horizon) and what a person needs to trust it (the training range and the
 * walk-forward figures). Features are stored by name and resolved to ids through the engine's
 * {@link FeatureCatalog} when loaded, so a model trained under other analytics parameters fails loudly
 * instead of reading the wrong feature. The modelId is the first 8 bytes of the SHA-256 of the coefficients'
 * exact bits: every journaled signal says which model spoke, and an edited coefficient is caught at load.
 *
 * @param modelId    the fingerprint.
 * @param features   feature names, in coefficient order.
 * @param means      training means.
 * @param scales     training scales (positive).
 * @param weights    coefficients on the standardised features.
 * @param intercept  the intercept.
 * @param horizonNs  how far ahead the labels looked.
 * @param l2         the ridge penalty it was fitted with.
 * @param constant   features that did not vary in training (scale 1, weight about 0).
 * @param training   what it was trained on.
 * @param validation the walk-forward figures, or null.
 */
public record ModelFile(
    long modelId,
    List<String> features,
    double[] means,
    double[] scales,
    double[] weights,
    double intercept,
    long horizonNs,
    double l2,
    List<String> constant,
    Training training,
    WalkForward.Validation validation)
{
    /** The format this version writes and reads. */
    public static final int FORMAT = 1;

    /**
     * What a model was trained on.
     *
     * @param firstNs        event time of the first sample.
     * @param lastNs         event time of the last sample.
     * @param journals       the journals read.
     * @param instruments    the instruments' symbols.
     * @param droppedTies    snapshots dropped because mid did not move over the horizon.
     * @param droppedMissing snapshots dropped for want of a labelling snapshot.
     * @param toleranceNs    how late the labelling snapshot could be.
     * @param inSample       the final model's figures on its own training samples.
     */
    public record Training(
        long firstNs, long lastNs, List<String> journals, List<String> instruments, long droppedTies, long droppedMissing,
        long toleranceNs, ClassifierMetrics inSample)
    {
    }

    /**
     * Builds the file for a model fitted on a whole training set.
     *
     * @param set        the samples.
     * @param model      the final model, fitted on all of them.
     * @param l2         its ridge penalty.
     * @param validation the walk-forward figures, or null.
     * @param journals   the journals the samples came from.
     * @return the file's content.
     */
    public static ModelFile of(
        final TrainingSet set, final FittedModel model, final double l2, final WalkForward.Validation validation,
        final List<String> journals)
    {
        final List<String> instruments = new ArrayList<>();
        for (final SnapshotSeries series : set.series())
        {
            if (!instruments.contains(series.symbol()))
            {
                instruments.add(series.symbol());
            }
        }
        final List<String> constant = new ArrayList<>();
        final boolean[] flat = model.standardiser().constant();
        for (int j = 0; j < flat.length; j++)
        {
            if (flat[j])
            {
                constant.add(set.features().get(j));
            }
        }
        final double[] means = model.standardiser().means();
        final double[] scales = model.standardiser().scales();
        final double[] weights = model.fit().weights();
        final double intercept = model.fit().intercept();
        final ClassifierMetrics inSample = ClassifierMetrics.of(model.predict(set, 0, set.size()), labels(set));
        final Training training = new Training(set.timeNs(0), set.timeNs(set.size() - 1), List.copyOf(journals),
            List.copyOf(instruments), set.droppedTies(), set.droppedMissing(), set.toleranceNs(), inSample);
        return new ModelFile(fingerprint(set.features(), means, scales, weights, intercept, set.horizonNs()), set.features(),
            means, scales, weights, intercept, set.horizonNs(), l2, List.copyOf(constant), training, validation);
    }

    /**
     * The fingerprint: the first 8 bytes (big-endian) of the SHA-256 of a canonical text of the horizon and
     * every feature's name, mean, scale and weight and the intercept, the numbers as their exact IEEE bits.
     */
    public static long fingerprint(
        final List<String> features, final double[] means, final double[] scales, final double[] weights, final double intercept,
        final long horizonNs)
    {
        final StringBuilder text = new StringBuilder(64 * (features.size() + 2));
        text.append("ringwall-model ").append(FORMAT).append('\n').append("horizonNs ").append(horizonNs).append('\n');
        for (int j = 0; j < features.size(); j++)
        {
            text.append(features.get(j)).append(' ').append(bits(means[j])).append(' ').append(bits(scales[j])).append(' ')
                .append(bits(weights[j])).append('\n');
        }
        text.append("intercept ").append(bits(intercept)).append('\n');
        try
        {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }

    /** @return the fingerprint as the file and reports show it, 0x and 16 hex digits. */
    public String modelIdHex()
    {
        return hex(modelId);
    }

    /** @return the model, with the feature ids resolved through a catalog. */
    public LogisticModel toModel(final FeatureCatalog catalog, final Path file)
    {
        final int[] ids = new int[features.size()];
        for (int j = 0; j < ids.length; j++)
        {
            ids[j] = catalog.id(features.get(j));
            if (ids[j] < 0)
            {
                throw new ConfigException("model file " + file + ": features: '" + features.get(j) +
                    "' is not a feature under this config's analytics settings (was the model trained with other bands, windows or levels?)");
            }
        }
        return new LogisticModel(ids, means, scales, weights, intercept, horizonNs, modelId);
    }

    /**
     * Loads a model file for the engine.
     *
     * @param file    the YAML file.
     * @param catalog the features under the engine's analytics settings.
     * @return the model.
     * @throws ConfigException naming the file and the key at fault.
     */
    public static LogisticModel load(final Path file, final FeatureCatalog catalog)
    {
        return read(file).toModel(catalog, file);
    }

    /**
     * Reads a model file.
     *
     * @param file the YAML file.
     * @return its content.
     * @throws ConfigException naming the file and the key at fault.
     */
    public static ModelFile read(final Path file)
    {
        final String text;
        try
        {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("cannot read model file " + file + ": " + ex.getMessage());
        }
        return parse(text, "model file " + file);
    }

    /**
     * Parses a model file's text.
     *
     * @param text   the YAML.
     * @param source names it in errors ("model file x.yaml").
     * @return the content.
     * @throws ConfigException naming the source and the key at fault.
     */
    public static ModelFile parse(final String text, final String source)
    {
        final Object root;
        try
        {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        }
        catch (final YAMLException ex)
        {
            throw new ConfigException(source + ": not valid YAML: " + ex.getMessage().replace('\n', ' '));
        }
        if (!(root instanceof Map))
        {
            throw new ConfigException(source + ": expected a mapping of keys (format, features, weights...)");
        }
        final Node top = new Node(source, "", (Map<?, ?>)root);
        final long format = top.integer("format");
        if (format != FORMAT)
        {
            throw top.error("format", "is " + format + "; this ringwall reads format " + FORMAT);
        }
        final List<String> features = top.strings("features");
        final double[] means = top.numbers("means", features.size());
        final double[] scales = top.numbers("scales", features.size());
        final double[] weights = top.numbers("weights", features.size());
        for (int j = 0; j < scales.length; j++)
        {
            if (!(scales[j] > 0) || !Double.isFinite(scales[j]))
            {
                throw top.error("scales", "entry " + j + " (" + features.get(j) + ") must be positive and finite, got " + scales[j]);
            }
            if (!Double.isFinite(means[j]) || !Double.isFinite(weights[j]))
            {
                throw top.error(!Double.isFinite(means[j]) ? "means" : "weights", "entry " + j + " (" + features.get(j) + ") is not finite");
            }
        }
        final double intercept = top.number("intercept");
        if (!Double.isFinite(intercept))
        {
            throw top.error("intercept", "is not finite");
        }
        final long horizonNs = top.integer("horizonNs");
        if (horizonNs <= 0)
        {
            throw top.error("horizonNs", "must be positive, got " + horizonNs);
        }
        final long expected = fingerprint(features, means, scales, weights, intercept, horizonNs);
        final String id = top.string("modelId");
        if (!id.equalsIgnoreCase(hex(expected)))
        {
            throw top.error("modelId", "is " + id + " but the coefficients give " + hex(expected) +
                ": the file was edited or damaged (retrain, or set modelId to the new value if the edit was meant)");
        }
        final Node training = top.child("training");
        final Training trained = training == null ? null : new Training(
            training.time("from"), training.time("to"), training.strings("journals"), training.strings("instruments"),
            training.integer("droppedTies"), training.integer("droppedMissing"), training.integer("toleranceNs"),
            training.metrics("inSample"));
        final Node validating = top.child("validation");
        WalkForward.Validation validation = null;
        if (validating != null)
        {
            final List<WalkForward.Fold> folds = new ArrayList<>();
            for (final Node fold : validating.list("results"))
            {
                folds.add(new WalkForward.Fold((int)fold.integer("fold"), (int)fold.integer("trainSamples"), fold.time("trainFrom"),
                    fold.time("trainTo"), fold.time("testFrom"), fold.time("testTo"), fold.metrics("test")));
            }
            validation = new WalkForward.Validation((int)validating.integer("folds"), validating.integer("embargoNs"),
                Collections.unmodifiableList(folds), validating.metrics("pooled"));
        }
        return new ModelFile(expected, features, means, scales, weights, intercept, horizonNs, top.number("l2"),
            top.has("constant") ? top.strings("constant") : List.of(), trained, validation);
    }

    /**
     * Writes the file (parent folders created).
     *
     * @param file where.
     */
    public void write(final Path file)
    {
        try
        {
            final Path parent = file.toAbsolutePath().getParent();
            if (parent != null)
            {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write model file " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** @return the file's text. */
    public String toYaml()
    {
        final StringBuilder y = new StringBuilder(4096);
        y.append("# ringwall signal model: L2-regularised logistic regression on standardised features (ringwall train).\n");
        y.append("# score = intercept + sum(weight * (x - mean) / scale); P(up over horizon) = 1 / (1 + e^-score);\n");
        y.append("# a feature that is NaN counts as its mean. modelId fingerprints the coefficients: do not edit them.\n");
        y.append("format: ").append(FORMAT).append('\n');
        y.append("modelId: ").append(quote(modelIdHex())).append('\n');
        y.append("horizonNs: ").append(horizonNs).append("   # ").append(seconds(horizonNs)).append('\n');
        y.append("l2: ").append(number(l2)).append("   # penalty (l2/2)*sum(w^2) on the mean log-loss\n");
        y.append("intercept: ").append(number(intercept)).append('\n');
        y.append("features: ").append(strings(features)).append('\n');
        y.append("means: ").append(numbers(means)).append('\n');
        y.append("scales: ").append(numbers(scales)).append('\n');
        y.append("weights: ").append(numbers(weights)).append('\n');
        y.append("constant: ").append(strings(constant)).append("   # did not vary in training\n");
        if (training != null)
        {
            y.append("training:\n");
            y.append("  from: ").append(quote(iso(training.firstNs))).append('\n');
            y.append("  to: ").append(quote(iso(training.lastNs))).append('\n');
            y.append("  journals: ").append(strings(training.journals)).append('\n');
            y.append("  instruments: ").append(strings(training.instruments)).append('\n');
            y.append("  droppedTies: ").append(training.droppedTies).append("   # mid unchanged over the horizon\n");
            y.append("  droppedMissing: ").append(training.droppedMissing).append("   # no snapshot within the tolerance after the horizon\n");
            y.append("  toleranceNs: ").append(training.toleranceNs).append('\n');
            y.append("  inSample: ").append(metrics(training.inSample)).append('\n');
        }
        if (validation != null)
        {
            y.append("validation:   # walk-forward, expanding window, out of sample\n");
            y.append("  folds: ").append(validation.folds()).append('\n');
            y.append("  embargoNs: ").append(validation.embargoNs()).append('\n');
            y.append("  pooled: ").append(metrics(validation.pooled())).append('\n');
            y.append("  results:\n");
            for (final WalkForward.Fold fold : validation.results())
            {
                y.append("    - { fold: ").append(fold.fold()).append(", trainSamples: ").append(fold.trainSamples())
                    .append(", trainFrom: ").append(quote(iso(fold.trainFirstNs()))).append(", trainTo: ").append(quote(iso(fold.trainLastNs())))
                    .append(", testFrom: ").append(quote(iso(fold.testFirstNs()))).append(", testTo: ").append(quote(iso(fold.testLastNs())))
                    .append(",\n        test: ").append(metrics(fold.test())).append(" }\n");
            }
        }
        return y.toString();
    }

    /** @return an event time as ISO-8601 UTC, to the nanosecond. */
    public static String iso(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L)).toString();
    }

    private static String hex(final long id)
    {
        return String.format(Locale.ROOT, "0x%016x", id);
    }

    private static String bits(final double value)
    {
        return Long.toHexString(Double.doubleToLongBits(value));
    }

    private static String seconds(final long ns)
    {
        return String.format(Locale.ROOT, "%.3f s", ns / 1e9);
    }

    private static String metrics(final ClassifierMetrics m)
    {
        return "{ samples: " + m.samples() + ", positives: " + m.positives() + ", baseRate: " + number(m.baseRate()) +
            ", auc: " + number(m.auc()) + ", accuracy: " + number(m.accuracy()) + ", logLoss: " + number(m.logLoss()) + " }";
    }

    private static String number(final double value)
    {
        if (Double.isNaN(value))
        {
            return ".nan";
        }
        if (Double.isInfinite(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(value); // reads back to exactly the same double
    }

    private static String numbers(final double[] values)
    {
        final StringBuilder out = new StringBuilder(values.length * 24).append('[');
        for (int i = 0; i < values.length; i++)
        {
            out.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return out.append(']').toString();
    }

    private static String strings(final List<String> values)
    {
        final StringBuilder out = new StringBuilder().append('[');
        for (int i = 0; i < values.size(); i++)
        {
            out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return out.append(']').toString();
    }

    private static String quote(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\')
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static int[] labels(final TrainingSet set)
    {
        final int[] y = new int[set.size()];
        for (int i = 0; i < y.length; i++)
        {
            y[i] = set.y(i);
        }
        return y;
    }

    /** A mapping in the file, with errors that name the key's full path. */
    private record Node(String source, String path, Map<?, ?> map)
    {
        boolean has(final String key)
        {
            return map.containsKey(key);
        }

        ConfigException error(final String key, final String reason)
        {
            return new ConfigException(source + ": " + path + key + ": " + reason);
        }

        Object get(final String key)
        {
            final Object value = map.get(key);
            if (value == null)
            {
                throw error(key, "missing");
            }
            return value;
        }

        Node child(final String key)
        {
            if (!map.containsKey(key))
            {
                return null;
            }
            final Object value = get(key);
            if (!(value instanceof Map))
            {
                throw error(key, "expected a mapping");
            }
            return new Node(source, path + key + ".", (Map<?, ?>)value);
        }

        List<Node> list(final String key)
        {
            final Object value = get(key);
            if (!(value instanceof List))
            {
                throw error(key, "expected a list");
            }
            final List<Node> out = new ArrayList<>();
            int i = 0;
            for (final Object item : (List<?>)value)
            {
                if (!(item instanceof Map))
                {
                    throw error(key, "entry " + i + " is not a mapping");
                }
                out.add(new Node(source, path + key + "[" + i++ + "].", (Map<?, ?>)item));
            }
            return out;
        }

        String string(final String key)
        {
            final Object value = get(key);
            if (!(value instanceof String))
            {
                throw error(key, "expected text, got " + value);
            }
            return (String)value;
        }

        long integer(final String key)
        {
            final Object value = get(key);
            if (!(value instanceof Integer || value instanceof Long))
            {
                throw error(key, "expected a whole number, got " + value);
            }
            return ((Number)value).longValue();
        }

        double number(final String key)
        {
            return toDouble(key, get(key));
        }

        long time(final String key)
        {
            final String text = string(key);
            try
            {
                final Instant instant = Instant.parse(text);
                return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
            }
            catch (final DateTimeParseException ex)
            {
                throw error(key, "expected an ISO-8601 time such as 2024-08-08T23:56:00Z, got " + text);
            }
        }

        ClassifierMetrics metrics(final String key)
        {
            final Node m = child(key);
            if (m == null)
            {
                throw error(key, "missing");
            }
            return new ClassifierMetrics(m.integer("samples"), m.integer("positives"), m.number("baseRate"), m.number("auc"),
                m.number("accuracy"), m.number("logLoss"));
        }

        List<String> strings(final String key)
        {
            final Object value = get(key);
            if (!(value instanceof List))
            {
                throw error(key, "expected a list of names");
            }
            final List<String> out = new ArrayList<>();
            for (final Object item : (List<?>)value)
            {
                if (!(item instanceof String))
                {
                    throw error(key, "entry " + out.size() + " is not text: " + item);
                }
                out.add((String)item);
            }
            return Collections.unmodifiableList(out);
        }

        double[] numbers(final String key, final int expected)
        {
            final Object value = get(key);
            if (!(value instanceof List))
            {
                throw error(key, "expected a list of numbers");
            }
            final List<?> items = (List<?>)value;
            if (items.size() != expected)
            {
                throw error(key, "has " + items.size() + " entries for " + expected + " features");
            }
            final double[] out = new double[expected];
            for (int i = 0; i < expected; i++)
            {
                out[i] = toDouble(key + "[" + i + "]", items.get(i));
            }
            return out;
        }

        private double toDouble(final String key, final Object value)
        {
            if (!(value instanceof Number))
            {
                throw error(key, "expected a number, got " + value);
            }
            return ((Number)value).doubleValue();
        }
    }
}
