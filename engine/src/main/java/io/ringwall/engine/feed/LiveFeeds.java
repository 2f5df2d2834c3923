package io.ringwall.engine.feed;

import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.engine.config.RingwallConfig;
import io.ringwall.engine.config.RingwallConfig.VenueSettings;
import io.ringwall.engine.ring.Engine;
import io.ringwall.gateways.SnapshotRequests;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.BinanceGateway;
import io.ringwall.gateways.binance.GatewaySettings;
import io.ringwall.gateways.sim.ExchangeSimulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's venue connections: one gateway per configured venue, wired to the inbound ring, pointed at
 * the venue or at the in-process simulator.
 */
public final class LiveFeeds implements AutoCloseable
{
    private final List<BinanceGateway> gateways = new ArrayList<>();
    private final List<BinanceFeed> feeds = new ArrayList<>();

    private LiveFeeds()
    {
    }

    /**
     * Starts a gateway for every venue that has instruments.
     *
     * @param config    the configuration.
     * @param registry  the instruments (already defined in the engine).
     * @param engine    the running engine.
     * @param requests  the logic's snapshot requests.
     * @param simulator the in-process simulator, or null.
     * @return the running feeds.
     */
    public static LiveFeeds start(
        final RingwallConfig config,
        final InstrumentRegistry registry,
        final Engine engine,
        final SnapshotRequests requests,
        final ExchangeSimulator simulator)
    {
        final LiveFeeds feeds = new LiveFeeds();
        for (final VenueSettings venue : config.venues())
        {
            final List<Instrument> instruments = new ArrayList<>();
            final VenueInstruments known = new VenueInstruments(venue.venue(), registry, null);
            for (final Instrument i : registry.all())
            {
                if (i.venue() == venue.venue())
                {
                    instruments.add(i);
                    known.add(i);
                }
            }
            if (instruments.isEmpty())
            {
                continue;
            }
            final boolean simulated = venue.endpoint() == VenueSettings.Endpoint.SIMULATOR;
            final URI ws = simulated ? simulator.wsUrl() : venue.wsUrl();
            final URI rest = simulated ? simulator.restUrl() : venue.restUrl();
            final GatewaySettings settings = new GatewaySettings(venue.venue(), ws, rest, venue.depthStream(),
                venue.tradeStream(), venue.bookTicker(), venue.snapshotLimit(), venue.restWeightPerMinute(),
                venue.reconnectDelayMs(), venue.reconnectMaxDelayMs(), venue.stallTimeoutMs(), venue.maxConnectionAgeMs());
            final BinanceFeed feed = new BinanceFeed(known, engine.sink());
            final BinanceGateway gateway = new BinanceGateway(settings, instruments, feed, engine.clock(), requests);
            feed.gateway(gateway);
            feeds.feeds.add(feed);
            feeds.gateways.add(gateway);
            gateway.start();
        }
        return feeds;
    }

    /** @return the gateways, for their counters. */
    public List<BinanceGateway> gateways()
    {
        return gateways;
    }

    @Override
    public void close()
    {
        for (final BinanceGateway g : gateways)
        {
            g.close();
        }
    }
}
