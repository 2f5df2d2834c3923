package io.ringwall.engine.config;

import io.ringwall.engine.walls.WallSettings;
import io.ringwall.engine.walls.WallSettingsBySymbol;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code walls} section: {@code defaults} over {@link WallSettings#DEFAULTS}, and under {@code instruments}
 * each symbol's overrides over those defaults, e.g.
 * <pre>
 * walls:
 *   defaults: {levels: 50, sizeMultiple: 5, minNotional: 100000}
 *   instruments:
 *     BTCUSDT: {minNotional: 500000}
 * </pre>
 * The keys are the {@link WallSettings} components. A level that sets one of {@code clusterTicks} and
 * {@code clusterBps} clears the other, so that an instrument can cluster by bps under defaults that cluster by ticks.
 */
final class WallsConfig
{
    private WallsConfig()
    {
    }

    /**
     * @param node the {@code walls} node (absent: the defaults for every symbol).
     * @return the settings by symbol.
     * @throws ConfigException naming the key of an unknown key or a bad value.
     */
    static WallSettingsBySymbol read(final ConfigNode node)
    {
        final WallSettings defaults = settings(node.child("defaults"), WallSettings.DEFAULTS);
        final Map<String, WallSettings> bySymbol = new LinkedHashMap<>();
        final ConfigNode instruments = node.child("instruments");
        for (final Map.Entry<String, ConfigNode> e : node.childMap("instruments").entrySet())
        {
            final String symbol = e.getKey().toUpperCase(Locale.ROOT);
            if (!symbol.matches("[A-Z0-9_\\-/]{1,32}"))
            {
                throw instruments.error(e.getKey(), "'" + e.getKey() + "' is not a venue symbol");
            }
            if (bySymbol.put(symbol, settings(e.getValue(), defaults)) != null)
            {
                throw instruments.error(e.getKey(), symbol + " is listed twice");
            }
        }
        node.rejectUnknownKeys();
        return new WallSettingsBySymbol(defaults, bySymbol);
    }

    private static WallSettings settings(final ConfigNode node, final WallSettings base)
    {
        final double any = Double.MAX_VALUE;
        final int levels = node.intValue("levels", base.levels(), 1, WallSettings.MAX_LEVELS);
        final double sizeMultiple = node.doubleValue("sizeMultiple", base.sizeMultiple(), 0, any);
        final double seedMultiple = node.doubleValue("seedMultiple", base.seedMultiple(), 0, any);
        final double holdFraction = node.doubleValue("holdFraction", base.holdFraction(), 0, 1);
        final double minNotional = node.doubleValue("minNotional", base.minNotional(), -any, any);
        final boolean ticksSet = node.has("clusterTicks");
        final boolean bpsSet = node.has("clusterBps");
        final int clusterTicks = node.intValue("clusterTicks", bpsSet ? 0 : base.clusterTicks(), 0, 1_000_000);
        final double clusterBps = node.doubleValue("clusterBps", ticksSet ? 0 : base.clusterBps(), -any, 10_000);
        final double changeThreshold = node.doubleValue("changeThreshold", base.changeThreshold(), 0, 1);
        final double consumedFraction = node.doubleValue("consumedFraction", base.consumedFraction(), -any, 1);
        final int maxWalls = node.intValue("maxWallsPerSide", base.maxWallsPerSide(), 1, WallSettings.MAX_WALLS_PER_SIDE);
        node.rejectUnknownKeys();
        try
        {
            return new WallSettings(levels, sizeMultiple, seedMultiple, holdFraction, minNotional, clusterTicks, clusterBps,
                changeThreshold, consumedFraction, maxWalls);
        }
        catch (final IllegalArgumentException ex)
        {
            // WallSettings names the parameter first: "minNotional must be ...".
            final String message = ex.getMessage();
            final int space = message.indexOf(' ');
            throw node.error(message.substring(0, space), message.substring(space + 1));
        }
    }
}
