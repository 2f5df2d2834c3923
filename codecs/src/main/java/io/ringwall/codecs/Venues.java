package io.ringwall.codecs;

import io.ringwall.codecs.sbe.Venue;

/**
 * Venue names as operators write them in config and on the command line, and the per-venue defaults.
 */
public final class Venues
{
    /**
     * Decimals given to a symbol that config does not name: enough for every Binance price and quantity
     * text (Binance prints at most eight decimals), so any recording imports without preparing config.
     */
    public static final int DEFAULT_EXPONENT = -8;

    private Venues()
    {
    }

    /**
     * The config name of a venue: binance, binance-usdm, binance-coinm, coinbase, kraken, okx.
     *
     * @param venue the venue.
     * @return its name.
     */
    public static String configName(final Venue venue)
    {
        switch (venue)
        {
            case BINANCE: return "binance";
            case BINANCE_USDM: return "binance-usdm";
            case BINANCE_COINM: return "binance-coinm";
            case COINBASE: return "coinbase";
            case KRAKEN: return "kraken";
            case OKX: return "okx";
            default: return venue.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Parses a config name.
     *
     * @param name e.g. "binance-usdm".
     * @return the venue.
     * @throws IllegalArgumentException naming the valid choices.
     */
    public static Venue parse(final String name)
    {
        for (final Venue v : Venue.values())
        {
            if (v != Venue.NULL_VAL && configName(v).equals(name))
            {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown venue '" + name + "' (expected one of binance, binance-usdm, binance-coinm)");
    }

    /**
     * Whether the venue's depth ids chain through {@code pu} (Binance futures) rather than {@code U == u + 1}.
     *
     * @param venue the venue.
     * @return true for Binance USD-M and COIN-M futures.
     */
    public static boolean isBinanceFutures(final Venue venue)
    {
        return venue == Venue.BINANCE_USDM || venue == Venue.BINANCE_COINM;
    }

    /**
     * Whether the venue speaks Binance's wire format.
     *
     * @param venue the venue.
     * @return true for the three Binance venues.
     */
    public static boolean isBinance(final Venue venue)
    {
        return venue == Venue.BINANCE || isBinanceFutures(venue);
    }

    /**
     * The default price and quantity exponent for symbols met on a venue but not named in config.
     *
     * @param venue the venue.
     * @return an exponent wide enough for the venue's texts.
     */
    public static int defaultExponent(final Venue venue)
    {
        return DEFAULT_EXPONENT;
    }
}
