package io.ringwall.engine.feed;

import io.ringwall.codecs.EventSink;
import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.BinanceControlListener;
import io.ringwall.gateways.binance.BinanceDecoder;
import io.ringwall.gateways.binance.BinanceFeedHandler;
import io.ringwall.gateways.binance.BinanceGateway;
import org.agrona.DirectBuffer;

/**
 * Connects a live Binance gateway to the engine: frames and snapshots are decoded straight into ring
 * slots, gateway status becomes GatewayStatus inputs. Runs on the gateway's event-loop thread only.
 */
public final class BinanceFeed implements BinanceFeedHandler, BinanceControlListener
{
    private final Venue venue;
    private final BinanceDecoder decoder;
    private final InputWriter writer;
    private BinanceGateway gateway;

    /**
     * @param instruments the venue's instruments (unknown symbols are refused on a live feed).
     * @param sink        the inbound ring.
     */
    public BinanceFeed(final VenueInstruments instruments, final EventSink sink)
    {
        this.venue = instruments.venue();
        this.decoder = new BinanceDecoder(venue, instruments, sink);
        this.writer = new InputWriter(sink);
        decoder.controlListener(this);
    }

    /**
     * @param gateway the gateway to tell when the venue announces a shutdown.
     */
    public void gateway(final BinanceGateway gateway)
    {
        this.gateway = gateway;
    }

    /** @return the decoder, for its counters. */
    public BinanceDecoder decoder()
    {
        return decoder;
    }

    @Override
    public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        decoder.onFrame(buffer, offset, length, receiveTimeNs);
    }

    @Override
    public void onSnapshot(final Instrument instrument, final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        decoder.onSnapshot(instrument, buffer, offset, length, receiveTimeNs);
    }

    @Override
    public void onStatus(final GatewayStatusCode code, final int instrumentId, final long detail, final String text, final long receiveTimeNs)
    {
        writer.gatewayStatus(venue, instrumentId, code, detail, text, receiveTimeNs);
    }

    @Override
    public void onServerShutdown(final Venue venue, final long exchangeTimeNs, final long receiveTimeNs)
    {
        writer.gatewayStatus(venue, 0, GatewayStatusCode.SERVER_SHUTDOWN, 0, "serverShutdown from the venue", receiveTimeNs);
        if (gateway != null)
        {
            gateway.reconnectNow("the venue announced a server shutdown");
        }
    }
}
