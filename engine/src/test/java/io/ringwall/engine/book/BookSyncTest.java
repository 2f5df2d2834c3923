package io.ringwall.engine.book;

import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.GatewayStatusCode;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.test.Inputs;
import io.ringwall.engine.test.RecordedDecisions;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Binance book synchronisation, driven through the business logic with hand-built inputs.
 * Levels are {side (0 bid, 1 ask), price, qty} triples.
 */
class BookSyncTest
{
    private static final int SPOT = 1;
    private static final int FUT = 2;

    private final Inputs in = new Inputs();
    private final RecordedDecisions decisions = new RecordedDecisions();
    private final List<Integer> requested = new ArrayList<>();
    private BusinessLogic logic;

    @BeforeEach
    void setUp()
    {
        logic = new BusinessLogic(new LogicSettings(4, 4096), decisions, requested::add);
        feed(in.definition(SPOT, Venue.BINANCE, "BTCUSDT", -2, -8));
        feed(in.definition(FUT, Venue.BINANCE_USDM, "AKROUSDT", -5, 0));
    }

    private void feed(final byte[] event)
    {
        logic.onEvent(new UnsafeBuffer(event), 0, event.length);
    }

    private InstrumentBook book(final int id)
    {
        return logic.books().get(id);
    }

    private void syncSpotAt(final long lastUpdateId)
    {
        feed(in.delta(SPOT, lastUpdateId - 5, lastUpdateId + 1, 0, 100, 5));
        feed(in.snapshot(SPOT, lastUpdateId, 0, 100, 5, 0, 99, 7, 1, 101, 3));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        decisions.clear();
        requested.clear();
    }

    @Test
    void shouldBufferDiffsUntilTheSnapshotThenApplyThoseAfterIt()
    {
        feed(in.delta(SPOT, 90, 95, 0, 100, 1));          // before the snapshot: dropped (u <= L)
        final long firstDiff = in.lastSequence();
        feed(in.delta(SPOT, 96, 100, 0, 100, 2));         // u == L: already in the snapshot
        feed(in.delta(SPOT, 101, 104, 1, 101, 9));        // U == L+1: the first applied (the ETHUSDT case)
        feed(in.delta(SPOT, 105, 107, 0, 99, 0));
        assertThat(book(SPOT).state()).isEqualTo(BookState.SYNCING);
        assertThat(requested).containsExactly(SPOT);

        feed(in.snapshot(SPOT, 100, 0, 100, 2, 0, 99, 7, 1, 101, 3));
        final long snapshotSeq = in.lastSequence();

        final InstrumentBook b = book(SPOT);
        assertThat(b.state()).isEqualTo(BookState.LIVE);
        assertThat(b.updateId()).isEqualTo(107);
        assertThat(b.book().bestBidPrice()).isEqualTo(100);
        assertThat(b.book().bestBidQty()).isEqualTo(2);
        assertThat(b.book().depth(io.ringwall.codecs.sbe.Side.BID)).isEqualTo(1);
        assertThat(b.book().bestAskQty()).isEqualTo(9);
        assertThat(b.stats().applied()).isEqualTo(2);
        assertThat(b.stats().skipped()).isEqualTo(2);
        assertThat(decisions.describe()).containsExactly(
            "snapshot 1 #1 INSTRUMENT_ADDED @" + firstDiff,
            "health 1 LIVE<-SYNCING SNAPSHOT_APPLIED @" + snapshotSeq);
    }

