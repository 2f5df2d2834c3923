package io.ringwall.engine.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which features a model learns from by default: every feature the snapshots carry except those that say
 * where the price is rather than how the market behaves. A price level (mid, best bid/ask, microprice,
 * VWAP, wall prices, the entry/stop/take-profit levels) differs from day to day and instrument to
 * instrument, so a weight on it learns the sample's price range, not a signal; book_live is always 1 in a
 * LIVE snapshot; signal_score/signal_confidence are the outputs of a model (training on them would learn
 * the previous model); regime is a category code, not a quantity.
 */
public final class FeatureSelection
{
    /** The names excluded by default (besides every vwap_*). */
    public static final Set<String> EXCLUDED = Set.of(
        "mid", "microprice", "best_bid", "best_ask", "book_live",
        "support_wall_price", "opposing_wall_price",
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
        return !EXCLUDED.contains(name) && !name.startsWith("vwap_");
    }

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
