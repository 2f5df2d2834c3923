package io.ringwall.engine.orders;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.venue.ExecutionVenue;
import io.ringwall.engine.venue.RejectCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ringwall.engine.orders.OrderState.*;
import static org.assertj.core.api.Assertions.assertThat;

class OrderBlotterTest
{
    private final List<String> events = new ArrayList<>();
    private final OrderListener recorder = new OrderListener()
    {
        @Override
        public void onOrderState(final long id, final int from, final int to, final long nowNs)
        {
            events.add((id & 0xFFFF) + ":" + name(from) + ">" + name(to) + "@" + nowNs);
        }

        @Override
        public void onOrderFill(final long id, final long price, final long qty, final long leaves, final boolean maker, final double fee, final long nowNs)
        {
            events.add((id & 0xFFFF) + ":fill " + qty + "@" + price + " leaves " + leaves);
        }
    };
    private RecordingVenue venue;
    private OrderBlotter blotter;

    @BeforeEach
    void setUp()
    {
        venue = new RecordingVenue();
        blotter = new OrderBlotter(4, new ClientOrderIds(7), null);
        blotter.connect(venue);
    }

    private long send(final long price, final long qty, final int flags, final long nowNs)
    {
        final long id = blotter.newId();
        assertThat(blotter.submit(id, recorder, 1, Side.BID, price, qty, flags, nowNs)).isTrue();
        return id;
    }

    @Test
    void shouldIssueIdsWithTheSessionPrefix()
    {
        final ClientOrderIds ids = new ClientOrderIds(7);
        final long first = ids.next();
        assertThat(first).isEqualTo((7L << 40) | 1);
        assertThat(ids.next()).isEqualTo(first + 1);
        assertThat(ClientOrderIds.prefixOf(first)).isEqualTo(7);
    }

    @Test
    void shouldWalkFromPendingNewThroughPartialFillsToFilled()
    {
        final long id = send(100, 10, ExecutionVenue.NONE, 1);
        assertThat(venue.last()).isEqualTo(new RecordingVenue.Call("submit", id, Side.BID, 100, 10, 0, 1));
        assertThat(blotter.state(id)).isEqualTo(PENDING_NEW);
        blotter.onAccepted(id, 2);
        blotter.onFill(id, 100, 3, 7, true, 0.0, 3);
        assertThat(blotter.state(id)).isEqualTo(PARTIALLY_FILLED);
        assertThat(blotter.leavesQty(id)).isEqualTo(7);
        blotter.onFill(id, 98, 7, 0, true, 0.0, 4);
        assertThat(blotter.state(id)).isEqualTo(FILLED);
        assertThat(blotter.filledQty(id)).isEqualTo(10);
        assertThat(blotter.avgPrice(id)).isEqualTo((3 * 100 + 7 * 98) / 10.0);
        assertThat(blotter.openOrders()).isZero();
        assertThat(events).containsExactly(
            "1:NONE>PENDING_NEW@1", "1:PENDING_NEW>NEW@2", "1:fill 3@100 leaves 7", "1:NEW>PARTIALLY_FILLED@3",
            "1:fill 7@98 leaves 0", "1:PARTIALLY_FILLED>FILLED@4");
    }

    @Test
    void shouldRefuseAndCountIllegalTransitions()
    {
        final long id = send(100, 10, ExecutionVenue.NONE, 1);
        blotter.onFill(id, 100, 11, 0, false, 0.0, 2); // more than the order
        blotter.onAccepted(id, 2);
        blotter.onAccepted(id, 3); // accepted twice
        blotter.onFill(id, 100, 10, 0, false, 0.0, 4);
        blotter.onFill(id, 100, 1, 0, false, 0.0, 5); // fill on a filled order
        blotter.onCancelled(id, 0, 6);
        blotter.onRejected(id, RejectCode.INVALID, 7);
        assertThat(blotter.cancel(id, 8)).isFalse();
        assertThat(blotter.illegalTransitions()).isEqualTo(6);
        assertThat(blotter.state(id)).isEqualTo(FILLED);
        assertThat(blotter.filledQty(id)).isEqualTo(10);
        blotter.onAccepted(12345, 9);
        assertThat(blotter.unknownOrderEvents()).isEqualTo(1);
    }

    @Test
    void shouldCancelWithFillsArrivingWhileTheCancelTravels()
    {
        final long id = send(100, 10, ExecutionVenue.NONE, 1);
        blotter.onAccepted(id, 2);
        assertThat(blotter.cancel(id, 3)).isTrue();
        assertThat(venue.last().kind()).isEqualTo("cancel");
        assertThat(blotter.state(id)).isEqualTo(PENDING_CANCEL);
        blotter.onFill(id, 100, 4, 6, true, 0.0, 4);
        assertThat(blotter.state(id)).isEqualTo(PENDING_CANCEL);
        blotter.onCancelled(id, 6, 5);
        assertThat(blotter.state(id)).isEqualTo(CANCELLED);
        assertThat(blotter.filledQty(id)).isEqualTo(4);
        assertThat(blotter.leavesQty(id)).isZero();
    }

