package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.OrderState;
import io.ringwall.engine.orders.RecordingVenue;
import io.ringwall.engine.venue.ExecutionVenue;
import io.ringwall.engine.venue.RejectCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmartLimitTest
{
    private final AlgoFixture f = new AlgoFixture();
    private final SmartLimit algo = new SmartLimit(f.orders, 10, f.listener);

    @Test
    void shouldPostInsideTheBidRepriceWhenTheMarketLeavesAndGiveUpAfterMaxReprices()
    {
        algo.onBook(1_000, 1_050, 0);
        algo.start(5, 1, Side.BID, 5, 1, 1, 1, 1_000_000, 100);
        final long first = f.lastSubmit().clientOrderId();
        assertThat(f.lastSubmit()).isEqualTo(new RecordingVenue.Call("submit", first, Side.BID, 1_010, 5, ExecutionVenue.POST_ONLY, 100));
        f.acceptAndFill(1_010, 2, 110);
        algo.onBook(1_020, 1_050, 120); // one tick away: not more than repriceTicks
        assertThat(f.venue.calls).hasSize(1);
        algo.onBook(1_030, 1_050, 130); // two ticks away: cancel then new at 1_040 for the 3 left
        assertThat(f.venue.last()).isEqualTo(new RecordingVenue.Call("cancel", first, null, 0, 0, 0, 130));
        algo.onBook(1_040, 1_060, 135); // ignored while the cancel travels
        f.orders.onCancelled(first, 3, 140);
        final long second = f.lastSubmit().clientOrderId();
        assertThat(f.lastSubmit()).isEqualTo(new RecordingVenue.Call("submit", second, Side.BID, 1_040, 3, ExecutionVenue.POST_ONLY, 140));
        assertThat(algo.reprices()).isEqualTo(1);
        f.acceptAndFill(1_040, 1, 150);
        algo.onBook(1_060, 1_100, 160); // away again, no reprices left: give up
        assertThat(f.venue.last()).isEqualTo(new RecordingVenue.Call("cancel", second, null, 0, 0, 0, 160));
        assertThat(algo.state()).isEqualTo(AlgoState.STOPPING);
        f.orders.onCancelled(second, 2, 170);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(5, AlgoState.DONE, AlgoOutcome.GAVE_UP, 3, (2 * 1_010 + 1_040) / 3.0, 170));
    }

    @Test
    void shouldGiveUpAtTheTimeLimit()
    {
        algo.onBook(1_000, 1_050, 0);
        algo.start(6, 1, Side.ASK, 4, 0, 5, 5, 1_000, 100);
        assertThat(f.lastSubmit().price()).isEqualTo(1_050);
        f.acceptAndFill(1_050, 0, 101);
        algo.onTime(1_099);
        assertThat(f.venue.calls).hasSize(1);
        algo.onTime(1_100);
        assertThat(f.venue.last().kind()).isEqualTo("cancel");
        f.orders.onCancelled(f.lastSubmit().clientOrderId(), 4, 1_101);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(6, AlgoState.DONE, AlgoOutcome.GAVE_UP, 0, 0.0, 1_101));
    }

    @Test
    void shouldStayPassiveInATightMarketAndRepostAfterAPostOnlyReject()
    {
        algo.onBook(1_000, 1_010, 0);
        algo.start(7, 1, Side.BID, 2, 3, 1, 1, 1_000, 0);
        final long first = f.lastSubmit().clientOrderId();
        assertThat(f.lastSubmit().price()).isEqualTo(1_000); // improving would cross the 1_010 ask
        f.orders.onRejected(first, RejectCode.WOULD_TAKE, 1);
        assertThat(f.orders.state(first)).isEqualTo(OrderState.REJECTED);
        algo.onBook(990, 1_000, 2);
        assertThat(f.lastSubmit().price()).isEqualTo(990);
        f.acceptAndFill(990, 2, 3);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(7, AlgoState.DONE, AlgoOutcome.FILLED, 2, 990.0, 3));
    }

    @Test
    void shouldEndCancelledWhenItsOwnerCancels()
    {
        algo.onBook(1_000, 1_050, 0);
        algo.start(8, 1, Side.BID, 2, 0, 1, 1, 1_000, 0);
        algo.cancel(5);
        f.orders.onCancelled(f.lastSubmit().clientOrderId(), 2, 6);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(8, AlgoState.CANCELLED, AlgoOutcome.CANCELLED, 0, 0.0, 6));
    }
}
