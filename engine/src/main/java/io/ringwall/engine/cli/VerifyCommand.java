package io.ringwall.engine.cli;

import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.replay.Replayer;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ringwall verify}: the book-health report of a journal, per instrument.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {
        "Book-health report per instrument: diff messages and how many were applied, gaps, resyncs,",
        "crossed books, bookTicker cross-checks and mismatches, malformed inputs, final state and best prices."
    })
final class VerifyCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal to verify.")
    Path journalDir;

    @Option(names = "--json", description = "Print {\"instruments\":[...]} as one JSON object.")
    boolean json;

    @Override
    public Integer call()
    {
        try (Journal journal = CliSupport.openJournal(journalDir))
        {
            final CliSupport.ProgressLine progress = new CliSupport.ProgressLine("verify", json);
            final long total = JournalScan.lastInputSequence(journal) + 1;
            final Replayer replayer = new Replayer(Replayer.recordedSettings(journal));
            replayer.replay(journal, Replayer.StopCondition.NEVER, (inputs, index) -> progress.update(inputs, total > 0 ? (double)inputs / total : -1));
            progress.done();

            final List<InstrumentBook> books = new ArrayList<>();
            replayer.logic().books().forEach(books::add);
            long attributed = 0;
            for (final InstrumentBook b : books)
            {
                attributed += b.stats().malformed();
            }
            final long rejected = replayer.logic().counters().rejected();
            if (json)
            {
                final StringBuilder list = new StringBuilder("[");
                for (int i = 0; i < books.size(); i++)
                {
                    list.append(i == 0 ? "" : ",").append(BookReport.health(books.get(i)));
                }
                list.append(']');
                System.out.println(new Json()
                    .raw("instruments", list.toString())
                    .field("inputs", replayer.logic().counters().inputs())
                    .field("malformed", rejected)
                    .field("unattributedMalformed", rejected - attributed));
            }
            else
            {
                System.out.println("journal " + journalDir + ": " + CliSupport.count(replayer.logic().counters().inputs()) +
                    " inputs, " + CliSupport.count(rejected) + " malformed (" + CliSupport.count(rejected - attributed) +
                    " not attributable to an instrument)");
                BookReport.healthTable(books).forEach(System.out::println);
            }
            return ExitCodes.OK;
        }
    }
}
