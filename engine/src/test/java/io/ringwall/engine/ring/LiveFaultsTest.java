package io.ringwall.engine.ring;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookHealthReason;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.feed.LiveFeeds;
import io.ringwall.engine.feed.RecordedBooksTestSupport;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.replay.ReplayResult;
import io.ringwall.engine.replay.Replayer;
import io.ringwall.engine.test.RecordedDecisions;
import io.ringwall.engine.test.ReferenceRebuild;
import io.ringwall.gateways.SnapshotRequests;
import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.gateways.sim.ExchangeSimulator;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole live path on loopback: the exchange simulator serves the real recordings, the real Binance
 * gateway decodes into the ring, the journaller and the logic run on their threads. A dropped depth frame
 * and a dropped connection are injected; the engine must detect each, resync, and never hold a wrong
 * book as LIVE (checked afterwards against an independent rebuild, after every journaled input).
 */
class LiveFaultsTest
{
    private static final String CONFIG = String.join("\n",
        "engine: { ringSize: 4096, slotBytes: 4096, waitStrategy: sleeping, timerInterval: 100ms }",
        "journal: { rollCycle: FAST_HOURLY, idleStrategy: backoff }",
        "venues:",
        "  binance: { endpoint: simulator, depthStream: depth@100ms, tradeStream: trade, bookTicker: true,",
        "             snapshotLimit: 1000, reconnectDelay: 50ms, reconnectMaxDelay: 500ms }",
        "instruments:",
        "  - { venue: binance, symbol: BTCUSDT, priceScale: 2, qtyScale: 8 }",
        "  - { venue: binance, symbol: ETHUSDT, priceScale: 2, qtyScale: 8 }",
        "simulator: { enabled: true, venue: binance, speed: 15, captures: [ '%s', '%s' ] }");

    @Test
    void shouldDetectResyncAndRecoverFromADroppedFrameAndADroppedConnection(@TempDir final Path dir) throws Exception
    {
        final RingwallConfig config = RingwallConfig.parse("test", String.format(CONFIG,
            TestData.path("binance-spot/btcusdt_20240808.gz"), TestData.path("binance-spot/ethusdt_20240808.gz")), null);
        final InstrumentRegistry registry = new InstrumentRegistry();
        for (final RingwallConfig.InstrumentSettings i : config.instruments())
        {
            registry.register(i.venue(), i.symbol(), i.priceExponent(), i.qtyExponent(), i.tickSize());
        }
        final int btc = registry.find(io.ringwall.codecs.sbe.Venue.BINANCE, "BTCUSDT").id();
        final int eth = registry.find(io.ringwall.codecs.sbe.Venue.BINANCE, "ETHUSDT").id();
        final SnapshotRequests requests = new SnapshotRequests(64);
        final Path journalDir = dir.resolve("journal");
        final Engine engine = new Engine(config, Journal.open(journalDir, "FAST_HOURLY"), requests::request, Engine.defaultClock());

        try (ExchangeSimulator sim = ExchangeSimulator.builder()
            .capture(TestData.path("binance-spot/btcusdt_20240808.gz"), CaptureFormat.HFTBACKTEST)
            .capture(TestData.path("binance-spot/ethusdt_20240808.gz"), CaptureFormat.HFTBACKTEST)
            .speed(15)
            .build().start())
        {
            engine.start();
            engine.define(registry.all());
            final LiveFeeds feeds = LiveFeeds.start(config, registry, engine, requests, sim);
            final StatusBoard board = engine.board();
            await(() -> board.state(btc) == BookState.LIVE && board.state(eth) == BookState.LIVE, "both books LIVE");

            // 1. a depth frame lost on the wire: the next diff does not chain
            sim.faults().dropNextFrames("BTCUSDT", "depth", 1);
            await(() -> board.gaps(btc) == 1, "the BTCUSDT gap detected");
            await(() -> board.state(btc) == BookState.LIVE, "BTCUSDT resynced");
            assertThat(board.gaps(eth)).as("ETHUSDT is not touched by BTCUSDT's gap").isZero();
            assertThat(board.resyncs(eth)).isZero();

            // 2. the connection dies: every book of the venue is invalid until resynced after the reconnect
            final long connects = feeds.gateways().get(0).connects();
            sim.faults().closeConnections();
            await(() -> feeds.gateways().get(0).connects() > connects, "the gateway reconnected");
            await(() -> board.resyncs(btc) == 2 && board.resyncs(eth) == 1, "both books invalidated");
            await(() -> board.state(btc) == BookState.LIVE && board.state(eth) == BookState.LIVE, "both books LIVE again");
            final long checksAfterRecovery = board.tickerChecks(btc);
            await(() -> board.tickerChecks(btc) > checksAfterRecovery + 20, "book-ticker checks passing after recovery");
            assertThat(board.tickerMismatches(btc)).isZero();
            assertThat(board.tickerMismatches(eth)).isZero();

            feeds.close();
        }
        finally
        {
            engine.close();
        }
        assertThat(engine.errors()).isZero();

        // Afterwards, from the journal alone: the decisions replay exactly, and whenever a book was LIVE
        // its top levels equal the independent rebuild's at the same update id.
        final ReferenceRebuild reference = new ReferenceRebuild(false)
            .hftBacktest(TestData.path("binance-spot/btcusdt_20240808.gz"), "BTCUSDT")
            .hftBacktest(TestData.path("binance-spot/ethusdt_20240808.gz"), "ETHUSDT");
        try (Journal journal = Journal.openReadOnly(journalDir))
        {
            final ReplayResult result = new Replayer(config.logic()).replay(journal, Replayer.StopCondition.NEVER, Replayer.Progress.NONE);
            assertThat(result.match()).as(result.toJson()).isTrue();

            final RecordedDecisions decisions = new RecordedDecisions();
            final BusinessLogic logic = new BusinessLogic(config.logic(), decisions, id -> {});
            final List<String> wrong = new ArrayList<>();
            final long[] compared = { 0 };
            try (JournalTailer tailer = journal.tailer())
            {
                while (tailer.read((buffer, offset, length, index) ->
                {
                    logic.onEvent(buffer, offset, length);
                    logic.books().forEach(book -> compare(book, reference, wrong, compared));
                }))
                {
                    // read to the end
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(compared[0]).isGreaterThan(1_000);
            final List<String> reasons = decisions.describe();
            assertThat(reasons).anySatisfy(d -> assertThat(d).startsWith("health " + btc + " INVALID<-LIVE GAP"));
            assertThat(reasons).anySatisfy(d -> assertThat(d).startsWith("health " + eth + " INVALID<-LIVE DISCONNECTED"));
            assertThat(reasons).filteredOn(d -> d.contains("LIVE<-SYNCING " + BookHealthReason.SNAPSHOT_APPLIED)).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    private static void compare(final InstrumentBook book, final ReferenceRebuild reference, final List<String> wrong, final long[] compared)
    {
        if (book.state() != BookState.LIVE || !book.atMessageBoundary())
        {
            return;
        }
        final String expected = reference.books().get(book.symbol()).topByUpdateId.get(book.updateId());
        if (expected == null)
        {
            return;
        }
        compared[0]++;
        final String actual = RecordedBooksTestSupport.top(book, ReferenceRebuild.TOP);
        if (!actual.equals(expected) && wrong.size() < 5)
        {
            wrong.add(book.symbol() + " @" + book.updateId() + ": " + actual + " != " + expected);
        }
    }

    private static void await(final BooleanSupplier condition, final String what) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
