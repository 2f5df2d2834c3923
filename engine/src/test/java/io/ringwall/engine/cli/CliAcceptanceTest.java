package io.ringwall.engine.cli;

import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.test.ReferenceRebuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's commands end to end, in-process, on real journals on disk.
 */
class CliAcceptanceTest
{
    @ParameterizedTest
    @CsvSource({
        "binance-spot/btcusdt_20240808.gz, binance, 1",
        "binance-spot/ethusdt_20240808.gz, binance, 1",
        "binance-spot/BINANCE.ws.1.0, binance, 4",
        "binance-futures/BINANCE_FUTURES.ws.1.0, binance-usdm, 4"
    })
    void shouldImportEveryRecordingWithoutGapsOrMismatchesAndReplayIt(
        final String file, final String venue, final int instruments, @TempDir final Path dir) throws Exception
    {
        final Path journal = dir.resolve("j");
        final Cli.Result imported = Cli.run("import", "--journal", journal.toString(), "--venue", venue, "--json",
            TestData.path(file).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(Cli.field(imported.out(), "rejected")).isEqualTo("0");
        assertThat(Cli.field(imported.out(), "errors")).isEqualTo("0");

        final Cli.Result verified = Cli.run("verify", "--journal", journal.toString(), "--json");
        assertThat(verified.exit()).isZero();
        final String json = verified.out();
        assertThat(json.split("\"symbol\"", -1)).hasSize(instruments + 1);
        assertThat(json).doesNotContain("\"gaps\":1", "\"tickerMismatches\":1", "\"crossed\":1", "\"state\":\"SYNCING\"", "\"state\":\"INVALID\"");
        assertThat(json).contains("\"malformed\":0", "\"unattributedMalformed\":0");

        final ReferenceRebuild reference = file.endsWith(".gz") ?
            new ReferenceRebuild(false).hftBacktest(TestData.path(file), file.substring(file.indexOf('/') + 1, file.indexOf('_')).toUpperCase()) :
            new ReferenceRebuild(venue.contains("usdm")).cryptofeed(TestData.path(file), TestData.path(file.replace(".ws.1.0", ".http.0.0")));
        for (final var entry : reference.books().entrySet())
        {
            final String symbolJson = json.substring(json.indexOf("\"symbol\":\"" + entry.getKey() + "\""));
            assertThat(Cli.field(symbolJson, "bestBid")).as(entry.getKey()).isEqualTo(entry.getValue().bestBid());
            assertThat(Cli.field(symbolJson, "bestAsk")).as(entry.getKey()).isEqualTo(entry.getValue().bestAsk());
            assertThat(Cli.field(symbolJson, "updateId")).as(entry.getKey()).isEqualTo(Long.toString(entry.getValue().updateId()));
        }

        final Cli.Result first = Cli.run("replay", "--journal", journal.toString(), "--json");
        final Cli.Result second = Cli.run("replay", "--journal", journal.toString(), "--json");
        assertThat(first.exit()).isZero();
        assertThat(Cli.field(first.out(), "match")).isEqualTo("true");
        assertThat(Cli.field(first.out(), "digest")).isEqualTo(Cli.field(second.out(), "digest"))
            .isEqualTo(Cli.field(first.out(), "recordedDigest"));
        assertThat(Long.parseLong(Cli.field(first.out(), "decisions"))).isGreaterThanOrEqualTo(2L * instruments);
    }

    /**
     * The demo config at 40x speed with a 1 s status line, its data paths pointed at the bundled recordings.
     *
     * @param extra YAML appended to it (e.g. a trading section), or "".
     * @return the written config, {@code dir/demo-fast.yaml}.
     */
    static Path demoFast(final Path dir, final String extra) throws IOException
    {
        final Path config = dir.resolve("demo-fast.yaml");
        final String demo = Files.readString(TestData.path("binance-spot/btcusdt_20240808.gz").getParent().getParent().getParent()
            .resolve("config/demo.yaml"), StandardCharsets.UTF_8);
        Files.writeString(config, demo
            .replace("speed: 10 ", "speed: 40 ")
            .replace("statusInterval: 5s", "statusInterval: 1s")
            .replace("../data/", TestData.path("binance-spot").getParent().toString() + "/") + extra);
        return config;
    }

    @Test
    void shouldRunTheDemoOfflineAndReplayItToTheSameDigest(@TempDir final Path dir) throws Exception
    {
        final Path config = demoFast(dir, "");
        final Path journal = dir.resolve("run");

        final Cli.Result run = Cli.run("run", "--config", config.toString(), "--journal", journal.toString(), "--duration", "6s", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        final String summary = run.lastLine();
        assertThat(Cli.field(summary, "errors")).isEqualTo("0");
        assertThat(Long.parseLong(Cli.field(summary, "inputs"))).isGreaterThan(5_000L);
        assertThat(summary).contains("\"symbol\":\"BTCUSDT\"", "\"symbol\":\"ETHUSDT\"").doesNotContain("\"state\":\"INVALID\"");
        assertThat(run.err()).contains("BTCUSDT LIVE").contains("journal: ");   // the status line

        final Cli.Result first = Cli.run("replay", "--journal", journal.toString(), "--json");
        final Cli.Result second = Cli.run("replay", "--journal", journal.toString(), "--json");
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(Cli.field(first.out(), "match")).isEqualTo("true");
        assertThat(Cli.field(first.out(), "digest")).isEqualTo(Cli.field(second.out(), "digest"));

        final Cli.Result tail = Cli.run("tail", "--journal", journal.toString(), "--type", "BookHealth", "--symbol", "BTCUSDT", "--json");
        assertThat(tail.exit()).isZero();
        assertThat(tail.out()).contains("\"type\":\"BookHealth\"", "\"state\":\"LIVE\"", "\"symbol\":\"BTCUSDT\"").doesNotContain("ETHUSDT");

        final Cli.Result book = Cli.run("book", "--journal", journal.toString(), "--symbol", "ETHUSDT", "--depth", "3", "--json");
        assertThat(book.exit()).isZero();
        assertThat(Cli.field(book.out(), "state")).isEqualTo("LIVE");
        assertThat(book.out()).contains("\"bids\":[{\"price\":");
    }

    @Test
    void shouldSayInOneLineWhatIsWrongWithACommand(@TempDir final Path dir) throws Exception
    {
        Cli.Result r = Cli.run("replay");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("Missing required option: '--journal=DIR'");

        r = Cli.run("replay", "--journal", dir.resolve("nothing").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("no journal at");

        r = Cli.run("frobnicate");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);

        final Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "engine: { ringSize: 1000 }\n");
        r = Cli.run("run", "--config", bad.toString(), "--journal", dir.resolve("j").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.CONFIG);
        assertThat(r.err().strip()).doesNotContain("\n").contains("engine.ringSize: must be a power of two, got 1000");

        r = Cli.run("import", "--journal", dir.resolve("k").toString(), "--venue", "bitmex", "x.gz");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown venue 'bitmex'");

        r = Cli.run("tail", "--journal", dir.toString(), "--type", "Nonsense");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);

        r = Cli.run("run", "--duration", "soon");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'soon' is not a duration");
    }

    @Test
    void shouldRefuseToOverwriteAJournal(@TempDir final Path dir) throws Exception
    {
        final Path journal = dir.resolve("j");
        assertThat(Cli.run("import", "--journal", journal.toString(), "--venue", "binance",
            TestData.path("binance-spot/BINANCE.ws.1.0").toString()).exit()).isZero();
        final Cli.Result again = Cli.run("import", "--journal", journal.toString(), "--venue", "binance",
            TestData.path("binance-spot/BINANCE.ws.1.0").toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already holds data");
    }
}
