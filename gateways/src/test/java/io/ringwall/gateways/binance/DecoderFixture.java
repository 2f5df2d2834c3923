package io.ringwall.gateways.binance;

import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import io.ringwall.gateways.VenueInstruments;
import io.ringwall.gateways.binance.Decoded.Event;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A decoder wired to a capturing sink, with helpers that feed it text and return what it published.
 */
final class DecoderFixture
{
    final Venue venue;
    final InstrumentRegistry registry = new InstrumentRegistry();
    final VenueInstruments instruments;
    final CapturingEventSink sink;
    final BinanceDecoder decoder;

    /**
     * A decoder that knows the given symbols (at the venue's default exponents) and refuses all others.
     */
    DecoderFixture(final Venue venue, final String... symbols)
    {
        this(venue, 4096, false, symbols);
    }

    DecoderFixture(final Venue venue, final int slotCapacity, final boolean importUnknown, final String... symbols)
    {
        this.venue = venue;
        this.sink = new CapturingEventSink(slotCapacity);
        this.instruments = new VenueInstruments(venue, registry, importUnknown ? new InputWriter(sink) : null);
        for (final String symbol : symbols)
        {
            add(symbol, Venues.defaultExponent(venue), Venues.defaultExponent(venue));
        }
        this.decoder = new BinanceDecoder(venue, instruments, sink);
    }

    Instrument add(final String symbol, final int priceExponent, final int qtyExponent)
    {
        final Instrument instrument = registry.register(venue, symbol, priceExponent, qtyExponent);
        instruments.add(instrument);
        return instrument;
    }

    Instrument instrument(final String symbol)
    {
        final Instrument instrument = registry.find(venue, symbol.toUpperCase(Locale.ROOT));
        if (instrument == null)
        {
            throw new AssertionError("no instrument " + symbol);
        }
        return instrument;
    }

    /**
     * Decodes a frame from a heap buffer, at an offset so that offsets are exercised, and returns what it published.
     */
    List<Event> frame(final String text, final long receiveTimeNs)
    {
        sink.clear();
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        final byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        decoder.onFrame(new UnsafeBuffer(padded), 3, bytes.length, receiveTimeNs);
        return Decoded.all(sink.events());
    }

    /**
     * Decodes a frame from off-heap memory, as a Netty direct ByteBuf would hold it.
     */
    List<Event> directFrame(final String text, final long receiveTimeNs)
    {
        sink.clear();
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(bytes.length));
        direct.putBytes(0, bytes);
        decoder.onFrame(direct, 0, bytes.length, receiveTimeNs);
        return Decoded.all(sink.events());
    }

    List<Event> frame(final String text)
    {
        return frame(text, 1L);
    }

    List<Event> snapshot(final String symbol, final String text, final long receiveTimeNs)
    {
        sink.clear();
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        decoder.onSnapshot(instrument(symbol), new UnsafeBuffer(bytes), 0, bytes.length, receiveTimeNs);
        return Decoded.all(sink.events());
    }

    int deltaLevelsPerPart()
    {
        return (sink.slotCapacity() - 69) / 17;
    }

    int snapshotLevelsPerPart()
    {
        return (sink.slotCapacity() - 53) / 17;
    }
}
