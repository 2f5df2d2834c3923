package io.ringwall.engine.cli;

import io.ringwall.codecs.test.TestData;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine process killed with SIGKILL in the middle of a run leaves a journal that tail, verify and
 * replay read up to the last complete entry.
 */
class CrashTest
{
    @Test
    void shouldLeaveAReadableJournalWhenKilledMidRun(@TempDir final Path dir) throws Exception
    {
        final Path config = dir.resolve("demo.yaml");
        final Path data = TestData.path("binance-spot").getParent();
        Files.writeString(config, String.join("\n",
            "engine: { waitStrategy: sleeping, statusInterval: 1s }",
            "simulator: { enabled: true, venue: binance, speed: 5, captures: [ '" + data.resolve("binance-spot/btcusdt_20240808.gz") +
                "', '" + data.resolve("binance-spot/ethusdt_20240808.gz") + "' ] }",
            "venues: { binance: { endpoint: simulator } }",
            "instruments:",
            "  - { venue: binance, symbol: BTCUSDT, priceScale: 2, qtyScale: 8 }",
            "  - { venue: binance, symbol: ETHUSDT, priceScale: 2, qtyScale: 8 }"), StandardCharsets.UTF_8);
        final Path journal = dir.resolve("journal");

        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.asList(System.getProperty("ringwall.jvm.options").trim().split("\\s+")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of("run", "--config", config.toString(), "--journal", journal.toString(), "--duration", "120s"));
        final Process engine = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("engine.log").toFile()).start();
        try
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            long entries = 0;
            while (entries < 5_000)
            {
                assertThat(System.nanoTime()).as("the engine journals within a minute").isLessThan(deadline);
                assertThat(engine.isAlive()).as(Files.readString(dir.resolve("engine.log"))).isTrue();
                Thread.sleep(200);
                if (Files.exists(journal.resolve("metadata.cq4t")))
                {
                    try (Journal reader = Journal.openReadOnly(journal))
                    {
                        entries = JournalScan.scan(reader).entries();
                    }
                    catch (final IllegalArgumentException notYet)
                    {
                        entries = 0;
                    }
                }
            }
        }
        finally
        {
            engine.destroyForcibly();   // SIGKILL: no shutdown hook, no flush, no close
            assertThat(engine.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(engine.exitValue()).isEqualTo(137);

        final long inputs;
        try (Journal reader = Journal.openReadOnly(journal))
        {
            final JournalScan scan = JournalScan.scan(reader);
            inputs = scan.inputs();
            assertThat(scan.entries()).isGreaterThanOrEqualTo(5_000);
        }

        final Cli.Result verify = Cli.run("verify", "--journal", journal.toString(), "--json");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(Cli.field(verify.out(), "inputs")).isEqualTo(Long.toString(inputs));
        assertThat(verify.out()).contains("\"symbol\":\"BTCUSDT\"").doesNotContain("\"tickerMismatches\":1");

        final Cli.Result tail = Cli.run("tail", "--journal", journal.toString(), "--limit", "3");
        assertThat(tail.exit()).isZero();
        assertThat(tail.out().strip().split("\n")).hasSize(3);
        final Cli.Result all = Cli.run("tail", "--journal", journal.toString(), "--json");
        assertThat(all.exit()).isZero();
        assertThat(all.out().strip().split("\n")).hasSizeGreaterThanOrEqualTo(5_000);

        final Cli.Result replay = Cli.run("replay", "--journal", journal.toString(), "--json");
        assertThat(Cli.field(replay.out(), "firstDivergence")).isEqualTo("null");
        // Decisions still in flight to the journaller at the kill are lost; everything journaled replays.
        assertThat(Cli.field(replay.out(), "match").equals("true") || Cli.field(replay.out(), "recordedIsPrefix").equals("true"))
            .as(replay.out()).isTrue();
    }
}
