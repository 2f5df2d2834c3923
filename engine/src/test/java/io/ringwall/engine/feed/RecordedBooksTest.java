package io.ringwall.engine.feed;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.test.DirectLogicSink;
import io.ringwall.engine.test.RecordedDecisions;
import io.ringwall.engine.test.ReferenceRebuild;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real recordings through the real decoders and sync logic, checked against an independent rebuild:
 * after every diff the book is LIVE only if its top levels equal the reference's at the same update id.
 */
class RecordedBooksTest
{
    private final RecordedDecisions decisions = new RecordedDecisions();
    private final BusinessLogic logic = new BusinessLogic(LogicSettings.DEFAULTS, decisions, id -> {});
    private final List<String> wrongWhileLive = new ArrayList<>();
    private long liveComparisons;

    private Importer importer(final Venue venue, final ReferenceRebuild reference)
    {
        final DirectLogicSink sink = new DirectLogicSink(logic, 4096);
        sink.observer(templateId -> compareLiveBooks(reference));
        return new Importer(venue, new InstrumentRegistry(), sink);
    }

    private void compareLiveBooks(final ReferenceRebuild reference)
    {
        logic.books().forEach(book ->
        {
            if (book.state() != BookState.LIVE || !book.atMessageBoundary())
            {
                return;
            }
            final ReferenceRebuild.Book ref = reference.books().get(book.symbol());
            final String expected = ref == null ? null : ref.topByUpdateId.get(book.updateId());
            if (expected == null)
            {
                return; // the snapshot's own id: compared at the end
            }
            liveComparisons++;
            final String actual = top(book, ReferenceRebuild.TOP);
            if (!actual.equals(expected) && wrongWhileLive.size() < 5)
            {
                wrongWhileLive.add(book.symbol() + " @" + book.updateId() + ": " + actual + " != " + expected);
            }
        });
    }

    static String top(final InstrumentBook book, final int n)
    {
        final OrderBook ob = book.book();
        final StringBuilder sb = new StringBuilder("b");
        for (int i = 0; i < Math.min(n, ob.depth(Side.BID)); i++)
        {
            sb.append(' ').append(FixedPoint.toString(ob.price(Side.BID, i), book.priceExponent())).append('x')
                .append(FixedPoint.toString(ob.qty(Side.BID, i), book.qtyExponent()));
        }
        sb.append(" |a");
        for (int i = 0; i < Math.min(n, ob.depth(Side.ASK)); i++)
        {
            sb.append(' ').append(FixedPoint.toString(ob.price(Side.ASK, i), book.priceExponent())).append('x')
                .append(FixedPoint.toString(ob.qty(Side.ASK, i), book.qtyExponent()));
        }
        return sb.toString();
    }

    private void assertHealthyAndEqual(final ReferenceRebuild reference, final int instruments)
    {
        final List<InstrumentBook> books = new ArrayList<>();
        logic.books().forEach(books::add);
        assertThat(books).hasSize(instruments);
        for (final InstrumentBook b : books)
        {
            final ReferenceRebuild.Book ref = reference.books().get(b.symbol());
            assertThat(b.state()).as(b.symbol()).isEqualTo(BookState.LIVE);
            assertThat(b.stats().gaps()).as(b.symbol()).isZero();
            assertThat(b.stats().tickerMismatches()).as(b.symbol()).isZero();
            assertThat(b.stats().crossed()).as(b.symbol()).isZero();
            assertThat(b.stats().malformed()).as(b.symbol()).isZero();
            assertThat(b.updateId()).as(b.symbol()).isEqualTo(ref.updateId());
            assertThat(top(b, 1_000_000)).as(b.symbol()).isEqualTo(ReferenceRebuild.top(refBids(ref), refAsks(ref), 1_000_000));
        }
        assertThat(wrongWhileLive).isEmpty();
        assertThat(logic.counters().undefinedInstrument()).as("every symbol defined before its first event").isZero();
        assertThat(logic.counters().unknownTemplates()).isZero();
    }

    @Test
    void shouldRebuildBtcusdtExactlyWithEveryTickerCheckPassing() throws IOException
    {
        final Path file = TestData.path("binance-spot/btcusdt_20240808.gz");
        final ReferenceRebuild reference = new ReferenceRebuild(false).hftBacktest(file, "BTCUSDT");
        importer(Venue.BINANCE, reference).importFile(file, CaptureFormat.HFTBACKTEST);

        assertHealthyAndEqual(reference, 1);
        final InstrumentBook btc = logic.books().get(1);
        assertThat(btc.stats().depthUpdates()).isEqualTo(3_451);
        assertThat(btc.stats().tickerChecks()).isEqualTo(564);   // every ticker whose u a diff reaches (independently counted)
        assertThat(btc.book().bestBidPrice()).isEqualTo(FixedPoint.parse("61685.99", -8));
        assertThat(liveComparisons).isGreaterThan(3_400);
    }

    @Test
    void shouldRebuildEthusdtWhoseFirstDiffStartsRightAfterTheSnapshot() throws IOException
    {
        final Path file = TestData.path("binance-spot/ethusdt_20240808.gz");
        final ReferenceRebuild reference = new ReferenceRebuild(false).hftBacktest(file, "ETHUSDT");
        importer(Venue.BINANCE, reference).importFile(file, CaptureFormat.HFTBACKTEST);
        assertHealthyAndEqual(reference, 1);
        assertThat(logic.books().get(1).stats().tickerChecks()).isEqualTo(577);
    }

