package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.orders.RecordingVenue;
import io.ringwall.engine.venue.ExecutionVenue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlippageProtectedMarketTest
{
    private final AlgoFixture f = new AlgoFixture();
    private final SlippageProtectedMarket algo = new SlippageProtectedMarket(f.orders, 5, f.listener);

    @Test
    void shouldSendIocAtTheBandAndResendTheRemainderNeverWiderThanAtArrival()
    {
        algo.onBook(9_995, 10_000, 10);
        algo.start(77, 1, Side.BID, 10, 33, 2, 20);
        // 10_000 + 10_000 * 33 / 10_000 = 10_033, rounded down to the 5 tick
        final RecordingVenue.Call first = f.lastSubmit();
        assertThat(first).isEqualTo(new RecordingVenue.Call("submit", first.clientOrderId(), Side.BID, 10_030, 10, ExecutionVenue.IOC, 20));
        f.acceptAndFill(10_000, 4, 21);
        f.orders.onCancelled(first.clientOrderId(), 6, 21);
        assertThat(f.venue.submits()).hasSize(1);
        algo.onBook(10_005, 10_010, 30); // 10_010 + 33 -> 10_040, capped at the arrival band 10_030
        assertThat(f.lastSubmit()).isEqualTo(new RecordingVenue.Call("submit", f.lastSubmit().clientOrderId(), Side.BID, 10_030, 6, ExecutionVenue.IOC, 30));
        f.acceptAndFill(10_010, 1, 31);
        f.orders.onCancelled(f.lastSubmit().clientOrderId(), 5, 31);
        algo.onBook(10_005, 10_010, 40);
        assertThat(f.venue.submits()).hasSize(2);
        assertThat(algo.state()).isEqualTo(AlgoState.DONE);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(77, AlgoState.DONE, AlgoOutcome.SHORTFALL, 5, (4 * 10_000 + 10_010) / 5.0, 31));
    }

    @Test
    void shouldWaitForABookAndSellBelowTheBidRoundedUp()
    {
        algo.start(78, 1, Side.ASK, 3, 33, 3, 5);
        assertThat(f.venue.calls).isEmpty();
        algo.onBook(10_000, OrderBook.NULL_PRICE, 6);
        assertThat(f.lastSubmit().price()).isEqualTo(9_970); // 10_000 - 33 = 9_967, up to 9_970
        f.acceptAndFill(10_000, 3, 7);
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(78, AlgoState.DONE, AlgoOutcome.FILLED, 3, 10_000.0, 7));
    }
}
