package io.ringwall.engine.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The features an instrument's snapshots carry: a stable numeric id per feature and a readable name that
 * includes its parameter ("depth_bid_25bps", "signed_volume_10s"). Ids are grouped in fixed ranges so an id
 * never changes meaning; the names are journaled (FeatureSchema) so tools need no config to read snapshots.
 */
public final class FeatureCatalog
{
    /** Highest feature id. */
    public static final int MAX_ID = 255;
    /** Most parameters (bands, windows, notionals, timeframes) a group may have. */
    public static final int MAX_PER_GROUP = 8;

    public static final int MID = 1;
    public static final int MICROPRICE = 2;
    public static final int SPREAD_BPS = 3;
    public static final int BEST_BID = 4;
    public static final int BEST_ASK = 5;
    public static final int IMBALANCE_TOP = 6;
    public static final int BOOK_STATE = 7;

    static final int DEPTH_BID = 10;
    static final int DEPTH_ASK = 18;
    static final int IMBALANCE_BAND = 26;
    static final int IMPACT_BUY_SLIPPAGE = 34;
    static final int IMPACT_SELL_SLIPPAGE = 42;
    static final int IMPACT_BUY_LEVELS = 50;
    static final int IMPACT_SELL_LEVELS = 58;
    static final int SIGNED_VOLUME = 66;
    static final int TRADE_RATE = 74;
    static final int VWAP = 82;
    static final int OFI = 90;
    public static final int EWMA_VOL = 100;
    public static final int EWMA_VOL_ANNUALIZED = 101;
    static final int REALIZED_VOL = 102;
    static final int ATR = 110;
    static final int WAVELET_ENERGY = 120;
    public static final int WAVELET_ENTROPY = 140;
    public static final int EFFICIENCY_RATIO = 141;
    public static final int VARIANCE_RATIO = 142;
    public static final int VOL_PERCENTILE = 143;
    public static final int REGIME = 144;
    public static final int SUPPORT_WALL_PRICE = 150;
    public static final int SUPPORT_WALL_SIZE = 151;
    public static final int SUPPORT_WALL_DISTANCE_BPS = 152;
    public static final int OPPOSING_WALL_PRICE = 153;
    public static final int OPPOSING_WALL_SIZE = 154;
    public static final int OPPOSING_WALL_DISTANCE_BPS = 155;
    public static final int LONG_ENTRY = 156;
    public static final int LONG_TAKE_PROFIT = 157;
    public static final int LONG_STOP = 158;
    public static final int SHORT_ENTRY = 159;
    public static final int SHORT_TAKE_PROFIT = 160;
    public static final int SHORT_STOP = 161;
    public static final int WALL_PRESSURE = 162;
    public static final int SIGNAL_SCORE = 170;
    public static final int SIGNAL_CONFIDENCE = 171;
    static final int FLOW_IMBALANCE = 180;

    private final String[] names = new String[MAX_ID + 1];
    private final int[] ids;

    /**
     * @param settings the parameters the names carry.
     */
    public FeatureCatalog(final AnalyticsSettings settings)
    {
        name(MID, "mid");
        name(MICROPRICE, "microprice");
        name(SPREAD_BPS, "spread_bps");
        name(BEST_BID, "best_bid");
        name(BEST_ASK, "best_ask");
        name(IMBALANCE_TOP, "imbalance_top" + settings.imbalanceLevels());
        name(BOOK_STATE, "book_live");
        final double[] bands = settings.depthBandsBps();
        for (int i = 0; i < bands.length; i++)
        {
            final String band = number(bands[i]) + "bps";
            name(depthBid(i), "depth_bid_" + band);
            name(depthAsk(i), "depth_ask_" + band);
            name(imbalanceBand(i), "imbalance_" + band);
        }
        final double[] notionals = settings.impactNotionals();
        for (int i = 0; i < notionals.length; i++)
        {
            final String notional = number(notionals[i]);
            name(impactBuySlippage(i), "impact_buy_" + notional + "_bps");
            name(impactSellSlippage(i), "impact_sell_" + notional + "_bps");
            name(impactBuyLevels(i), "impact_buy_" + notional + "_levels");
            name(impactSellLevels(i), "impact_sell_" + notional + "_levels");
        }
        final long[] flowWindows = settings.flowWindowsNs();
        for (int i = 0; i < flowWindows.length; i++)
        {
            final String window = duration(flowWindows[i]);
            name(signedVolume(i), "signed_volume_" + window);
            name(tradeRate(i), "trade_rate_" + window);
            name(vwap(i), "vwap_" + window);
            name(ofi(i), "ofi_" + window);
            name(flowImbalance(i), "flow_imbalance_" + window);
        }
        name(EWMA_VOL, "ewma_vol");
        name(EWMA_VOL_ANNUALIZED, "ewma_vol_annualized");
        final long[] realized = settings.realizedWindowsNs();
        for (int i = 0; i < realized.length; i++)
        {
            name(realizedVol(i), "realized_vol_" + duration(realized[i]));
        }
        final long[] bars = settings.barTimeframesNs();
        for (int i = 0; i < bars.length; i++)
        {
            name(atr(i), "atr_" + duration(bars[i]));
        }
        for (int level = 1; level <= settings.waveletLevels(); level++)
        {
            name(waveletEnergy(level), "wavelet_energy_l" + level);
        }
        name(WAVELET_ENTROPY, "wavelet_entropy");
        name(EFFICIENCY_RATIO, "efficiency_ratio");
        name(VARIANCE_RATIO, "variance_ratio");
        name(VOL_PERCENTILE, "vol_percentile");
        name(REGIME, "regime");
        name(SUPPORT_WALL_PRICE, "support_wall_price");
        name(SUPPORT_WALL_SIZE, "support_wall_size");
        name(SUPPORT_WALL_DISTANCE_BPS, "support_wall_distance_bps");
        name(OPPOSING_WALL_PRICE, "opposing_wall_price");
        name(OPPOSING_WALL_SIZE, "opposing_wall_size");
        name(OPPOSING_WALL_DISTANCE_BPS, "opposing_wall_distance_bps");
        name(LONG_ENTRY, "long_entry");
        name(LONG_TAKE_PROFIT, "long_take_profit");
        name(LONG_STOP, "long_stop");
        name(SHORT_ENTRY, "short_entry");
        name(SHORT_TAKE_PROFIT, "short_take_profit");
        name(SHORT_STOP, "short_stop");
        name(WALL_PRESSURE, "wall_pressure");
        name(SIGNAL_SCORE, "signal_score");
        name(SIGNAL_CONFIDENCE, "signal_confidence");

        final List<Integer> defined = new ArrayList<>();
        for (int id = 0; id <= MAX_ID; id++)
        {
            if (names[id] != null)
            {
                defined.add(id);
            }
        }
        ids = defined.stream().mapToInt(Integer::intValue).toArray();
    }

