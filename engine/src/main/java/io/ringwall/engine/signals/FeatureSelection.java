package io.ringwall.engine.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which features a model learns from by default: the scale-free ones (ratios, imbalances, basis points,
 * returns, counts), so that a model means the same on another day, at another price and on another
 * instrument. Excluded: price levels (mid, best bid/ask, microprice, VWAP, wall prices, the
 * entry/stop/take-profit levels) and sizes in the instrument's own units (depth and wall sizes, signed
 * volume and OFI in base quantity, ATR in quote currency), which a weight would learn as the sample's price
 * range or the instrument's lot size rather than a signal; book_live, always 1 in a LIVE snapshot;
 * signal_score/signal_confidence, the outputs of a model (training on them would learn the previous
 * model); and regime, a category code, not a quantity. Their scale-free counterparts (imbalances,
 * flow_imbalance, the volatilities) stay in.
 */
public final class FeatureSelection
{
    /** The names excluded by default (besides those with an {@link #EXCLUDED_PREFIXES excluded prefix}). */
    public static final Set<String> EXCLUDED = Set.of(
        "mid", "microprice", "best_bid", "best_ask", "book_live",
        "support_wall_price", "opposing_wall_price", "support_wall_size", "opposing_wall_size",
        "long_entry", "long_take_profit", "long_stop", "short_entry", "short_take_profit", "short_stop",
        "signal_score", "signal_confidence", "regime");

    private FeatureSelection()
    {
    }

    /**
     * @param name a feature name.
     * @return true if a model learns from it by default.
     */
    public static boolean isDefault(final String name)
    {
        if (EXCLUDED.contains(name))
        {
            return false;
        }
        for (final String prefix : EXCLUDED_PREFIXES)
        {
            if (name.startsWith(prefix))
            {
                return false;
            }
        }
        return true;
    }

    /** Families of features in price or instrument units. */
    public static final List<String> EXCLUDED_PREFIXES = List.of(
        "vwap_", "depth_bid_", "depth_ask_", "signed_volume_", "ofi_", "atr_");

    /**
     * @param names the feature names the snapshots carry, in schema order.
     * @return those a model learns from by default, in the same order.
     */
    public static List<String> defaults(final List<String> names)
    {
        final List<String> chosen = new ArrayList<>();
        for (final String name : names)
        {
            if (isDefault(name))
            {
                chosen.add(name);
            }
        }
        return chosen;
    }
}
