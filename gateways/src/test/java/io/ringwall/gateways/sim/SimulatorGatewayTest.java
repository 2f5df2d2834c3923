package io.ringwall.gateways.sim;

import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.GatewayStatusDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.codecs.test.TestData;
import io.ringwall.gateways.SnapshotRequests;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.BinanceControlListener;
import io.ringwall.gateways.binance.BinanceDecoder;
import io.ringwall.gateways.binance.BinanceFeedHandler;
import io.ringwall.gateways.binance.BinanceGateway;
import io.ringwall.gateways.binance.GatewaySettings;
import io.ringwall.gateways.capture.CaptureFormat;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Binance gateway and decoder against the simulator, as the offline demo runs them: the gateway
 * connects, gets a snapshot on request that the diff stream chains to, and after every kind of lost
 * connection the simulator can cause (abrupt close, serverShutdown, stall) reconnects by itself; a REST 429
 * reaches it as a failed snapshot.
 */
class SimulatorGatewayTest
{
    private static final long STALL_TIMEOUT_MS = 400;

    /** An event the gateway's feed published, read back. */
    record Event(int templateId, GatewayStatusCode status, String text, long detail, long firstId, long lastId, boolean last)
    {
    }

    @Test
    void shouldSyncAndReconnectByItselfAfterEveryConnectionFault() throws Exception
    {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final Instrument btc = registry.register(Venue.BINANCE, "BTCUSDT", -2, -8);
        final SnapshotRequests requests = new SnapshotRequests(16);
        try (ExchangeSimulator sim = ExchangeSimulator.builder()
                .capture(TestData.path(Captures.BTCUSDT), CaptureFormat.HFTBACKTEST).speed(10).build().start())
        {
            final Feed feed = new Feed(registry, btc);
            final GatewaySettings settings = new GatewaySettings(Venue.BINANCE, sim.wsUrl(), sim.restUrl(), "depth@100ms", "trade",
                true, 1000, 6000, 50, 1000, STALL_TIMEOUT_MS, 86_400_000L);
            try (BinanceGateway gateway = new BinanceGateway(settings, List.of(btc), feed, new SystemEpochNanoClock(), requests))
            {
                feed.gateway = gateway;
                gateway.start();
                feed.await(e -> count(e, GatewayStatusCode.CONNECTED) == 1 && deltas(e).size() >= 10);

                // A snapshot on request, and the stream chains to it.
                requests.request(btc.id());
                final List<Event> synced = feed.await(e -> snapshotId(e) != 0 && deltas(e).stream().anyMatch(d -> d.lastId > snapshotId(e)));
                final long l = snapshotId(synced);
                final List<Event> after = deltas(synced).stream().filter(d -> d.lastId > l).toList();
                assertThat(after.get(0).firstId).as("first diff after the snapshot chains to it").isLessThanOrEqualTo(l + 1);
                for (int i = 1; i < after.size(); i++)
                {
                    assertThat(after.get(i).firstId).isEqualTo(after.get(i - 1).lastId + 1);
                }
                assertThat(statuses(synced)).containsSubsequence(GatewayStatusCode.SNAPSHOT_REQUESTED);

                // Abrupt close: DISCONNECTED, then CONNECTED again, and data flows again.
                sim.faults().closeConnections();
                final int before = deltas(feed.events()).size();
                final List<Event> reconnected = feed.await(e -> count(e, GatewayStatusCode.CONNECTED) == 2 && deltas(e).size() > before + 5);
                assertThat(statuses(reconnected)).containsSubsequence(
                    GatewayStatusCode.CONNECTED, GatewayStatusCode.DISCONNECTED, GatewayStatusCode.RECONNECT_SCHEDULED,
                    GatewayStatusCode.CONNECTING, GatewayStatusCode.CONNECTED);
                assertThat(gateway.connects()).isEqualTo(2);

                // serverShutdown: the feed asks the gateway to reconnect at once.
                sim.faults().serverShutdown(Duration.ofSeconds(5));
                feed.await(e -> count(e, GatewayStatusCode.CONNECTED) == 3);
                assertThat(feed.shutdowns).isEqualTo(1);
                assertThat(gateway.connects()).isEqualTo(3);
                // A stall reaches only the clients the simulator has registered: wait for data on the new one.
                final int beforeStall = deltas(feed.events()).size();
                feed.await(e -> deltas(e).size() > beforeStall + 3);

                // A stall longer than the gateway's stall timeout: it gives up on the silent connection.
                sim.faults().stall(Duration.ofMillis(STALL_TIMEOUT_MS * 4));
                final List<Event> unstalled = feed.await(e -> count(e, GatewayStatusCode.CONNECTED) == 4);
                assertThat(unstalled).anyMatch(e -> e.status == GatewayStatusCode.DISCONNECTED && e.text.startsWith("stalled"));

                // Throttled REST reaches the gateway as a failed snapshot with the status. Asked at least the
                // gateway's first backoff step (1 s) after the last snapshot: sooner trips the deferral that
                // shouldFetchASnapshotAskedForAgainRightAfterTheLastWithinSeconds shows.
                Thread.sleep(Math.max(0, 1_100 - (System.nanoTime() - feed.firstSnapshotNs) / 1_000_000));
                sim.faults().restErrors(429, 1, 1);
                gateway.requestSnapshot(btc.id());
                final List<Event> throttled = feed.await(e -> e.stream().anyMatch(x -> x.status == GatewayStatusCode.SNAPSHOT_FAILED));
                assertThat(throttled).anyMatch(e -> e.status == GatewayStatusCode.SNAPSHOT_FAILED && e.detail == 429);

                assertThat(sim.stats().connectionsAccepted()).isEqualTo(4);
                assertThat(sim.stats().snapshotsServed()).isEqualTo(1);
                assertThat(feed.rejected()).as("nothing the simulator sent was rejected by the decoder").isZero();
            }
        }
    }

