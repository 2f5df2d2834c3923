package io.ringwall.engine.cli;

import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.replay.Replayer;
import io.ringwall.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ringwall book}: an order book as it stood at any point of a journal.
 */
@Command(name = "book", mixinStandardHelpOptions = true,
    description = "Show an instrument's order book as it stood at a point of a journal (default: its end).")
final class BookCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal.")
    Path journalDir;

    @Option(names = "--symbol", required = true, paramLabel = "S", description = "The instrument's symbol, e.g. BTCUSDT.")
    String symbol;

    @Option(names = "--venue", paramLabel = "V", description = "The venue, when several have the symbol.")
    String venue;

    @Option(names = "--at", paramLabel = "SEQ|TIME",
        description = "Stop before the first input at or after this input sequence, epoch ns or ISO time.")
    String at;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "10", description = "Levels per side (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call()
    {
        if (depth <= 0)
        {
            throw new UsageException("--depth must be positive");
        }
        final long[] point = at == null ? null : CliSupport.parsePoint(at, "--at");
        try (Journal journal = CliSupport.openJournal(journalDir))
        {
            final Replayer replayer = new Replayer(Replayer.recordedSettings(journal));
            final Replayer.StopCondition stop = point == null ? Replayer.StopCondition.NEVER :
                (sequence, timeNs) -> point[0] != Long.MIN_VALUE ? sequence >= point[0] : timeNs >= point[1];
            replayer.replay(journal, stop, Replayer.Progress.NONE);

            final List<InstrumentBook> matches = new ArrayList<>();
            replayer.logic().books().forEach(b ->
            {
                if (b.symbol().equalsIgnoreCase(symbol) && (venue == null || Venues.configName(b.venue()).equals(venue)))
                {
                    matches.add(b);
                }
            });
            if (matches.isEmpty())
            {
                throw new UsageException("no instrument " + symbol + (venue == null ? "" : " on " + venue) + " in " + journalDir +
                    (point == null ? "" : " before " + at));
            }
            if (matches.size() > 1)
            {
                throw new UsageException(symbol + " is on several venues; add --venue");
            }
            final InstrumentBook book = matches.get(0);
            final long asOfNs = replayer.logic().input().nowNs();
            final long asOfSeq = replayer.logic().input().sequence();
            if (json)
            {
                System.out.println(new Json()
                    .field("venue", Venues.configName(book.venue()))
                    .field("symbol", book.symbol())
                    .field("state", book.state().name())
                    .field("updateId", book.updateId())
                    .field("asOfSequence", asOfSeq)
                    .field("asOfTime", CliSupport.isoTime(asOfNs))
                    .raw("bids", BookReport.levelsJson(book, Side.BID, depth))
                    .raw("asks", BookReport.levelsJson(book, Side.ASK, depth)));
            }
            else
            {
                System.out.println(Venues.configName(book.venue()) + " " + book.symbol() + "  " + book.state() +
                    "  update id " + book.updateId() + "  as of input " + asOfSeq + " (" + CliSupport.isoTime(asOfNs) + ")");
                if (book.state() != io.ringwall.codecs.sbe.BookState.LIVE)
                {
                    System.out.println("WARNING: the book is not LIVE here; its levels are not to be trusted");
                }
                final OrderBook ob = book.book();
                System.out.println(String.format(Locale.ROOT, "%18s %14s | %-14s %-18s", "bid qty", "bid", "ask", "ask qty"));
                final int n = Math.max(Math.min(depth, ob.depth(Side.BID)), Math.min(depth, ob.depth(Side.ASK)));
                for (int i = 0; i < n; i++)
                {
                    final boolean hasBid = i < ob.depth(Side.BID);
                    final boolean hasAsk = i < ob.depth(Side.ASK);
                    System.out.println(String.format(Locale.ROOT, "%18s %14s | %-14s %-18s",
                        hasBid ? BookReport.qty(book, ob.qty(Side.BID, i)) : "",
                        hasBid ? BookReport.price(book, ob.price(Side.BID, i)) : "",
                        hasAsk ? BookReport.price(book, ob.price(Side.ASK, i)) : "",
                        hasAsk ? BookReport.qty(book, ob.qty(Side.ASK, i)) : ""));
                }
            }
            return ExitCodes.OK;
        }
    }
}
