package io.ringwall.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every metric on a fixed daily equity series and trade list, the expected numbers worked out by hand below.
 */
class PerformanceMetricsTest
{
    private static final long DAY = 86_400L * 1_000_000_000L;
    private static final double EPS = 1e-12;

    // returns: +10%, -10%, 0, +10%
    private static final double[] EQUITY = {100, 110, 99, 99, 108.9};
    private static final boolean[] HELD = {false, true, true, false, true};
    // wins 10 and 20, losses -5 and -15, one break-even
    private static final double[] TRADES = {10, -5, 0, 20, -15};

    @Test
    void shouldComputeEveryMetricOnAFixedSeries()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(EQUITY, HELD, DAY, TRADES, 206.76);

        assertThat(m.samples()).isEqualTo(5);
        assertThat(m.totalReturn()).isCloseTo(0.089, within(EPS)); // 108.9 / 100 - 1
        // mean r = (0.1 - 0.1 + 0 + 0.1) / 4 = 0.025; squared deviations 0.075^2 + 0.125^2 + 0.025^2 + 0.075^2 = 0.0275;
        // sample stdev sqrt(0.0275 / 3); daily grid -> 365 periods a year
        assertThat(m.sharpe()).isCloseTo(0.025 / Math.sqrt(0.0275 / 3) * Math.sqrt(365), within(1e-9));
        assertThat(m.sharpe()).isCloseTo(4.988623, within(1e-6)); // 0.261116 * 19.104973
        // downside deviation sqrt((-0.1)^2 / 4) = 0.05
        assertThat(m.sortino()).isCloseTo(0.025 / 0.05 * Math.sqrt(365), within(1e-9));
        // peak 110 (day 1), trough 99: 10%; never back to 110, so it lasts to the last sample (day 4): 3 days
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(EPS));
        assertThat(m.maxDrawdownDurationNs()).isEqualTo(3 * DAY);
        assertThat(m.trades()).isEqualTo(5);
        assertThat(m.winRate()).isEqualTo(0.4); // 2 / 5
        assertThat(m.profitFactor()).isEqualTo(1.5); // 30 / 20
        assertThat(m.averageWin()).isEqualTo(15.0); // (10 + 20) / 2
        assertThat(m.averageLoss()).isEqualTo(-10.0); // (-5 - 15) / 2
        assertThat(m.expectancy()).isEqualTo(2.0); // 10 / 5
        assertThat(m.exposureTime()).isEqualTo(0.6); // 3 of 5 samples held
        assertThat(m.turnover()).isCloseTo(2.0, within(EPS)); // 206.76 / (516.9 / 5)
    }

    @Test
    void shouldMeasureADrawdownUntilItRecovers()
    {
        // 10% from 100 to 90, back to 100 two samples after the peak; a later 5% dip is smaller
        final double[] equity = {100, 90, 100, 95};
        final PerformanceMetrics m = PerformanceMetrics.of(equity, new boolean[4], DAY, new double[0], 0);
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(EPS));
        assertThat(m.maxDrawdownDurationNs()).isEqualTo(2 * DAY);
    }

    @Test
    void shouldAnnualiseFromTheGridIntervalOverA365DayYear()
    {
        assertThat(PerformanceMetrics.periodsPerYear(DAY)).isEqualTo(365.0);
        assertThat(PerformanceMetrics.periodsPerYear(60_000_000_000L)).isEqualTo(525_600.0);
    }

    @Test
    void shouldLeaveTradeMetricsUndefinedWithoutTrades()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(EQUITY, HELD, DAY, new double[0], 0);
        assertThat(m.trades()).isZero();
        assertThat(m.winRate()).isNaN();
        assertThat(m.profitFactor()).isNaN();
        assertThat(m.averageWin()).isNaN();
        assertThat(m.averageLoss()).isNaN();
        assertThat(m.expectancy()).isNaN();
        assertThat(m.turnover()).isZero();
    }

    @Test
    void shouldGiveInfiniteProfitFactorWhenEveryTradeWins()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(EQUITY, HELD, DAY, new double[] {5, 7}, 0);
        assertThat(m.winRate()).isEqualTo(1.0);
        assertThat(m.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.averageWin()).isEqualTo(6.0);
        assertThat(m.averageLoss()).isNaN();
        assertThat(m.expectancy()).isEqualTo(6.0);
    }

    @Test
    void shouldLeaveSharpeAndSortinoUndefinedOnFlatEquity()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(new double[] {100, 100, 100}, new boolean[3], DAY, new double[0], 0);
        assertThat(m.totalReturn()).isZero();
        assertThat(m.sharpe()).isNaN();
        assertThat(m.sortino()).isNaN();
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownDurationNs()).isZero();
        assertThat(m.exposureTime()).isZero();
    }

    @Test
    void shouldLeaveSortinoUndefinedWithoutALosingPeriod()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(new double[] {100, 101, 103}, new boolean[3], DAY, new double[0], 0);
        assertThat(m.sharpe()).isPositive();
        assertThat(m.sortino()).isNaN();
    }

    @Test
    void shouldHandleASingleSample()
    {
        final PerformanceMetrics m = PerformanceMetrics.of(new double[] {100}, new boolean[] {true}, DAY, new double[0], 50);
        assertThat(m.totalReturn()).isZero();
        assertThat(m.sharpe()).isNaN();
        assertThat(m.exposureTime()).isEqualTo(1.0);
        assertThat(m.turnover()).isEqualTo(0.5);
    }

    @Test
    void shouldRefuseMismatchedInputs()
    {
        assertThatThrownBy(() -> PerformanceMetrics.of(EQUITY, new boolean[2], DAY, TRADES, 0)).hasMessageContaining("inPosition");
        assertThatThrownBy(() -> PerformanceMetrics.of(EQUITY, HELD, 0, TRADES, 0)).hasMessageContaining("intervalNs");
    }
}
