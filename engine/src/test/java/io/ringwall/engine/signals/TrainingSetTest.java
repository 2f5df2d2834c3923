package io.ringwall.engine.signals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingSetTest
{
    private static final List<String> NAMES = List.of("mid", "imbalance_top10", "ewma_vol");

    /** rows of {mid, imbalance, vol} at the given times. */
    private static SnapshotSeries series(final String symbol, final long[] times, final double[][] rows)
    {
        return new SnapshotSeries("j", 1, symbol, NAMES, times, rows);
    }

    @Test
    void shouldLabelByTheFirstSnapshotAtOrAfterTheHorizon()
    {
        // horizon 10, tolerance 3
        final SnapshotSeries s = series("BTC",
            new long[]{ 0, 10, 15, 23, 30, 44 },
            new double[][]{ { 100, 0.1, 1 }, { 101, 0.2, 1 }, { 99, 0.3, 1 }, { 101, 0.4, 1 }, { 101, 0.5, 1 }, { 90, 0.6, 1 } });
        final TrainingSet set = TrainingSet.label(List.of(s), List.of("imbalance_top10"), 10, 3);
        // t=0: exactly t+H at 10: 101 > 100 -> 1
        // t=10: first at/after 20 is 23 (within 20..23): 101 = 101 -> tie
        // t=15: first at/after 25 is 30, beyond 25+3 -> missing
        // t=23: first at/after 33 is 44 > 36 -> missing
        // t=30: first at/after 40 is 44 > 43 -> missing (one past the tolerance)
        // t=44: none after -> missing
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.timeNs(0)).isZero();
        assertThat(set.y(0)).isEqualTo(1);
        assertThat(set.x(0)).containsExactly(0.1);
        assertThat(set.droppedTies()).isEqualTo(1);
        assertThat(set.droppedMissing()).isEqualTo(4);
    }

    @Test
    void shouldAcceptTheLastMomentOfTheTolerance()
    {
        final SnapshotSeries s = series("BTC", new long[]{ 0, 13 }, new double[][]{ { 100, 1, 1 }, { 99.5, 2, 1 } });
        final TrainingSet set = TrainingSet.label(List.of(s), List.of("imbalance_top10"), 10, 3);
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.y(0)).as("99.5 below 100").isZero();
    }

    @Test
    void shouldDropSamplesWhoseMidIsNotFinite()
    {
        final SnapshotSeries s = series("BTC", new long[]{ 0, 5, 10, 15 },
            new double[][]{ { 100, 1, 1 }, { Double.NaN, 1, 1 }, { 101, 1, 1 }, { Double.NaN, 1, 1 } });
        final TrainingSet set = TrainingSet.label(List.of(s), List.of("imbalance_top10"), 5, 0);
        // t=0 -> 5 (NaN) missing; t=5 NaN now, missing; t=10 -> 15 NaN, missing; t=15 none
        assertThat(set.size()).isZero();
        assertThat(set.droppedMissing()).isEqualTo(4);
    }

    @Test
    void shouldNeverLabelAcrossSeriesAndPoolInTimeOrder()
    {
        final SnapshotSeries btc = series("BTC", new long[]{ 0, 10, 20 }, new double[][]{ { 1, 0.1, 1 }, { 2, 0.2, 1 }, { 3, 0.3, 1 } });
        final SnapshotSeries eth = new SnapshotSeries("j", 2, "ETH", List.of("mid", "ewma_vol"), new long[]{ 5, 10, 15 },
            new double[][]{ { 9, 7 }, { 8, 7 }, { 7, 7 } });
        final TrainingSet set = TrainingSet.label(List.of(btc, eth), List.of("imbalance_top10", "ewma_vol"), 10, 0);
        // BTC: 0->10 up, 10->20 up, 20 none. ETH: 5->15 down, 10 -> 20 none, 15 none.
        assertThat(set.size()).isEqualTo(3);
        assertThat(new long[]{ set.timeNs(0), set.timeNs(1), set.timeNs(2) }).containsExactly(0, 5, 10);
        assertThat(new int[]{ set.y(0), set.y(1), set.y(2) }).containsExactly(1, 0, 1);
        assertThat(set.seriesOf(1).symbol()).isEqualTo("ETH");
        assertThat(set.x(1)[0]).as("ETH carries no imbalance: NaN, imputed later").isNaN();
        assertThat(set.x(1)[1]).isEqualTo(7);
        assertThat(set.positives()).isEqualTo(2);
        assertThat(set.droppedMissing()).isEqualTo(3);
    }

    @Test
    void shouldRefuseSnapshotsWithoutMid()
    {
        final SnapshotSeries s = new SnapshotSeries("j", 1, "BTC", List.of("spread_bps"), new long[]{ 0 }, new double[][]{ { 1 } });
        assertThatThrownBy(() -> TrainingSet.label(List.of(s), List.of("spread_bps"), 10, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'mid'");
    }

    @Test
    void shouldChooseTheScaleFreeFeaturesByDefault()
    {
        assertThat(FeatureSelection.defaults(List.of("mid", "microprice", "spread_bps", "best_bid", "best_ask", "imbalance_top10",
            "book_live", "vwap_1s", "flow_imbalance_1s", "support_wall_price", "support_wall_size", "long_entry", "wall_pressure",
            "signal_score", "signal_confidence", "regime", "wavelet_energy_l3", "depth_bid_10bps", "signed_volume_1s", "ofi_1s",
            "atr_1m", "imbalance_10bps", "ewma_vol", "impact_buy_10k_bps")))
            .containsExactly("spread_bps", "imbalance_top10", "flow_imbalance_1s", "wall_pressure", "wavelet_energy_l3",
                "imbalance_10bps", "ewma_vol", "impact_buy_10k_bps");
    }
}