    @Test
    void shouldRebuildTheCryptofeedSpotRecording() throws IOException
    {
        final Path ws = TestData.path("binance-spot/BINANCE.ws.1.0");
        final ReferenceRebuild reference = new ReferenceRebuild(false).cryptofeed(ws, TestData.path("binance-spot/BINANCE.http.0.0"));
        importer(Venue.BINANCE, reference).importFile(ws, CaptureFormat.CRYPTOFEED);
        assertHealthyAndEqual(reference, 4);
    }

    @Test
    void shouldRebuildTheFuturesRecordingWithSparseIds() throws IOException
    {
        final Path ws = TestData.path("binance-futures/BINANCE_FUTURES.ws.1.0");
        final ReferenceRebuild reference = new ReferenceRebuild(true).cryptofeed(ws, TestData.path("binance-futures/BINANCE_FUTURES.http.0.0"));
        importer(Venue.BINANCE_USDM, reference).importFile(ws, CaptureFormat.CRYPTOFEED);
        assertHealthyAndEqual(reference, 4);
        logic.books().forEach(b -> assertThat(b.stats().tickerChecks()).as(b.symbol()).isPositive());
    }

    @Test
    void shouldReportAGapAndNeverShowAWrongBookAsLiveWhenADepthLineIsMissing(@TempDir final Path dir) throws IOException
    {
        final Path original = TestData.path("binance-spot/btcusdt_20240808.gz");
        final Path copy = dir.resolve("btcusdt_gap.txt");
        final List<String> lines = readLines(original);
        int depthSeen = 0;
        int removed = -1;
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).contains("@depth@100ms") && ++depthSeen == 1_000)
            {
                removed = i;
                break;
            }
        }
        lines.remove(removed);
        Files.write(copy, lines, StandardCharsets.UTF_8);

        final ReferenceRebuild reference = new ReferenceRebuild(false).hftBacktest(original, "BTCUSDT");
        importer(Venue.BINANCE, reference).importFile(copy, CaptureFormat.HFTBACKTEST);

        final InstrumentBook btc = logic.books().get(1);
        assertThat(btc.stats().gaps()).isEqualTo(1);
        assertThat(btc.stats().resyncs()).isEqualTo(1);
        assertThat(btc.state()).isEqualTo(BookState.INVALID);   // no snapshot follows in the file: it stays so
        assertThat(wrongWhileLive).isEmpty();
        assertThat(liveComparisons).isGreaterThan(900L);   // checked after every input while LIVE, up to the gap
        assertThat(decisions.describe()).anySatisfy(d -> assertThat(d).startsWith("health 1 INVALID<-LIVE GAP"));
    }

    @Test
    void shouldCountGarbageLinesAsMalformedAndOtherwiseRebuildTheSameBook(@TempDir final Path dir) throws IOException
    {
        final Path original = TestData.path("binance-spot/btcusdt_20240808.gz");
        final Path copy = dir.resolve("btcusdt_garbage.txt");
        final List<String> lines = readLines(original);
        final String[] garbage = {
            "garbage without a timestamp",
            "1723161300000000000 {\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpd",
            "1723161300000000000 \u0000\u0001\u0002 binary junk",
            "1723161300000000000 {\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"abc\",\"q\":\"1\",\"T\":1,\"m\":true}}",
            "",
        };
        for (int i = 0; i < garbage.length; i++)
        {
            lines.add(2_000 + i * 5_000, garbage[i]);
        }
        Files.write(copy, lines, StandardCharsets.UTF_8);

        final ReferenceRebuild reference = new ReferenceRebuild(false).hftBacktest(original, "BTCUSDT");
        final Importer importer = importer(Venue.BINANCE, reference);
        importer.importFile(copy, CaptureFormat.HFTBACKTEST);

        final InstrumentBook btc = logic.books().get(1);
        assertThat(importer.malformedLines()).isEqualTo(1);                     // no "<ns> " prefix
        assertThat(logic.counters().rejected()).isEqualTo(4);                   // + cut short, binary, bad price
        assertThat(btc.stats().malformed()).isEqualTo(1);                       // the bad trade price is BTCUSDT's
        assertThat(btc.stats().gaps()).isZero();
        assertThat(btc.state()).isEqualTo(BookState.LIVE);
        assertThat(btc.stats().tickerChecks()).isEqualTo(564);
        assertThat(top(btc, 1_000_000)).isEqualTo(ReferenceRebuild.top(refBids(reference.books().get("BTCUSDT")),
            refAsks(reference.books().get("BTCUSDT")), 1_000_000));
        assertThat(wrongWhileLive).isEmpty();
    }

    private static java.util.TreeMap<java.math.BigDecimal, java.math.BigDecimal> refBids(final ReferenceRebuild.Book b)
    {
        return b.bids;
    }

    private static java.util.TreeMap<java.math.BigDecimal, java.math.BigDecimal> refAsks(final ReferenceRebuild.Book b)
    {
        return b.asks;
    }

    private static List<String> readLines(final Path gz) throws IOException
    {
        final List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = r.readLine()) != null)
            {
                lines.add(line);
            }
        }
        return lines;
    }
}