    @Test
    void shouldFetchASnapshotAskedForAgainRightAfterTheLastWithinSeconds() throws Exception
    {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final Instrument btc = registry.register(Venue.BINANCE, "BTCUSDT", -2, -8);
        try (ExchangeSimulator sim = ExchangeSimulator.builder()
                .capture(TestData.path(Captures.BTCUSDT), CaptureFormat.HFTBACKTEST).speed(1).build().start())
        {
            final Feed feed = new Feed(registry, btc);
            final GatewaySettings settings = new GatewaySettings(Venue.BINANCE, sim.wsUrl(), sim.restUrl(), "depth@100ms", "trade",
                true, 1000, 6000, 50, 1000, 20_000, 86_400_000L);
            try (BinanceGateway gateway = new BinanceGateway(settings, List.of(btc), feed, new SystemEpochNanoClock(), null))
            {
                feed.gateway = gateway;
                gateway.start();
                feed.await(e -> count(e, GatewayStatusCode.CONNECTED) == 1);
                gateway.requestSnapshot(btc.id());
                feed.await(e -> snapshotId(e) != 0);

                // What the logic does when a snapshot turns out stale: ask again at once.
                final long askedNs = System.nanoTime();
                gateway.requestSnapshot(btc.id());
                feed.await(e -> count(e, GatewayStatusCode.SNAPSHOT_REQUESTED) == 2);

                assertThat(System.nanoTime() - askedNs).as("backoff of about a second, not the 60 s cap").isLessThan(3_000_000_000L);
            }
        }
    }

    private static long snapshotId(final List<Event> events)
    {
        return events.stream().filter(e -> e.templateId == BookSnapshotDecoder.TEMPLATE_ID && e.last).mapToLong(Event::lastId).findFirst().orElse(0);
    }

    private static List<Event> deltas(final List<Event> events)
    {
        return events.stream().filter(e -> e.templateId == BookDeltaDecoder.TEMPLATE_ID && e.last).toList();
    }

    private static List<GatewayStatusCode> statuses(final List<Event> events)
    {
        return events.stream().filter(e -> e.status != null).map(Event::status).toList();
    }

