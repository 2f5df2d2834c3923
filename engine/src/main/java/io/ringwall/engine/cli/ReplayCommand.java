package io.ringwall.engine.cli;

import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.replay.ReplayResult;
import io.ringwall.engine.replay.Replayer;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ringwall replay}: the backtest. Feeds a journal's inputs through the business logic at full
 * speed and checks the decisions against the recorded ones.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
        "Replay a journal's inputs through the business logic at full speed and compare the decisions",
        "with the recorded ones (SHA-256 digest over the decision stream, and the first divergence).",
        "Exit code 4 when they differ."
    })
final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal to replay.")
    Path journalDir;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Logic settings to replay with (default: the config recorded in the journal).")
    Path config;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "Replay with this signal model instead of the one the journal recorded (a what-if: decisions will differ).")
    Path model;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call()
    {
        try (Journal journal = CliSupport.openJournal(journalDir))
        {
            final LogicSettings base = config != null ?
                CliSupport.loadConfig(config, false).logic() : Replayer.recordedSettings(journal);
            final LogicSettings settings = model == null ? base :
                new LogicSettings(base.initialBookLevels(), base.syncBufferBytes(), base.analytics().withModel(model), base.trading());
            final CliSupport.ProgressLine progress = new CliSupport.ProgressLine("replay", json);
            final long total = JournalScan.lastInputSequence(journal) + 1;
            final long startNs = System.nanoTime();
            final Replayer replayer = new Replayer(settings);
            final ReplayResult result = replayer.replay(journal, Replayer.StopCondition.NEVER,
                (inputs, index) -> progress.update(inputs, total > 0 ? (double)inputs / total : -1));
            final double seconds = (System.nanoTime() - startNs) / 1e9;
            progress.done();
            if (json)
            {
                System.out.println(result.toJson());
            }
            else
            {
                System.out.println("replayed " + CliSupport.count(result.inputs()) + " inputs in " +
                    String.format(Locale.ROOT, "%.2f s (%s events/s)", seconds, CliSupport.count((long)(result.inputs() / Math.max(seconds, 1e-9)))));
                System.out.println("decisions  produced " + CliSupport.count(result.decisions()) + "  digest " + result.digest());
                System.out.println("           recorded " + CliSupport.count(result.recordedDecisions()) + "  digest " + result.recordedDigest());
                if (result.match())
                {
                    System.out.println("match: the replay reproduced every recorded decision exactly");
                }
                else if (result.recordedIsPrefix())
                {
                    System.out.println("no match: the journal ends early (a stopped writer); every decision it holds was reproduced");
                }
                else
                {
                    System.out.println("MISMATCH: first divergence at decision #" + result.firstDivergence() +
                        " (caused by input " + result.divergenceCause() + ")");
                }
            }
            return result.match() ? ExitCodes.OK : ExitCodes.MISMATCH;
        }
    }
}
