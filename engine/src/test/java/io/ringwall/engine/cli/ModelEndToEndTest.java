package io.ringwall.engine.cli;

import io.ringwall.codecs.test.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The research loop on the bundled recordings, through the command line: import BTCUSDT at market time,
 * train a model on it, run ETHUSDT with that model, replay it (the journal carries the model, so the
 * replay matches even after the file is gone), and score the model out of sample on ETHUSDT.
 */
class ModelEndToEndTest
{
    @Test
    void shouldTrainOnOneRecordingAndReplayTheOtherWithTheModel(@TempDir final Path dir) throws Exception
    {
        final Path config = TestData.path("binance-spot").getParent().getParent().resolve("config/research.yaml");
        final Path btc = dir.resolve("btc");
        final Path eth = dir.resolve("eth");
        final Path model = dir.resolve("btc-10s.yaml");

        assertThat(Cli.run("import", "--config", config.toString(), "--venue", "binance", "--journal", btc.toString(), "--json",
            TestData.path("binance-spot/btcusdt_20240808.gz").toString()).exit()).isZero();

        final Cli.Result trained = Cli.run("train", "--config", config.toString(), "--journal", btc.toString(),
            "--horizon", "10s", "--out", model.toString(), "--json");
        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(Long.parseLong(Cli.field(trained.out(), "samples"))).isGreaterThan(200);
        assertThat(Files.readString(model)).contains("features:", "weights:", "auc");

        final Cli.Result imported = Cli.run("import", "--config", config.toString(), "--model", model.toString(), "--venue", "binance",
            "--journal", eth.toString(), "--json", TestData.path("binance-spot/ethusdt_20240808.gz").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        final String modelId = Cli.field(trained.out(), "modelId");
        final Cli.Result signals = Cli.run("tail", "--journal", eth.toString(), "--type", "signals", "--json", "--limit", "5");
        assertThat(signals.out()).contains("\"source\":\"MODEL\"").contains(Long.toString(Long.parseUnsignedLong(modelId.substring(2), 16)));

        final Cli.Result scored = Cli.run("train", "--config", config.toString(), "--journal", eth.toString(),
            "--evaluate", model.toString(), "--json");
        assertThat(scored.exit()).as(scored.err()).isZero();
        assertThat(Long.parseLong(Cli.field(scored.out(), "samples"))).isGreaterThan(200);
        assertThat(Double.parseDouble(Cli.field(scored.out(), "auc"))).isBetween(0.0, 1.0);

        Files.delete(model);
        final Cli.Result replayed = Cli.run("replay", "--journal", eth.toString(), "--json");
        assertThat(Cli.field(replayed.out(), "match")).isEqualTo("true");

        // a model file that is not there is an error, never a silent fall-back to the default rule
        assertThat(Cli.run("train", "--journal", eth.toString(), "--evaluate", model.toString()).exit()).isNotZero();
    }
}
