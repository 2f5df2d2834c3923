package io.ringwall.engine.signals;

import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFileTest
{
    private static final FeatureCatalog CATALOG = new FeatureCatalog(AnalyticsSettings.DEFAULTS);

    /** A trained file: features imbalance_top10 and wall_pressure, on a walk where the imbalance drives mid. */
    private static ModelFile trained()
    {
        final TrainingSet walk = WalkForwardTest.walk(300, 5);
        // rename the walk's feature to a catalog name
        final SnapshotSeries s = walk.series().get(0);
        final long[] times = new long[s.size()];
        final double[][] rows = new double[s.size()][3];
        for (int i = 0; i < s.size(); i++)
        {
            times[i] = s.timeNs(i) + 1_723_161_253_000_000_000L;
            rows[i][0] = s.value(i, 0);
            rows[i][1] = s.value(i, 1);
            rows[i][2] = i % 7 == 0 ? Double.NaN : 0.25;
        }
        final SnapshotSeries named = new SnapshotSeries("journals/a", 1, "BTCUSDT", List.of("mid", "imbalance_top10", "wall_pressure"),
            times, rows);
        final TrainingSet set = TrainingSet.label(List.of(named), List.of("imbalance_top10", "wall_pressure"), 1000, 0);
        final WalkForward.Validation validation = WalkForward.validate(set, 3, 0.01, 1000);
        return ModelFile.of(set, FittedModel.fit(set, 0, set.size(), 0.01), 0.01, validation, List.of("journals/a"));
    }

    @Test
    void shouldReadBackExactlyWhatWasWritten(@TempDir final Path dir)
    {
        final ModelFile model = trained();
        final Path file = dir.resolve("models/m.yaml");
        model.write(file);
        final ModelFile read = ModelFile.read(file);
        assertThat(read.modelId()).isEqualTo(model.modelId()).isNotZero();
        assertThat(read.features()).containsExactly("imbalance_top10", "wall_pressure");
        assertThat(read.means()).containsExactly(model.means());
        assertThat(read.scales()).containsExactly(model.scales());
        assertThat(read.weights()).containsExactly(model.weights());
        assertThat(read.intercept()).isEqualTo(model.intercept());
        assertThat(read.horizonNs()).isEqualTo(1000);
        assertThat(read.l2()).isEqualTo(0.01);
        assertThat(read.constant()).containsExactly("wall_pressure");
        assertThat(read.training()).isEqualTo(model.training());
        assertThat(read.training().instruments()).containsExactly("BTCUSDT");
        assertThat(read.validation()).isEqualTo(model.validation());
        assertThat(read.validation().results()).hasSize(2);
        assertThat(read.weights()[0]).as("the imbalance drives the walk").isPositive();
    }

    @Test
    void shouldLoadAModelThatScoresLikeTheFile(@TempDir final Path dir)
    {
        final ModelFile model = trained();
        final Path file = dir.resolve("m.yaml");
        model.write(file);
        final LogisticModel loaded = ModelFile.load(file, CATALOG);
        assertThat(loaded.modelId()).isEqualTo(model.modelId());
        assertThat(loaded.horizonNs()).isEqualTo(1000);
        final FeatureVector features = new FeatureVector();
        features.set(FeatureCatalog.IMBALANCE_TOP, 0.5);
        final double expected = model.intercept() + model.weights()[0] * (0.5 - model.means()[0]) / model.scales()[0];
        assertThat(loaded.score(features)).as("wall_pressure NaN counts as its mean").isEqualTo(expected);
    }

    @Test
    void shouldNameAFeatureUnknownUnderTheConfig(@TempDir final Path dir) throws Exception
    {
        final Path file = dir.resolve("m.yaml");
        trained().write(file);
        final FeatureCatalog fiveLevels = new FeatureCatalog(AnalyticsSettings.DEFAULTS.withImbalanceLevels(5));
        assertThatThrownBy(() -> ModelFile.load(file, fiveLevels)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("features: 'imbalance_top10' is not a feature under this config");
    }

    @Test
    void shouldNameTheKeyAtFault(@TempDir final Path dir) throws Exception
    {
        final String good = trained().toYaml();
        assertError(dir, good.replaceFirst("(?m)^weights: .*$", ""), "weights: missing");
        assertError(dir, good.replaceFirst("(?m)^weights: \\[([^,]*),.*$", "weights: [$1]"), "weights: has 1 entries for 2 features");
        assertError(dir, good.replaceFirst("(?m)^format: 1", "format: 2"), "format: is 2; this ringwall reads format 1");
        assertError(dir, good.replaceFirst("(?m)^scales: \\[[^,]*,", "scales: [0.0,"), "scales: entry 0 (imbalance_top10) must be positive");
        assertError(dir, good.replaceFirst("(?m)^means: \\[[^,]*,", "means: [oops,"), "means[0]: expected a number, got oops");
        assertError(dir, good.replaceFirst("(?m)^intercept: .*$", "intercept: 0.123"), "modelId: is 0x");
        assertError(dir, good.replaceFirst("(?m)^  from: .*$", "  from: \"yesterday\""), "training.from: expected an ISO-8601 time");
        assertError(dir, "- just\n- a list\n", "expected a mapping of keys");
        assertError(dir, "format: [\n", "not valid YAML");
        assertThatThrownBy(() -> ModelFile.read(dir.resolve("none.yaml"))).isInstanceOf(ConfigException.class)
            .hasMessageContaining("cannot read model file");
    }

    private static void assertError(final Path dir, final String text, final String message) throws Exception
    {
        final Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        assertThatThrownBy(() -> ModelFile.load(file, CATALOG)).isInstanceOf(ConfigException.class)
            .hasMessageStartingWith("model file " + file + ": ").hasMessageContaining(message);
    }

    @Test
    void shouldFingerprintTheCoefficientsNotTheirText()
    {
        final List<String> names = List.of("a");
        final long id = ModelFile.fingerprint(names, new double[]{ 1 }, new double[]{ 2 }, new double[]{ 3 }, 4, 5);
        assertThat(ModelFile.fingerprint(names, new double[]{ 1 }, new double[]{ 2 }, new double[]{ 3 }, 4, 5)).isEqualTo(id);
        assertThat(ModelFile.fingerprint(names, new double[]{ 1 }, new double[]{ 2 }, new double[]{ Math.nextUp(3.0) }, 4, 5)).isNotEqualTo(id);
        assertThat(ModelFile.fingerprint(names, new double[]{ 1 }, new double[]{ 2 }, new double[]{ 3 }, 4, 6)).isNotEqualTo(id);
        assertThat(ModelFile.fingerprint(List.of("b"), new double[]{ 1 }, new double[]{ 2 }, new double[]{ 3 }, 4, 5)).isNotEqualTo(id);
    }
}