    public static int depthBid(final int band)
    {
        return DEPTH_BID + band;
    }

    public static int depthAsk(final int band)
    {
        return DEPTH_ASK + band;
    }

    public static int imbalanceBand(final int band)
    {
        return IMBALANCE_BAND + band;
    }

    public static int impactBuySlippage(final int notional)
    {
        return IMPACT_BUY_SLIPPAGE + notional;
    }

    public static int impactSellSlippage(final int notional)
    {
        return IMPACT_SELL_SLIPPAGE + notional;
    }

    public static int impactBuyLevels(final int notional)
    {
        return IMPACT_BUY_LEVELS + notional;
    }

    public static int impactSellLevels(final int notional)
    {
        return IMPACT_SELL_LEVELS + notional;
    }

    public static int signedVolume(final int window)
    {
        return SIGNED_VOLUME + window;
    }

    public static int tradeRate(final int window)
    {
        return TRADE_RATE + window;
    }

    public static int vwap(final int window)
    {
        return VWAP + window;
    }

    public static int ofi(final int window)
    {
        return OFI + window;
    }

    public static int flowImbalance(final int window)
    {
        return FLOW_IMBALANCE + window;
    }

    public static int realizedVol(final int window)
    {
        return REALIZED_VOL + window;
    }

    public static int atr(final int timeframe)
    {
        return ATR + timeframe;
    }

    public static int waveletEnergy(final int level)
    {
        return WAVELET_ENERGY + level - 1;
    }

    /** @return every defined feature id, ascending. */
    public int[] ids()
    {
        return ids;
    }

    /**
     * @param id a feature id.
     * @return its name, or null if not defined under these settings.
     */
    public String name(final int id)
    {
        return id >= 0 && id <= MAX_ID ? names[id] : null;
    }

    /**
     * @param name a feature name.
     * @return its id, or -1 if no feature has that name under these settings.
     */
    public int id(final String name)
    {
        for (final int id : ids)
        {
            if (names[id].equals(name))
            {
                return id;
            }
        }
        return -1;
    }

    /** @return the defined names in id order. */
    public List<String> names()
    {
        final List<String> out = new ArrayList<>(ids.length);
        for (final int id : ids)
        {
            out.add(names[id]);
        }
        return Collections.unmodifiableList(out);
    }

    private void name(final int id, final String name)
    {
        if (names[id] != null)
        {
            throw new IllegalStateException("feature id " + id + " named twice: " + names[id] + ", " + name);
        }
        names[id] = name;
    }

    private static String number(final double value)
    {
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            final long v = (long)value;
            if (v >= 1_000_000 && v % 1_000_000 == 0)
            {
                return v / 1_000_000 + "m";
            }
            if (v >= 1_000 && v % 1_000 == 0)
            {
                return v / 1_000 + "k";
            }
            return Long.toString(v);
        }
        return Double.toString(value).replace('.', 'p');
    }

    static String duration(final long ns)
    {
        final long ms = ns / 1_000_000;
        if (ms % 3_600_000 == 0)
        {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0)
        {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0)
        {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }

    @Override
    public String toString()
    {
        return String.format(Locale.ROOT, "FeatureCatalog(%d features)", ids.length);
    }
}
