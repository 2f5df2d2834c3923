package io.ringwall.engine.replay;

import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.future.BookDeltaEncoder;
import io.ringwall.codecs.sbe.future.BookSnapshotEncoder;
import io.ringwall.codecs.sbe.future.EventHeaderEncoder;
import io.ringwall.codecs.sbe.future.InstrumentDefinitionEncoder;
import io.ringwall.codecs.sbe.future.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.future.FutureInputEncoder;
import io.ringwall.codecs.sbe.future.Side;
import io.ringwall.codecs.sbe.future.Venue;
import io.ringwall.codecs.sbe.future.FutureDecisionEncoder;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalAppender;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal written by a newer ringwall (schema version 2: longer blocks, templates this version has
 * never heard of) replays through today's logic: known messages are read with the writer's block length,
 * unknown ones are skipped and counted.
 */
class NewerJournalTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private long sequence;

    @Test
    void shouldReplayAJournalFromANewerSchemaVersion(@TempDir final Path dir)
    {
        try (Journal journal = Journal.open(dir, "FAST_HOURLY"); JournalAppender appender = journal.appender())
        {
            final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder().wrapAndApplyHeader(buffer, 0, header);
            stamp(definition.header());
            definition.venue(Venue.BINANCE).priceExponent((byte)-2).qtyExponent((byte)-8).symbol("BTCUSDT");
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());

            final FutureInputEncoder command = new FutureInputEncoder().wrapAndApplyHeader(buffer, 0, header);
            stamp(command.header());
            command.command(7);
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + command.encodedLength());

            final BookDeltaEncoder delta = new BookDeltaEncoder().wrapAndApplyHeader(buffer, 0, header);
            stamp(delta.header());
            delta.firstUpdateId(99).lastUpdateId(101).prevLastUpdateId(BookDeltaEncoder.prevLastUpdateIdNullValue());
            delta.flags().clear().fIRST(true).lAST(true);
            delta.transactionTimeNs(123);
            delta.levelsCount(1).next().price(6_173_763).qty(500_000_000L).side(Side.BID);
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + delta.encodedLength());

            final BookSnapshotEncoder snapshot = new BookSnapshotEncoder().wrapAndApplyHeader(buffer, 0, header);
            stamp(snapshot.header());
            snapshot.lastUpdateId(100);
            snapshot.flags().clear().fIRST(true).lAST(true);
            final BookSnapshotEncoder.LevelsEncoder levels = snapshot.levelsCount(2);
            levels.next().price(6_173_763).qty(100_000_000L).side(Side.BID);
            levels.next().price(6_173_764).qty(200_000_000L).side(Side.ASK);
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + snapshot.encodedLength());

            final FutureDecisionEncoder wall = new FutureDecisionEncoder().wrapAndApplyHeader(buffer, 0, header);
            stamp(wall.header());
            wall.wallId(1).price(6_173_763).qty(500_000_000L);
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + wall.encodedLength());
        }

        try (Journal journal = Journal.openReadOnly(dir))
        {
            final Replayer replayer = new Replayer(LogicSettings.DEFAULTS);
            final ReplayResult result = replayer.replay(journal, Replayer.StopCondition.NEVER, Replayer.Progress.NONE);
            final InstrumentBook btc = replayer.logic().books().get(1);
            assertThat(btc.state()).isEqualTo(BookState.LIVE);
            assertThat(btc.updateId()).isEqualTo(101);
            assertThat(btc.book().bestBidQty()).as("the v1 diff, read past its longer block").isEqualTo(500_000_000L);
            assertThat(btc.book().bestAskQty()).isEqualTo(200_000_000L);
            assertThat(replayer.logic().counters().unknownTemplates()).as("the v1-only input, skipped").isEqualTo(1);
            assertThat(result.inputs()).isEqualTo(4);
            assertThat(result.recordedDecisions()).as("the v1-only decision is still a decision").isEqualTo(1);
        }
    }

    private void stamp(final EventHeaderEncoder h)
    {
        h.receiveTimeNs(1_000 + sequence).exchangeTimeNs(0).causeSequence(sequence++).instrumentId(1).reserved(0);
    }
}