    private static long count(final List<Event> events, final GatewayStatusCode code)
    {
        return events.stream().filter(e -> e.status == code).count();
    }

    /**
     * What the engine's BinanceFeed does, into a test sink: frames and snapshots through the real decoder,
     * status as GatewayStatus events, a serverShutdown turned into an immediate reconnect.
     */
    private static final class Feed implements BinanceFeedHandler, BinanceControlListener
    {
        private final CapturingEventSink sink = new CapturingEventSink();
        private final BinanceDecoder decoder;
        private final InputWriter writer = new InputWriter(sink);
        private volatile BinanceGateway gateway;
        private volatile int shutdowns;
        private volatile long firstSnapshotNs;

        Feed(final InstrumentRegistry registry, final Instrument instrument)
        {
            final VenueInstruments known = new VenueInstruments(Venue.BINANCE, registry, null);
            known.add(instrument);
            decoder = new BinanceDecoder(Venue.BINANCE, known, sink);
            decoder.controlListener(this);
        }

        @Override
        public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
        {
            synchronized (sink)
            {
                decoder.onFrame(buffer, offset, length, receiveTimeNs);
                sink.notifyAll();
            }
        }

        @Override
        public void onSnapshot(final Instrument instrument, final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
        {
            if (firstSnapshotNs == 0)
            {
                firstSnapshotNs = System.nanoTime();
            }
            synchronized (sink)
            {
                decoder.onSnapshot(instrument, buffer, offset, length, receiveTimeNs);
                sink.notifyAll();
            }
        }

        @Override
        public void onStatus(final GatewayStatusCode code, final int instrumentId, final long detail, final String text, final long receiveTimeNs)
        {
            synchronized (sink)
            {
                writer.gatewayStatus(Venue.BINANCE, instrumentId, code, detail, text, receiveTimeNs);
                sink.notifyAll();
            }
        }

        @Override
        public void onServerShutdown(final Venue venue, final long exchangeTimeNs, final long receiveTimeNs)
        {
            shutdowns++;
            gateway.reconnectNow("the venue announced a server shutdown");
        }

        long rejected()
        {
            synchronized (sink)
            {
                return decoder.counters().rejected();
            }
        }

        List<Event> events()
        {
            synchronized (sink)
            {
                final List<Event> out = new ArrayList<>();
                final MessageHeaderDecoder header = new MessageHeaderDecoder();
                for (final byte[] bytes : sink.events())
                {
                    final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
                    header.wrap(buffer, 0);
                    switch (header.templateId())
                    {
                        case GatewayStatusDecoder.TEMPLATE_ID:
                        {
                            final GatewayStatusDecoder s = new GatewayStatusDecoder().wrapAndApplyHeader(buffer, 0, header);
                            out.add(new Event(header.templateId(), s.status(), s.text(), s.detail(), 0, 0, true));
                            break;
                        }
                        case BookSnapshotDecoder.TEMPLATE_ID:
                        {
                            final BookSnapshotDecoder s = new BookSnapshotDecoder().wrapAndApplyHeader(buffer, 0, header);
                            out.add(new Event(header.templateId(), null, "", 0, 0, s.lastUpdateId(), s.flags().lAST()));
                            break;
                        }
                        case BookDeltaDecoder.TEMPLATE_ID:
                        {
                            final BookDeltaDecoder d = new BookDeltaDecoder().wrapAndApplyHeader(buffer, 0, header);
                            out.add(new Event(header.templateId(), null, "", 0, d.firstUpdateId(), d.lastUpdateId(), d.flags().lAST()));
                            break;
                        }
                        default:
                            break;
                    }
                }
                return out;
            }
        }

        List<Event> await(final Predicate<List<Event>> test) throws InterruptedException
        {
            final long deadline = System.nanoTime() + 15_000_000_000L;
            List<Event> events = events();
            while (!test.test(events) && System.nanoTime() < deadline)
            {
                synchronized (sink)
                {
                    sink.wait(20);
                }
                events = events();
            }
            assertThat(test.test(events)).as("awaited gateway events; statuses %s", statuses(events)).isTrue();
            return events;
        }
    }
}
