package io.ringwall.engine.walls;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wall parameters of every instrument: the defaults, and the instruments that override some of them, looked up
 * by venue symbol when an instrument's tracker is built (not on the hot path). Immutable.
 */
public final class WallSettingsBySymbol
{
    /** {@link WallSettings#DEFAULTS} for every symbol. */
    public static final WallSettingsBySymbol DEFAULTS = new WallSettingsBySymbol(WallSettings.DEFAULTS, Map.of());

    private final WallSettings defaults;
    private final Map<String, WallSettings> bySymbol;

    /**
     * @param defaults  the settings of a symbol not listed.
     * @param bySymbol  the settings of listed symbols (complete settings, the overrides already applied), keyed by
     *                  symbol in any case.
     * @throws IllegalArgumentException for a null entry or a symbol listed twice in different cases.
     */
    public WallSettingsBySymbol(final WallSettings defaults, final Map<String, WallSettings> bySymbol)
    {
        if (defaults == null)
        {
            throw new IllegalArgumentException("defaults must not be null");
        }
        final Map<String, WallSettings> copy = new TreeMap<>();
        for (final Map.Entry<String, WallSettings> e : bySymbol.entrySet())
        {
            if (e.getValue() == null)
            {
                throw new IllegalArgumentException("settings of " + e.getKey() + " must not be null");
            }
            if (copy.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue()) != null)
            {
                throw new IllegalArgumentException(e.getKey() + " is listed twice");
            }
        }
        this.defaults = defaults;
        this.bySymbol = Collections.unmodifiableMap(copy);
    }

    /**
     * @param symbol a venue symbol, in any case.
     * @return its settings, or the defaults when it is not listed.
     */
    public WallSettings settingsFor(final String symbol)
    {
        final WallSettings settings = bySymbol.get(symbol.toUpperCase(Locale.ROOT));
        return settings == null ? defaults : settings;
    }

    /** @return the settings of a symbol not listed. */
    public WallSettings defaults()
    {
        return defaults;
    }

    /** @return the listed symbols (upper case, sorted) with their settings. */
    public Map<String, WallSettings> bySymbol()
    {
        return bySymbol;
    }
}