    @Test
    void shouldAcceptTheFirstDiffThatStraddlesTheSnapshot()
    {
        feed(in.delta(SPOT, 98, 103, 0, 100, 4));         // U <= L+1 <= u
        feed(in.snapshot(SPOT, 100, 0, 100, 2, 1, 101, 3));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).book().bestBidQty()).isEqualTo(4);
        assertThat(book(SPOT).updateId()).isEqualTo(103);
    }

    @Test
    void shouldAskAgainWhenTheSnapshotIsOlderThanTheFirstBufferedDiff()
    {
        feed(in.delta(SPOT, 120, 125, 0, 100, 4));
        feed(in.snapshot(SPOT, 100, 0, 100, 2, 1, 101, 3));   // L+1 < U: diffs 101..119 are unknown
        assertThat(book(SPOT).state()).isEqualTo(BookState.SYNCING);
        assertThat(book(SPOT).stats().staleSnapshots()).isEqualTo(1);
        assertThat(decisions.describe()).last().asString().startsWith("snapshot 1 #2 SNAPSHOT_STALE");

        feed(in.delta(SPOT, 126, 130, 0, 100, 6));
        feed(in.snapshot(SPOT, 122, 0, 100, 5, 1, 101, 3));   // fresh enough: 120..125 straddles it
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).updateId()).isEqualTo(130);
        assertThat(book(SPOT).book().bestBidQty()).isEqualTo(6);
    }

    @Test
    void shouldInvalidateOnAGapAndResyncThatInstrumentOnly()
    {
        syncSpotAt(100);
        feed(in.futuresDelta(FUT, 10, 20, 5, 0, 50, 1));
        requested.clear();
        decisions.clear();

        feed(in.delta(SPOT, 103, 110, 0, 100, 8));    // 103 > 101 + 1: diff 102 was missed
        final long gapSeq = in.lastSequence();
        final InstrumentBook b = book(SPOT);
        assertThat(b.state()).isEqualTo(BookState.INVALID);
        assertThat(b.stats().gaps()).isEqualTo(1);
        assertThat(b.stats().resyncs()).isEqualTo(1);
        assertThat(requested).containsExactly(SPOT);
        assertThat(decisions.describe()).containsExactly(
            "health 1 INVALID<-LIVE GAP @" + gapSeq,
            "snapshot 1 #1 GAP @" + gapSeq);

        feed(in.status(Venue.BINANCE, SPOT, GatewayStatusCode.SNAPSHOT_REQUESTED));
        assertThat(b.state()).isEqualTo(BookState.SYNCING);
        feed(in.delta(SPOT, 111, 115, 1, 101, 1));
        feed(in.snapshot(SPOT, 109, 0, 100, 7, 1, 101, 3));
        assertThat(b.state()).isEqualTo(BookState.LIVE);
        assertThat(b.updateId()).isEqualTo(115);
        assertThat(b.book().bestBidQty()).isEqualTo(8);
        assertThat(b.book().bestAskQty()).isEqualTo(1);
        assertThat(book(FUT).state()).isEqualTo(BookState.SYNCING);   // untouched by SPOT's gap
    }

    @Test
    void shouldIgnoreDiffsTheBookHasAlreadyPassed()
    {
        syncSpotAt(100);
        feed(in.delta(SPOT, 95, 101, 0, 100, 1));   // duplicate of what the book has
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).stats().skipped()).isEqualTo(1);
        assertThat(book(SPOT).book().bestBidQty()).isEqualTo(5);
    }

    @Test
    void shouldSyncFuturesWithSparseIdsUsingPu()
    {
        // The AKROUSDT case: L falls between one diff's u and the next diff's U.
        final long l = 600_859_605_486L;
        feed(in.futuresDelta(FUT, 600_859_599_831L, 600_859_599_831L, 600_859_598_737L, 1, 1737, 437_848));
        feed(in.futuresDelta(FUT, 600_859_609_657L, 600_859_610_000L, 600_859_599_831L, 1, 1738, 5));
        feed(in.snapshot(FUT, l, 0, 1731, 57_618, 1, 1737, 1));
        final InstrumentBook b = book(FUT);
        assertThat(b.state()).isEqualTo(BookState.LIVE);
        assertThat(b.updateId()).isEqualTo(600_859_610_000L);
        assertThat(b.book().qtyAt(io.ringwall.codecs.sbe.Side.ASK, 1738)).isEqualTo(5);

        feed(in.futuresDelta(FUT, 600_859_620_000L, 600_859_620_100L, 600_859_610_000L, 0, 1732, 10));
        assertThat(b.state()).isEqualTo(BookState.LIVE);
        assertThat(b.book().bestBidPrice()).isEqualTo(1732);

        feed(in.futuresDelta(FUT, 600_859_630_000L, 600_859_630_100L, 600_859_625_000L, 0, 1733, 10));
        assertThat(b.state()).isEqualTo(BookState.INVALID);
        assertThat(b.stats().gaps()).isEqualTo(1);
    }

    @Test
    void shouldRejectAFuturesSnapshotNewerThanTheFirstDiffsPu()
    {
        feed(in.futuresDelta(FUT, 500, 600, 450, 0, 10, 1));
        feed(in.snapshot(FUT, 400, 0, 10, 2, 1, 11, 1));   // pu 450 > L 400: 401..450 unknown
        assertThat(book(FUT).state()).isEqualTo(BookState.SYNCING);
        assertThat(book(FUT).stats().staleSnapshots()).isEqualTo(1);
    }

    @Test
    void shouldInvalidateACrossedBook()
    {
        syncSpotAt(100);
        feed(in.delta(SPOT, 102, 103, 0, 102, 1));    // bid 102 above ask 101
        assertThat(book(SPOT).state()).isEqualTo(BookState.INVALID);
        assertThat(book(SPOT).stats().crossed()).isEqualTo(1);
        assertThat(decisions.describe().get(0)).startsWith("health 1 INVALID<-LIVE CROSSED");
    }

    @Test
    void shouldNotGoLiveOnACrossedSnapshot()
    {
        feed(in.delta(SPOT, 99, 101, 0, 100, 5));
        feed(in.snapshot(SPOT, 100, 0, 102, 5, 1, 101, 3));
        assertThat(book(SPOT).state()).isEqualTo(BookState.SYNCING);
        assertThat(book(SPOT).stats().crossed()).isEqualTo(1);
        assertThat(decisions.describe()).last().asString().startsWith("snapshot 1 #2 CROSSED");
    }

    @Test
    void shouldCheckBookTickersAtTheSameUpdateIdInEitherArrivalOrder()
    {
        syncSpotAt(100);                                   // book at u=101: bid 100x5, ask 101x3
        feed(in.ticker(SPOT, 101, 100, 5, 101, 3));      // same id now: checked
        feed(in.ticker(SPOT, 104, 100, 6, 101, 3));      // ahead of the book: held
        feed(in.ticker(SPOT, 103, 100, 9, 101, 3));      // ahead, never reached exactly: dropped
        feed(in.delta(SPOT, 102, 104, 0, 100, 6));
        assertThat(book(SPOT).stats().tickerChecks()).isEqualTo(2);
        assertThat(book(SPOT).stats().tickerMismatches()).isZero();
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);

        feed(in.ticker(SPOT, 104, 100, 7, 101, 3));      // disagrees with the book at 104
        assertThat(book(SPOT).state()).isEqualTo(BookState.INVALID);
        assertThat(book(SPOT).stats().tickerMismatches()).isEqualTo(1);
        assertThat(decisions.describe().get(0)).startsWith("health 1 INVALID<-LIVE TICKER_MISMATCH");
    }

    @Test
    void shouldResyncWhenADepthFrameForTheInstrumentIsRejected()
    {
        syncSpotAt(100);
        feed(in.rejected(Venue.BINANCE, SPOT, InputKind.DEPTH, RejectReason.PRECISION_LOSS));
        assertThat(book(SPOT).state()).isEqualTo(BookState.INVALID);
        assertThat(book(SPOT).stats().malformed()).isEqualTo(1);
        assertThat(decisions.describe().get(0)).startsWith("health 1 INVALID<-LIVE MALFORMED_INPUT");
    }

    @Test
    void shouldOnlyCountARejectedTradeFrame()
    {
        syncSpotAt(100);
        feed(in.rejected(Venue.BINANCE, SPOT, InputKind.TRADE, RejectReason.BAD_NUMBER));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).stats().malformed()).isEqualTo(1);
    }

    @Test
    void shouldApplyAMultiPartMessageOnlyAsAWhole()
    {
        syncSpotAt(100);
        feed(in.deltaPart(SPOT, 102, 105, Long.MIN_VALUE, true, false, 0, 100, 1));
        feed(in.deltaPart(SPOT, 102, 105, Long.MIN_VALUE, false, false, 1, 101, 2));
        assertThat(book(SPOT).updateId()).isEqualTo(101);   // not complete yet
        feed(in.deltaPart(SPOT, 102, 105, Long.MIN_VALUE, false, true, 1, 102, 2));
        assertThat(book(SPOT).updateId()).isEqualTo(105);
        assertThat(book(SPOT).stats().applied()).isEqualTo(2);
        assertThat(book(SPOT).stats().depthUpdates()).isEqualTo(2);
        assertThat(book(SPOT).book().qtyAt(io.ringwall.codecs.sbe.Side.ASK, 102)).isEqualTo(2);
    }

    @Test
    void shouldInvalidateWhenAPartOfAMessageIsLost()
    {
        syncSpotAt(100);
        feed(in.deltaPart(SPOT, 102, 105, Long.MIN_VALUE, true, false, 0, 100, 1));
        feed(in.deltaPart(SPOT, 106, 107, Long.MIN_VALUE, true, true, 0, 100, 2));   // the LAST part never came
        assertThat(book(SPOT).state()).isEqualTo(BookState.INVALID);
        assertThat(decisions.describe().get(0)).startsWith("health 1 INVALID<-LIVE BATCH_BROKEN");
    }

    @Test
    void shouldGoLiveOnlyAfterAMessageThatWasArrivingDuringTheSnapshot()
    {
        feed(in.deltaPart(SPOT, 99, 105, Long.MIN_VALUE, true, false, 0, 100, 1));
        feed(in.snapshot(SPOT, 100, 0, 100, 5, 1, 101, 3));
        assertThat(book(SPOT).state()).isEqualTo(BookState.SYNCING);
        feed(in.deltaPart(SPOT, 99, 105, Long.MIN_VALUE, false, true, 1, 101, 4));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).updateId()).isEqualTo(105);
        assertThat(book(SPOT).book().bestBidQty()).isEqualTo(1);
        assertThat(book(SPOT).book().bestAskQty()).isEqualTo(4);
    }

    @Test
    void shouldDropTheVenuesBooksOnDisconnectAndResyncAfterReconnect()
    {
        syncSpotAt(100);
        feed(in.status(Venue.BINANCE, 0, GatewayStatusCode.DISCONNECTED));
        assertThat(book(SPOT).state()).isEqualTo(BookState.INVALID);
        assertThat(book(FUT).state()).isEqualTo(BookState.SYNCING);     // other venue untouched
        feed(in.status(Venue.BINANCE, 0, GatewayStatusCode.CONNECTED));
        assertThat(book(SPOT).state()).isEqualTo(BookState.SYNCING);
        assertThat(requested).isEmpty();                                  // waits for the first diff
        feed(in.delta(SPOT, 300, 301, 0, 100, 1));
        assertThat(requested).containsExactly(SPOT);
        assertThat(decisions.describe()).containsExactly(
            "health 1 INVALID<-LIVE DISCONNECTED @" + (in.lastSequence() - 2),
            "health 1 SYNCING<-INVALID CONNECTED @" + (in.lastSequence() - 1),
            "snapshot 1 #1 CONNECTED @" + in.lastSequence());
    }

    @Test
    void shouldIgnoreASnapshotThatArrivesWhileLive()
    {
        syncSpotAt(100);
        feed(in.snapshot(SPOT, 90, 0, 50, 1, 1, 60, 1));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).book().bestBidPrice()).isEqualTo(100);
        assertThat(book(SPOT).stats().snapshotsIgnored()).isEqualTo(1);
    }

    @Test
    void shouldAskAgainWhenTheSnapshotFails()
    {
        feed(in.delta(SPOT, 99, 101, 0, 100, 5));
        feed(in.status(Venue.BINANCE, SPOT, GatewayStatusCode.SNAPSHOT_FAILED));
        assertThat(requested).containsExactly(SPOT, SPOT);
        assertThat(decisions.describe()).last().asString().startsWith("snapshot 1 #2 SNAPSHOT_FAILED");
    }

    @Test
    void shouldKeepTheNewestDiffsWhenTheSyncBufferFills()
    {
        // 4096 bytes hold only a few dozen small diffs; far more arrive before the snapshot.
        for (long u = 1; u <= 400; u++)
        {
            feed(in.delta(SPOT, u, u, 0, 100, u));
        }
        feed(in.snapshot(SPOT, 390, 0, 100, 390, 1, 101, 3));
        assertThat(book(SPOT).state()).isEqualTo(BookState.LIVE);
        assertThat(book(SPOT).updateId()).isEqualTo(400);
        assertThat(book(SPOT).book().bestBidQty()).isEqualTo(400);
    }

    @Test
    void shouldStampDecisionsWithTheCauseInputsTime()
    {
        feed(in.delta(SPOT, 99, 101, 0, 100, 5));
        final byte[] decision = decisions.all().get(0);
        final UnsafeBuffer d = new UnsafeBuffer(decision);
        assertThat(io.ringwall.codecs.Events.causeSequence(d, 0)).isEqualTo(in.lastSequence());
        assertThat(io.ringwall.codecs.Events.instrumentId(d, 0)).isEqualTo(SPOT);
        assertThat(io.ringwall.codecs.Events.receiveTimeNs(d, 0)).isEqualTo(logic.input().nowNs());
    }
}
