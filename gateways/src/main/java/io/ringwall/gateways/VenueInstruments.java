package io.ringwall.gateways;

import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.SymbolTable;
import io.ringwall.codecs.sbe.Venue;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One venue's instruments as a decoder sees them: symbol bytes to instrument, without allocation for
 * symbols already known. A live gateway knows only what it subscribed to; an import registers unknown
 * symbols on first sight with the venue's default scales and publishes their InstrumentDefinition
 * before their first event. Owned by one thread.
 */
public final class VenueInstruments
{
    private final Venue venue;
    private final InstrumentRegistry registry;
    private final InputWriter definitions;
    private final SymbolTable table = new SymbolTable();
    private Instrument[] byId = new Instrument[16];

    /**
     * @param venue       the venue.
     * @param registry    the engine's registry.
     * @param definitions where definitions of newly met symbols are published, or null to refuse unknown symbols.
     */
    public VenueInstruments(final Venue venue, final InstrumentRegistry registry, final InputWriter definitions)
    {
        this.venue = venue;
        this.registry = registry;
        this.definitions = definitions;
    }

    /**
     * @return the venue.
     */
    public Venue venue()
    {
        return venue;
    }

    /**
     * Makes an already registered instrument known to this venue's decoders.
     *
     * @param instrument an instrument of this venue.
     */
    public void add(final Instrument instrument)
    {
        if (instrument.venue() != venue)
        {
            throw new IllegalArgumentException(instrument + " is not on " + venue);
        }
        table.put(instrument.symbol(), instrument.id());
        if (instrument.id() >= byId.length)
        {
            byId = Arrays.copyOf(byId, Math.max(byId.length * 2, instrument.id() + 1));
        }
        byId[instrument.id()] = instrument;
    }

    /**
     * Resolves symbol bytes, ignoring case.
     *
     * @param buffer        holding the symbol.
     * @param offset        its first byte.
     * @param length        its length.
     * @param receiveTimeNs stamped on a definition published for a new symbol.
     * @return the instrument, or null if the symbol is unknown and unknown symbols are refused.
     */
    public Instrument resolve(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        final int id = table.lookup(buffer, offset, length);
        if (id != SymbolTable.MISSING)
        {
            return byId[id];
        }
        if (definitions == null || length <= 0 || length > 64 || !isSymbolText(buffer, offset, length))
        {
            return null;
        }
        final String symbol = buffer.getStringWithoutLengthAscii(offset, length);
        return register(symbol, receiveTimeNs);
    }

    /**
     * Resolves a symbol given as text (from a REST URL or a capture file name).
     *
     * @param symbol        the symbol.
     * @param receiveTimeNs stamped on a definition published for a new symbol.
     * @return the instrument, or null if unknown and unknown symbols are refused.
     */
    public Instrument resolve(final String symbol, final long receiveTimeNs)
    {
        final byte[] bytes = symbol.getBytes(StandardCharsets.US_ASCII);
        return resolve(new org.agrona.concurrent.UnsafeBuffer(bytes), 0, bytes.length, receiveTimeNs);
    }

    /**
     * @param id an instrument id.
     * @return the instrument if this venue knows it, else null.
     */
    public Instrument byId(final int id)
    {
        return id > 0 && id < byId.length ? byId[id] : null;
    }

    private Instrument register(final String symbol, final long receiveTimeNs)
    {
        final Instrument existing = registry.find(venue, symbol);
        final Instrument instrument = existing != null ? existing : registry.resolve(venue, symbol);
        add(instrument);
        if (existing == null)
        {
            definitions.instrumentDefinition(instrument, receiveTimeNs);
        }
        return instrument;
    }

    private static boolean isSymbolText(final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            final byte b = buffer.getByte(offset + i);
            final boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '/';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
