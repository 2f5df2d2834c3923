package io.ringwall.codecs;

import io.ringwall.codecs.sbe.Venue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The engine's instruments by id and by venue and symbol. Registration happens at start-up (from config)
 * or when an import meets a symbol for the first time; it is rare, so it is simply synchronized.
 * Ids are handed out in registration order from 1, so a journal's ids depend only on what it saw.
 */
public final class InstrumentRegistry
{
    private final List<Instrument> byId = new ArrayList<>();
    private final TreeMap<String, Instrument> byKey = new TreeMap<>();

    /**
     * Registers an instrument with the scales config gives it.
     *
     * @param venue         the venue.
     * @param symbol        the symbol, any case.
     * @param priceExponent price exponent.
     * @param qtyExponent   quantity exponent.
     * @return the instrument, new or existing.
     * @throws IllegalStateException if it exists with other exponents.
     */
    public synchronized Instrument register(final Venue venue, final String symbol, final int priceExponent, final int qtyExponent)
    {
        return register(venue, symbol, priceExponent, qtyExponent, 0);
    }

    /**
     * Registers an instrument with the scales and tick config gives it.
     *
     * @param venue         the venue.
     * @param symbol        the symbol, any case.
     * @param priceExponent price exponent.
     * @param qtyExponent   quantity exponent.
     * @param tickSize      price tick in mantissa units, 0 when unknown.
     * @return the instrument, new or existing.
     * @throws IllegalStateException if it exists with other exponents or tick.
     */
    public synchronized Instrument register(
        final Venue venue, final String symbol, final int priceExponent, final int qtyExponent, final long tickSize)
    {
        final String key = key(venue, symbol);
        final Instrument existing = byKey.get(key);
        if (existing != null)
        {
            if (existing.priceExponent() != priceExponent || existing.qtyExponent() != qtyExponent ||
                existing.tickSize() != tickSize)
            {
                throw new IllegalStateException(existing + " already registered with other exponents or tick");
            }
            return existing;
        }
        final Instrument instrument = new Instrument(
            byId.size() + 1, venue, symbol.toUpperCase(Locale.ROOT), priceExponent, qtyExponent, tickSize);
        byId.add(instrument);
        byKey.put(key, instrument);
        return instrument;
    }

    /**
     * Adopts an instrument with a given id, as read back from a journal's InstrumentDefinition.
     *
     * @param instrument the instrument.
     * @return the instrument.
     * @throws IllegalStateException if the id or the symbol is already bound differently.
     */
    public synchronized Instrument adopt(final Instrument instrument)
    {
        final String key = key(instrument.venue(), instrument.symbol());
        final Instrument existing = byKey.get(key);
        if (existing != null)
        {
            if (existing.id() != instrument.id() || existing.priceExponent() != instrument.priceExponent() ||
                existing.qtyExponent() != instrument.qtyExponent())
            {
                throw new IllegalStateException("journal defines " + instrument + " but the registry has " + existing);
            }
            return existing;
        }
        while (byId.size() < instrument.id())
        {
            byId.add(null);
        }
        if (byId.get(instrument.id() - 1) != null)
        {
            throw new IllegalStateException("instrument id " + instrument.id() + " is already " + byId.get(instrument.id() - 1));
        }
        byId.set(instrument.id() - 1, instrument);
        byKey.put(key, instrument);
        return instrument;
    }

    /**
     * The instrument for a venue and symbol, registering it with the venue's default exponents if unknown.
     *
     * @param venue  the venue.
     * @param symbol the symbol, any case.
     * @return the instrument.
     */
    public synchronized Instrument resolve(final Venue venue, final String symbol)
    {
        final Instrument existing = byKey.get(key(venue, symbol));
        if (existing != null)
        {
            return existing;
        }
        final int exponent = Venues.defaultExponent(venue);
        return register(venue, symbol, exponent, exponent);
    }

    /**
     * @param venue  the venue.
     * @param symbol the symbol, any case.
     * @return the instrument, or null.
     */
    public synchronized Instrument find(final Venue venue, final String symbol)
    {
        return byKey.get(key(venue, symbol));
    }

    /**
     * @param id an instrument id.
     * @return the instrument, or null.
     */
    public synchronized Instrument byId(final int id)
    {
        return id >= 1 && id <= byId.size() ? byId.get(id - 1) : null;
    }

    /**
     * @return every instrument, in id order.
     */
    public synchronized List<Instrument> all()
    {
        final List<Instrument> all = new ArrayList<>(byId.size());
        for (final Instrument i : byId)
        {
            if (i != null)
            {
                all.add(i);
            }
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * @return the highest id handed out, 0 when empty.
     */
    public synchronized int maxId()
    {
        return byId.size();
    }

    private static String key(final Venue venue, final String symbol)
    {
        return venue.name() + ':' + symbol.toUpperCase(Locale.ROOT);
    }
}
