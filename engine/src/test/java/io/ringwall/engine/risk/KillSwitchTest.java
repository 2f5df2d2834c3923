package io.ringwall.engine.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KillSwitchTest
{
    private static final long DAY = KillSwitch.NS_PER_DAY;
    private static final long HOUR = 3_600_000_000_000L;
    private static final long D0 = 19_700L * DAY;

    private final List<String> transitions = new ArrayList<>();
    private final KillSwitchListener recorder = (nowNs, from, to, reason) ->
        transitions.add((nowNs - D0) / HOUR + "h " + from + ">" + to + " " + KillReason.name(reason));

    @Test
    void shouldGoReducingThenHaltOnTheDaysLoss()
    {
        // daily loss 1,000, drawdown 2,000, REDUCING from half of either
        final KillSwitch kill = new KillSwitch(1_000, 2_000, 0.5, false, recorder);
        kill.onEquity(D0 + HOUR, 10_000);
        kill.onEquity(D0 + 2 * HOUR, 10_400);
        kill.onEquity(D0 + 3 * HOUR, 9_501);
        assertThat(kill.state()).isEqualTo(TradingState.RUNNING);
        assertThat(kill.dailyPnl()).isEqualTo(-499.0);
        assertThat(kill.drawdown()).isEqualTo(899.0);
        kill.onEquity(D0 + 4 * HOUR, 9_500);
        assertThat(kill.state()).isEqualTo(TradingState.REDUCING);
        kill.onEquity(D0 + 5 * HOUR, 9_001);
        assertThat(kill.state()).isEqualTo(TradingState.REDUCING);
        kill.onEquity(D0 + 6 * HOUR, 9_000);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        assertThat(kill.reason()).isEqualTo(KillReason.DAILY_LOSS);
        assertThat(kill.changedAtNs()).isEqualTo(D0 + 6 * HOUR);
        // latched: a recovery does not un-halt
        kill.onEquity(D0 + 7 * HOUR, 10_000);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        assertThat(transitions).containsExactly(
            "4h RUNNING>REDUCING DAILY_LOSS_WARNING",
            "6h REDUCING>HALTED DAILY_LOSS");
        assertThat(kill.transitions()).isEqualTo(2);
    }

    @Test
    void shouldResetTheDailyFigureAtTheUtcDayButKeepTheDrawdownPeak()
    {
        final KillSwitch kill = new KillSwitch(1_000, 2_000, 1.0, false, recorder);
        kill.onEquity(D0 + HOUR, 10_000);
        kill.onEquity(D0 + 2 * HOUR, 11_000);
        kill.onEquity(DAY - 1 + D0, 10_800);
        // day 1 starts from the last equity before midnight
        kill.onEquity(D0 + DAY, 10_300);
        assertThat(kill.day()).isEqualTo(19_701L);
        assertThat(kill.dayStartEquity()).isEqualTo(10_800.0);
        assertThat(kill.dailyPnl()).isEqualTo(-500.0);
        assertThat(kill.drawdown()).isEqualTo(700.0);
        kill.onEquity(D0 + 2 * DAY + HOUR, 9_500);
        assertThat(kill.dailyPnl()).isEqualTo(-800.0);
        assertThat(kill.drawdown()).isEqualTo(1_500.0);
        assertThat(kill.state()).isEqualTo(TradingState.RUNNING);
        // no day ever lost 1,000, but the session has fallen 2,000 from its peak
        kill.onEquity(D0 + 3 * DAY + HOUR, 9_000);
        assertThat(kill.dailyPnl()).isEqualTo(-500.0);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        assertThat(kill.reason()).isEqualTo(KillReason.DRAWDOWN);
        assertThat(kill.peakEquity()).isEqualTo(11_000.0);
    }

    @Test
    void shouldReTripAtOnceWhenResumedWhileStillBreachedAndStayRunningOnceClear()
    {
        final KillSwitch kill = new KillSwitch(1_000, 5_000, 1.0, false, recorder);
        kill.onEquity(D0 + HOUR, 10_000);
        kill.onEquity(D0 + 2 * HOUR, 8_800);
        kill.resume(D0 + 3 * HOUR);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        // the next day the daily loss starts again from 8,800
        kill.onEquity(D0 + DAY + HOUR, 8_800);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        kill.resume(D0 + DAY + 2 * HOUR);
        assertThat(kill.state()).isEqualTo(TradingState.RUNNING);
        assertThat(transitions).containsExactly(
            "2h RUNNING>HALTED DAILY_LOSS",
            "3h HALTED>RUNNING OPERATOR_RESUME",
            "3h RUNNING>HALTED DAILY_LOSS",
            "26h HALTED>RUNNING OPERATOR_RESUME");
    }

    @Test
    void shouldCarryTheOperatorsHaltResumeAndFlatten()
    {
        final KillSwitch kill = new KillSwitch(1_000, 2_000, 1.0, false, recorder);
        kill.flatten(D0 + HOUR);
        assertThat(kill.state()).isEqualTo(TradingState.REDUCING);
        assertThat(kill.flattening()).isTrue();
        assertThat(kill.consumeFlattenRequest()).isTrue();
        assertThat(kill.consumeFlattenRequest()).isFalse();
        assertThat(kill.flattening()).isTrue();
        kill.halt(D0 + 2 * HOUR);
        kill.halt(D0 + 3 * HOUR);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        assertThat(kill.flattening()).as("still flattening once halted").isTrue();
        kill.resume(D0 + 4 * HOUR);
        assertThat(kill.state()).isEqualTo(TradingState.RUNNING);
        assertThat(kill.flattening()).isFalse();
        kill.halt(D0 + 5 * HOUR);
        assertThat(kill.flattening()).as("no flatten on halt unless configured").isFalse();
        assertThat(transitions).containsExactly(
            "1h RUNNING>REDUCING OPERATOR_FLATTEN",
            "2h REDUCING>HALTED OPERATOR_HALT",
            "4h HALTED>RUNNING OPERATOR_RESUME",
            "5h RUNNING>HALTED OPERATOR_HALT");
    }

    @Test
    void shouldRequestAFlattenOnAnyHaltWhenConfigured()
    {
        final KillSwitch kill = new KillSwitch(1_000, 2_000, 1.0, true, KillSwitchListener.NONE);
        kill.onEquity(D0, 10_000);
        kill.onEquity(D0 + HOUR, 8_999);
        assertThat(kill.state()).isEqualTo(TradingState.HALTED);
        assertThat(kill.flattening()).isTrue();
        assertThat(kill.consumeFlattenRequest()).isTrue();
    }

    @Test
    void shouldIgnoreANaNEquityAndTakeTheDayFromUtcMidnight()
    {
        final KillSwitch kill = new KillSwitch(1_000, 2_000, 1.0, false, recorder);
        kill.onEquity(D0 + DAY - 1, 10_000);
        kill.onEquity(D0 + DAY - 1, Double.NaN);
        assertThat(kill.equity()).isEqualTo(10_000.0);
        assertThat(kill.day()).isEqualTo(19_700L);
        kill.onEquity(D0 + DAY, 9_500);
        assertThat(kill.day()).isEqualTo(19_701L);
        assertThat(kill.dayStartEquity()).isEqualTo(10_000.0);
        assertThat(transitions).isEmpty();
    }
}
