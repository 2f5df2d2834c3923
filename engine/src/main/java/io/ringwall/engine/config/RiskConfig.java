package io.ringwall.engine.config;

import io.ringwall.engine.risk.InstrumentRiskLimits;
import io.ringwall.engine.risk.RiskSettings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code risk} section over {@link RiskSettings#DEFAULTS}: the account-wide limits and the default
 * per-instrument limits at its top level, and under {@code instruments} each symbol's overrides of the
 * per-instrument limits ({@code maxOrderQty}, {@code maxOrderNotional}, {@code maxPosition}), e.g.
 * <pre>
 * risk:
 *   maxOrderNotional: 20000
 *   maxGrossExposure: 100000
 *   priceBandBps: 50
 *   orderBurst: 10
 *   ordersPerSecond: 2
 *   maxOpenOrders: 20
 *   maxBookAge: 2s
 *   dailyLossLimit: 1000
 *   maxDrawdown: 2500
 *   reducingFraction: 0.8
 *   flattenOnHalt: true
 *   instruments:
 *     BTCUSDT: {maxOrderQty: 0.5, maxPosition: 2}
 * </pre>
 * A limit left out is not limited further than the built-in default ({@link InstrumentRiskLimits#DEFAULTS} leaves
 * quantity and position unlimited).
 */
final class RiskConfig
{
    private static final double ANY = Double.MAX_VALUE;

    private RiskConfig()
    {
    }

    /**
     * @param node the {@code risk} node (absent: {@link RiskSettings#DEFAULTS}).
     * @return the settings.
     * @throws ConfigException naming the key of an unknown key or a bad value.
     */
    static RiskSettings read(final ConfigNode node)
    {
        final RiskSettings base = RiskSettings.DEFAULTS;
        final InstrumentRiskLimits defaults = limits(node, base.defaultLimits());
        final Map<String, InstrumentRiskLimits> bySymbol = new LinkedHashMap<>();
        final ConfigNode instruments = node.child("instruments");
        for (final Map.Entry<String, ConfigNode> e : node.childMap("instruments").entrySet())
        {
            final String symbol = e.getKey().toUpperCase(Locale.ROOT);
            if (!symbol.matches("[A-Z0-9_\\-/]{1,32}"))
            {
                throw instruments.error(e.getKey(), "'" + e.getKey() + "' is not a venue symbol");
            }
            final InstrumentRiskLimits limits = limits(e.getValue(), defaults);
            e.getValue().rejectUnknownKeys();
            if (bySymbol.put(symbol, limits) != null)
            {
                throw instruments.error(e.getKey(), symbol + " is listed twice");
            }
        }
        final double maxGrossExposure = node.doubleValue("maxGrossExposure", base.maxGrossExposure(), 0, ANY);
        final double priceBandBps = node.doubleValue("priceBandBps", base.priceBandBps(), 0, 10_000);
        final int orderBurst = node.intValue("orderBurst", base.orderBurst(), 1, RiskSettings.MAX_ORDER_BURST);
        final double ordersPerSecond = node.doubleValue("ordersPerSecond", base.ordersPerSecond(), 0, 1e9);
        final int maxOpenOrders = node.intValue("maxOpenOrders", base.maxOpenOrders(), 1, 1_000_000);
        final long maxBookAgeMs = node.durationMs("maxBookAge", base.maxBookAgeNs() / 1_000_000L, 1, 86_400_000L);
        final double dailyLossLimit = node.doubleValue("dailyLossLimit", base.dailyLossLimit(), 0, ANY);
        final double maxDrawdown = node.doubleValue("maxDrawdown", base.maxDrawdown(), 0, ANY);
        final double reducingFraction = node.doubleValue("reducingFraction", base.reducingFraction(), 0, 1);
        final boolean flattenOnHalt = node.bool("flattenOnHalt", base.flattenOnHalt());
        node.rejectUnknownKeys();
        try
        {
            return new RiskSettings(defaults, bySymbol, maxGrossExposure, priceBandBps, orderBurst, ordersPerSecond,
                maxOpenOrders, maxBookAgeMs * 1_000_000L, dailyLossLimit, maxDrawdown, reducingFraction, flattenOnHalt);
        }
        catch (final IllegalArgumentException ex)
        {
            throw nameFirstWord(node, ex);
        }
    }

    private static InstrumentRiskLimits limits(final ConfigNode node, final InstrumentRiskLimits base)
    {
        final double maxOrderQty = node.doubleValue("maxOrderQty", base.maxOrderQty(), 0, ANY);
        final double maxOrderNotional = node.doubleValue("maxOrderNotional", base.maxOrderNotional(), 0, ANY);
        final double maxPosition = node.doubleValue("maxPosition", base.maxPosition(), 0, ANY);
        try
        {
            return new InstrumentRiskLimits(maxOrderQty, maxOrderNotional, maxPosition);
        }
        catch (final IllegalArgumentException ex)
        {
            throw nameFirstWord(node, ex);
        }
    }

    // the settings records name the parameter first: "ordersPerSecond must be ..."
    private static ConfigException nameFirstWord(final ConfigNode node, final IllegalArgumentException ex)
    {
        final String message = ex.getMessage();
        final int space = message.indexOf(' ');
        return node.error(message.substring(0, space), message.substring(space + 1));
    }
}
