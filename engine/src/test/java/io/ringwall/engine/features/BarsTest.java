package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ringwall.codecs.sbe.AggressorSide.BUY;
import static io.ringwall.codecs.sbe.AggressorSide.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bars of 1 s and 3 s with a 2-bar ATR, at price exponent -2 and quantity exponent -3.
 */
class BarsTest
{
    private static final int PE = -2;
    private static final int QE = -3;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    private record Bar(int timeframe, long openTimeNs, long open, long high, long low, long close, long volume,
        long buyVolume, long trades, double vwap)
    {
    }

    private final List<Bar> closed = new ArrayList<>();
    private final Bars bars = new Bars(new long[]{ S, 3 * S }, 2,
        (tf, openNs, o, h, l, c, v, bv, n, vwap) -> closed.add(new Bar(tf, openNs, o, h, l, c, v, bv, n, vwap)));

    @Test
    void shouldBuildBarsAlignedToTheirTimeframeAndCloseThemByTradeOrTime()
    {
        bars.onTrade(10 * S + 100 * MS, 10_000, 1_000, BUY, PE, QE);
        bars.onTrade(10 * S + 500 * MS, 10_100, 2_000, SELL, PE, QE);
        bars.onTrade(10 * S + 900 * MS, 9_950, 1_000, BUY, PE, QE);
        assertThat(closed).isEmpty();

        // a trade in the next second closes the 10 s bar before it counts
        bars.onTrade(11 * S + 200 * MS, 10_200, 1_000, BUY, PE, QE);
        assertThat(closed).containsExactly(new Bar(0, 10 * S, 10_000, 10_100, 9_950, 9_950, 4_000, 2_000, 3, 401.5 / 4));
        assertThat(bars.atr(0)).as("one bar of two").isNaN();
        assertThat(bars.barsClosed(0)).isEqualTo(1);

        // time alone closes the 11 s bar, and the 3 s bar from 9 s
        bars.onTime(11 * S + 999 * MS);
        assertThat(closed).hasSize(1);
        bars.onTime(12 * S);
        assertThat(closed).hasSize(3);
        assertThat(closed.get(1)).isEqualTo(new Bar(0, 11 * S, 10_200, 10_200, 10_200, 10_200, 1_000, 1_000, 1, 102.0));
        assertThat(closed.get(2)).isEqualTo(new Bar(1, 9 * S, 10_000, 10_200, 9_950, 10_200, 5_000, 3_000, 4, 503.5 / 5));
        // true ranges 1.50, then max(0, |102 - 99.5|, |102 - 99.5|) = 2.50: mean 2.00
        assertThat(bars.atr(0)).isEqualTo(2.0);
        assertThat(bars.atr(1)).isNaN();
    }

    @Test
    void shouldSkipEmptyIntervalsAndCarryTheGapIntoTheNextTrueRange()
    {
        bars.onTrade(10 * S, 10_000, 1_000, BUY, PE, QE);
        bars.onTrade(10 * S + 1, 10_100, 1_000, BUY, PE, QE);
        bars.onTrade(11 * S, 10_200, 1_000, BUY, PE, QE);
        // nothing from 12 s to 15 s: no bars, then one at 15 s
        bars.onTrade(15 * S + 300 * MS, 10_100, 1_000, SELL, PE, QE);
        bars.onTrade(15 * S + 400 * MS, 10_050, 1_000, SELL, PE, QE);
        bars.onTime(16 * S);

        final List<Long> oneSecondOpens = new ArrayList<>();
        for (final Bar bar : closed)
        {
            if (bar.timeframe() == 0)
            {
                oneSecondOpens.add(bar.openTimeNs());
            }
        }
        assertThat(oneSecondOpens).containsExactly(10 * S, 11 * S, 15 * S);
        // TRs: 1.00; max(0, |102 - 101|) = 1.00 -> ATR 1.00; then max(0.50, |101 - 102|, |100.50 - 102|) = 1.50
        assertThat(bars.atr(0)).isEqualTo((1.0 * 1 + 1.5) / 2);
        // the 3 s bars from 9 s and 15 s: only the first has closed (the second ends at 18 s)
        assertThat(bars.barsClosed(1)).isEqualTo(1);
        bars.onTime(18 * S);
        assertThat(bars.barsClosed(1)).isEqualTo(2);
        final Bar last = closed.get(closed.size() - 1);
        assertThat(last).isEqualTo(new Bar(1, 15 * S, 10_100, 10_100, 10_050, 10_050, 2_000, 0, 2, 201.5 / 2));
        // TRs 2.00 then max(0.50, 1.00, 1.50): ATR 1.75
        assertThat(bars.atr(1)).isEqualTo(1.75);
    }

    @Test
    void shouldCountALateTradeInTheCurrentBarAndIgnoreEmptyTrades()
    {
        bars.onTrade(10 * S + 500 * MS, 10_000, 1_000, BUY, PE, QE);
        bars.onTrade(9 * S, 9_000, 1_000, SELL, PE, QE);
        bars.onTrade(10 * S + 600 * MS, 12_000, 0, BUY, PE, QE);
        bars.onTime(11 * S);
        assertThat(closed.get(0)).isEqualTo(new Bar(0, 10 * S, 10_000, 10_000, 9_000, 9_000, 2_000, 1_000, 2, 95.0));
    }

    @Test
    void shouldPublishEachTimeframesAtr()
    {
        bars.onTrade(10 * S, 10_000, 1_000, BUY, PE, QE);
        bars.onTrade(10 * S + 1, 10_100, 1_000, BUY, PE, QE);
        bars.onTrade(11 * S, 10_300, 1_000, BUY, PE, QE);
        bars.onTime(12 * S);
        final FeatureVector out = new FeatureVector();
        bars.publish(out);
        // TRs 1.00 and |103 - 101| = 2.00
        assertThat(out.get(FeatureCatalog.atr(0))).isEqualTo(1.5);
        assertThat(out.get(FeatureCatalog.atr(1))).isNaN();
        assertThat(bars.timeframeCount()).isEqualTo(2);
        assertThat(bars.timeframeNs(1)).isEqualTo(3 * S);
    }

    @Test
    void shouldRejectBadParametersByName()
    {
        final BarListener ignore = (tf, openNs, o, h, l, c, v, bv, n, vwap) -> { };
        assertThatThrownBy(() -> new Bars(new long[]{ 0 }, 14, ignore)).hasMessageStartingWith("barTimeframesNs[0]");
        assertThatThrownBy(() -> new Bars(new long[]{ S, S }, 14, ignore)).hasMessageStartingWith("barTimeframesNs");
        assertThatThrownBy(() -> new Bars(new long[]{ S }, 0, ignore)).hasMessageStartingWith("atrPeriods");
        assertThatThrownBy(() -> new Bars(new long[]{ S }, 1, null)).hasMessageStartingWith("listener");
    }
}
