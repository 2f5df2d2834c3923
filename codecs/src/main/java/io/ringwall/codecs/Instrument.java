package io.ringwall.codecs;

import io.ringwall.codecs.sbe.Venue;

/**
 * One tradable instrument on one venue: its engine-wide id and the exponents its prices and quantities use.
 */
public final class Instrument
{
    private final int id;
    private final Venue venue;
    private final String symbol;
    private final int priceExponent;
    private final int qtyExponent;
    private final long tickSize;

    /**
     * @param id            engine-wide id, from 1.
     * @param venue         the venue.
     * @param symbol        the venue's symbol, upper case (BTCUSDT).
     * @param priceExponent price = mantissa * 10^priceExponent.
     * @param qtyExponent   quantity = mantissa * 10^qtyExponent.
     */
    public Instrument(final int id, final Venue venue, final String symbol, final int priceExponent, final int qtyExponent)
    {
        this(id, venue, symbol, priceExponent, qtyExponent, 0);
    }

    /**
     * @param id            engine-wide id, from 1.
     * @param venue         the venue.
     * @param symbol        the venue's symbol, upper case (BTCUSDT).
     * @param priceExponent price = mantissa * 10^priceExponent.
     * @param qtyExponent   quantity = mantissa * 10^qtyExponent.
     * @param tickSize      the price tick in mantissa units, or 0 when unknown.
     */
    public Instrument(
        final int id, final Venue venue, final String symbol, final int priceExponent, final int qtyExponent, final long tickSize)
    {
        if (id <= 0)
        {
            throw new IllegalArgumentException("instrument id must be positive: " + id);
        }
        if (!FixedPoint.isValidExponent(priceExponent) || !FixedPoint.isValidExponent(qtyExponent))
        {
            throw new IllegalArgumentException("exponents must lie in [-18, 0]: " + priceExponent + ", " + qtyExponent);
        }
        this.id = id;
        this.venue = venue;
        this.symbol = symbol;
        this.priceExponent = priceExponent;
        this.qtyExponent = qtyExponent;
        if (tickSize < 0)
        {
            throw new IllegalArgumentException("tick size must not be negative: " + tickSize);
        }
        this.tickSize = tickSize;
    }

    public int id()
    {
        return id;
    }

    public Venue venue()
    {
        return venue;
    }

    public String symbol()
    {
        return symbol;
    }

    public int priceExponent()
    {
        return priceExponent;
    }

    public int qtyExponent()
    {
        return qtyExponent;
    }

    /** @return the price tick in mantissa units, or 0 when unknown. */
    public long tickSize()
    {
        return tickSize;
    }

    /** @return the price tick in mantissa units, 1 (the exponent's unit) when unknown. */
    public long tickOrUnit()
    {
        return tickSize > 0 ? tickSize : 1;
    }

    @Override
    public String toString()
    {
        return Venues.configName(venue) + ":" + symbol + "#" + id + "(price 1e" + priceExponent + ", qty 1e" + qtyExponent + ")";
    }
}