    @Test
    void shouldReturnToWorkingWhenTheVenueRefusesTheCancel()
    {
        final long id = send(100, 10, ExecutionVenue.NONE, 1);
        blotter.onAccepted(id, 2);
        blotter.onFill(id, 100, 2, 8, true, 0.0, 3);
        blotter.cancel(id, 4);
        blotter.onRejected(id, RejectCode.UNKNOWN_ORDER, 5);
        assertThat(blotter.state(id)).isEqualTo(PARTIALLY_FILLED);
        assertThat(blotter.rejectCode(id)).isZero();   // a refused cancel is not a rejected order
        assertThat(blotter.cancelRejects()).isEqualTo(1);
    }

    @Test
    void shouldRejectAnOrderCancelledBeforeItsAck()
    {
        final long id = send(100, 10, ExecutionVenue.NONE, 1);
        blotter.cancel(id, 2);
        blotter.onRejected(id, RejectCode.WOULD_TAKE, 3);
        assertThat(blotter.state(id)).isEqualTo(REJECTED);
        assertThat(blotter.rejectCode(id)).isEqualTo(RejectCode.WOULD_TAKE);
    }

    @Test
    void shouldExpireTheUnfilledRestOfAnImmediateOrCancel()
    {
        final long ioc = send(100, 10, ExecutionVenue.IOC, 1);
        blotter.onAccepted(ioc, 2);
        blotter.onFill(ioc, 100, 6, 4, false, 0.0, 2);
        blotter.onCancelled(ioc, 4, 2);
        assertThat(blotter.state(ioc)).isEqualTo(EXPIRED);
        final long resting = send(100, 10, ExecutionVenue.NONE, 3);
        blotter.onAccepted(resting, 4);
        blotter.onCancelled(resting, 10, 5); // the venue's own cancel
        assertThat(blotter.state(resting)).isEqualTo(CANCELLED);
    }

    @Test
    void shouldReplaceByCancelThenNewForWhatTheOldOrderDidNotFill()
    {
        final long old = send(100, 10, ExecutionVenue.POST_ONLY, 1);
        blotter.onAccepted(old, 2);
        blotter.onFill(old, 100, 4, 6, true, 0.0, 3);
        final long replacement = blotter.newId();
        assertThat(blotter.replace(old, replacement, 105, 10, 4)).isTrue();
        assertThat(venue.last()).isEqualTo(new RecordingVenue.Call("cancel", old, null, 0, 0, 0, 4));
        assertThat(blotter.state(replacement)).isEqualTo(NONE);
        blotter.onFill(old, 100, 1, 5, true, 0.0, 5); // still fills while the cancel travels
        blotter.onCancelled(old, 5, 6);
        assertThat(venue.last()).isEqualTo(new RecordingVenue.Call("submit", replacement, Side.BID, 105, 5, ExecutionVenue.POST_ONLY, 6));
        assertThat(blotter.state(old)).isEqualTo(CANCELLED);
        assertThat(blotter.state(replacement)).isEqualTo(PENDING_NEW);
        assertThat(blotter.replaces(replacement)).isEqualTo(old);
        assertThat(events).endsWith("1:PENDING_CANCEL>CANCELLED@6", "2:NONE>PENDING_NEW@6");
    }

    @Test
    void shouldDropTheReplacementWhenTheOldOrderFillsFirst()
    {
        final long old = send(100, 10, ExecutionVenue.NONE, 1);
        blotter.onAccepted(old, 2);
        final long replacement = blotter.newId();
        blotter.replace(old, replacement, 105, 10, 3);
        blotter.onFill(old, 100, 10, 0, true, 0.0, 4);
        assertThat(blotter.state(old)).isEqualTo(FILLED);
        assertThat(venue.submits()).hasSize(1);
        assertThat(blotter.state(replacement)).isEqualTo(NONE);
    }

    @Test
    void shouldRefuseOrdersWhenEverySlotIsOpenAndRecycleTheOldestFinishedFirst()
    {
        final long a = send(100, 1, ExecutionVenue.NONE, 1);
        final long b = send(100, 1, ExecutionVenue.NONE, 1);
        final long c = send(100, 1, ExecutionVenue.NONE, 1);
        final long d = send(100, 1, ExecutionVenue.NONE, 1);
        final long e = blotter.newId();
        assertThat(blotter.submit(e, recorder, 1, Side.ASK, 100, 1, 0, 2)).isFalse();
        assertThat(blotter.poolExhausted()).isEqualTo(1);
        assertThat(events).endsWith("5:NONE>REJECTED@2");
        blotter.onRejected(c, RejectCode.INVALID, 3);
        blotter.onRejected(a, RejectCode.INVALID, 3);
        send(100, 1, ExecutionVenue.NONE, 4);
        assertThat(blotter.state(c)).isEqualTo(NONE); // c finished first, so it was forgotten first
        assertThat(blotter.state(a)).isEqualTo(REJECTED);
        assertThat(blotter.state(b)).isEqualTo(PENDING_NEW);
        assertThat(blotter.state(d)).isEqualTo(PENDING_NEW);
    }
}
