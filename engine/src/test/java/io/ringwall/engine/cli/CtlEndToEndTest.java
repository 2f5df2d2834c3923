package io.ringwall.engine.cli;

import io.ringwall.engine.control.ControlQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's halt reaching a running engine: {@code run} on the simulator with trading enabled, {@code ctl halt}
 * issued while it runs; the journal holds the command as an OperatorCommand input and the kill switch's
 * OPERATOR_HALT, and {@code replay} reproduces every decision.
 */
class CtlEndToEndTest
{
    @Test
    void shouldJournalAHaltSentWhileRunningAndReplayIt(@TempDir final Path dir) throws Exception
    {
        final Path config = CliAcceptanceTest.demoFast(dir, TradingEndToEndTest.TRADING);
        final Path journal = dir.resolve("run");

        final CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(
            () -> Cli.run("run", "--config", config.toString(), "--journal", journal.toString(), "--duration", "6s", "--json"));
        // the engine opens the control queue when its timer starts; commands sent before then are not for this session
        final long deadline = System.currentTimeMillis() + 30_000;
        while (!hasQueueFile(ControlQueue.dir(journal)) && !running.isDone() && System.currentTimeMillis() < deadline)
        {
            Thread.sleep(20);
        }
        Thread.sleep(1_000);   // let the timer thread position its tailer at the end
        assertThat(Main.execute("ctl", "--journal", journal.toString(), "halt", "--note", "end-to-end")).isZero();

        final Cli.Result run = running.get();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Cli.field(run.lastLine(), "errors")).isEqualTo("0");

        final String commands = Cli.run("tail", "--journal", journal.toString(), "--type", "commands", "--json").out();
        assertThat(commands.lines().count()).as(commands).isEqualTo(1);
        assertThat(commands).contains("\"type\":\"OperatorCommand\"", "HALT", "end-to-end");
        final String halts = Cli.run("tail", "--journal", journal.toString(), "--type", "halts", "--json").out();
        assertThat(halts).as(halts).contains("OPERATOR_HALT", "HALTED");

        final Cli.Result replayed = Cli.run("replay", "--journal", journal.toString(), "--json");
        assertThat(replayed.exit()).as(replayed.out()).isZero();
        assertThat(Cli.field(replayed.out(), "match")).as(replayed.out()).isEqualTo("true");
    }

    private static boolean hasQueueFile(final Path dir) throws Exception
    {
        if (!Files.isDirectory(dir))
        {
            return false;
        }
        try (var files = Files.list(dir))
        {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".cq4t"));
        }
    }
}
