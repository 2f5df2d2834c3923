package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.RecordingVenue;
import io.ringwall.engine.venue.ExecutionVenue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwapTest
{
    private final AlgoFixture f = new AlgoFixture();
    private final Twap algo = new Twap(f.orders, 1, f.listener);

    @Test
    void shouldSliceEvenlyCappedByParticipationCarryingTheRestAndReportShortfall()
    {
        algo.start(9, 1, Side.BID, 100, 2_000, 1_000, 4, 0.5, 1_000);
        assertThat(algo.sliceTimeNs(1)).isEqualTo(1_250);
        assertThat(algo.sliceTimeNs(4)).isEqualTo(2_000);
        algo.onTrade(2_000, 100, 1_100);
        algo.onTime(1_249);
        assertThat(f.venue.calls).isEmpty();
        algo.onTime(1_250); // 100 / 4 = 25, cap 50
        assertThat(f.lastSubmit()).isEqualTo(new RecordingVenue.Call("submit", f.lastSubmit().clientOrderId(), Side.BID, 2_000, 25, ExecutionVenue.IOC, 1_250));
        f.acceptAndFill(1_990, 25, 1_251);
        algo.onTrade(2_000, 21, 1_300);
        algo.onTime(1_500); // 75 / 3 = 25, cap 0.5 * 21 = 10
        assertThat(f.lastSubmit().qty()).isEqualTo(10);
        assertThat(f.lastSubmit().nowNs()).isEqualTo(1_500);
        f.acceptAndFill(2_000, 10, 1_501);
        algo.onTime(1_750); // no volume: nothing sent, 65 carried
        assertThat(f.venue.submits()).hasSize(2);
        algo.onTrade(2_000, 1_000, 1_800);
        algo.onTime(2_000); // the last slice takes what is left: 65
        assertThat(f.lastSubmit().qty()).isEqualTo(65);
        f.acceptAndFill(2_000, 40, 2_001);
        f.orders.onCancelled(f.lastSubmit().clientOrderId(), 25, 2_001);
        assertThat(f.finished).containsExactly(
            new AlgoFixture.Finished(9, AlgoState.DONE, AlgoOutcome.SHORTFALL, 75, (25 * 1_990 + 50 * 2_000) / 75.0, 2_001));
    }

    @Test
    void shouldMergeSlicesThatFallDueTogether()
    {
        algo.start(10, 1, Side.ASK, 100, 2_000, 1_000, 4, 1.0, 0);
        algo.onTrade(2_000, 1_000, 10);
        algo.onTime(800); // slices 1..3 are due: 100 over the 2 slices left (3 and 4)
        assertThat(f.venue.submits()).hasSize(1);
        assertThat(f.lastSubmit().qty()).isEqualTo(50);
        f.acceptAndFill(2_000, 50, 801);
        algo.onTrade(2_000, 30, 900);
        algo.onTime(1_000);
        assertThat(f.lastSubmit().qty()).isEqualTo(30);
        f.acceptAndFill(2_000, 30, 1_001);
        f.orders.onCancelled(f.lastSubmit().clientOrderId(), 0, 1_001); // illegal on a filled order, ignored
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(10, AlgoState.DONE, AlgoOutcome.SHORTFALL, 80, 2_000.0, 1_001));
    }

    @Test
    void shouldFinishFilledAtTheHorizon()
    {
        algo.start(11, 1, Side.BID, 10, 2_000, 100, 2, 1.0, 0);
        algo.onTrade(2_000, 100, 10);
        algo.onTime(50);
        f.acceptAndFill(2_000, 5, 51);
        algo.onTrade(2_000, 100, 60);
        algo.onTime(100);
        f.acceptAndFill(2_000, 5, 101);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(11, AlgoState.DONE, AlgoOutcome.FILLED, 10, 2_000.0, 101));
    }
}
