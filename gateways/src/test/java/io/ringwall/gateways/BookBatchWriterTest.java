package io.ringwall.gateways;

import io.ringwall.codecs.InputWriter;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.InputKind;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.RejectReason;
import io.ringwall.codecs.sbe.RejectedInputDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.CapturingEventSink;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookBatchWriterTest
{
    private final CapturingEventSink sink = new CapturingEventSink(512);
    private final BookBatchWriter writer = new BookBatchWriter(sink, new InputWriter(sink));

    @Test
    void shouldSplitLevelsIntoPartsWithPatchedCountsAndBatchFlags()
    {
        final int perPart = writer.deltaLevelsPerPart();
        assertThat(perPart).isEqualTo((512 - 69) / 17);
        writer.beginDelta(10L, 20L, 3, 100L, 105L, 99L);
        for (int i = 0; i < 2 * perPart + 1; i++)
        {
            assertThat(writer.level(1_000 + i, i, i % 2 == 0 ? Side.BID : Side.ASK)).isTrue();
        }
        assertThat(sink.size()).as("a full part waits for the next level before it is published").isEqualTo(2);
        assertThat(writer.finish()).isTrue();

        assertThat(sink.size()).isEqualTo(3);
        final BookDeltaDecoder delta = new BookDeltaDecoder();
        final int[] counts = new int[3];
        long expectedPrice = 1_000;
        for (int part = 0; part < 3; part++)
        {
            delta.wrapAndApplyHeader(sink.event(part), 0, new MessageHeaderDecoder());
            assertThat(delta.header().receiveTimeNs()).isEqualTo(10L);
            assertThat(delta.header().exchangeTimeNs()).isEqualTo(20L);
            assertThat(delta.header().instrumentId()).isEqualTo(3);
            assertThat(delta.firstUpdateId()).isEqualTo(100L);
            assertThat(delta.lastUpdateId()).isEqualTo(105L);
            assertThat(delta.prevLastUpdateId()).isEqualTo(99L);
            assertThat(delta.flags().fIRST()).isEqualTo(part == 0);
            assertThat(delta.flags().lAST()).isEqualTo(part == 2);
            for (final BookDeltaDecoder.LevelsDecoder level : delta.levels())
            {
                assertThat(level.price()).isEqualTo(expectedPrice++);
                counts[part]++;
            }
            assertThat(MessageHeaderDecoder.ENCODED_LENGTH + delta.encodedLength()).isEqualTo(sink.events().get(part).length);
        }
        assertThat(counts).containsExactly(perPart, perPart, 1);
    }

    @Test
    void shouldPublishOneEmptyFirstAndLastPartForAMessageWithoutLevels()
    {
        writer.beginSnapshot(1L, 0L, 2, 77L);
        assertThat(writer.finish()).isTrue();
        final BookSnapshotDecoder snapshot = new BookSnapshotDecoder().wrapAndApplyHeader(sink.event(0), 0, new MessageHeaderDecoder());
        assertThat(snapshot.lastUpdateId()).isEqualTo(77L);
        assertThat(snapshot.flags().fIRST()).isTrue();
        assertThat(snapshot.flags().lAST()).isTrue();
        assertThat(snapshot.levels().count()).isZero();
    }

    @Test
    void shouldTurnTheHeldSlotIntoTheRejectedInput()
    {
        final UnsafeBuffer frame = new UnsafeBuffer("{\"bad\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        writer.beginDelta(10L, 20L, 3, 100L, 105L, Long.MIN_VALUE);
        writer.level(1, 1, Side.BID);
        assertThat(writer.holdsSlot()).isTrue();
        assertThat(writer.reject(Venue.BINANCE, 3, InputKind.DEPTH, RejectReason.MALFORMED_JSON, frame, 0, frame.capacity(), 7, 10L)).isTrue();
        assertThat(writer.holdsSlot()).isFalse();
        assertThat(sink.size()).isEqualTo(1);
        final RejectedInputDecoder rejected = new RejectedInputDecoder().wrapAndApplyHeader(sink.event(0), 0, new MessageHeaderDecoder());
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.errorOffset()).isEqualTo(7);
        assertThat(writer.level(1, 1, Side.BID)).as("a closed batch takes no more levels").isFalse();
    }

    @Test
    void shouldRefuseSlotsTooSmallForARejectedInput()
    {
        assertThatThrownBy(() -> new BookBatchWriter(new CapturingEventSink(200), new InputWriter(new CapturingEventSink(200))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    }
}
