package io.ringwall.codecs;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.future.BatchFlagsEncoder;
import io.ringwall.codecs.sbe.future.BookDeltaEncoder;
import io.ringwall.codecs.sbe.future.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.future.PrintType;
import io.ringwall.codecs.sbe.future.TradeEncoder;
import io.ringwall.codecs.sbe.future.TradeSource;
import io.ringwall.codecs.sbe.future.FutureDecisionEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal written by a newer writer (schema version 2: longer blocks, new templates) must stay readable
 * by today's version-0 decoders: unknown templates are skipped by their length, and known ones are read
 * with the acting block length and version from the message header.
 */
class SchemaEvolutionTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final MessageHeaderEncoder futureHeader = new MessageHeaderEncoder();

    @Test
    void shouldReadNewerMessagesWithTodaysDecoders()
    {
        final List<int[]> frames = new ArrayList<>(); // {offset, length}
        int offset = 0;

        final TradeEncoder trade = new TradeEncoder();
        trade.wrapAndApplyHeader(buffer, offset, futureHeader);
        trade.header().receiveTimeNs(1_000L).exchangeTimeNs(2_000L).causeSequence(3L).instrumentId(4).reserved(0);
        trade.tradeId(3_735_683_259L).price(6_173_763_000_000L).qty(2_000_000L).firstTradeId(3_735_683_259L)
            .lastTradeId(3_735_683_259L).aggressor(io.ringwall.codecs.sbe.future.AggressorSide.SELL)
            .source(TradeSource.TRADE).printType(PrintType.REGULAR).tradeTimeNs(1_723_161_255_342_000_000L);
        int length = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
        frames.add(new int[]{ offset, length });
        offset += length;

        final FutureDecisionEncoder wall = new FutureDecisionEncoder();
        wall.wrapAndApplyHeader(buffer, offset, futureHeader);
        wall.header().receiveTimeNs(5L).exchangeTimeNs(0).causeSequence(3L).instrumentId(4).reserved(0);
        wall.wallId(9).price(1).qty(2);
        length = MessageHeaderEncoder.ENCODED_LENGTH + wall.encodedLength();
        frames.add(new int[]{ offset, length });
        offset += length;

        final BookDeltaEncoder delta = new BookDeltaEncoder();
        delta.wrapAndApplyHeader(buffer, offset, futureHeader);
        delta.header().receiveTimeNs(6L).exchangeTimeNs(7L).causeSequence(8L).instrumentId(4).reserved(0);
        delta.firstUpdateId(50_093_239_189L).lastUpdateId(50_093_239_202L)
            .prevLastUpdateId(BookDeltaEncoder.prevLastUpdateIdNullValue());
        delta.flags().clear().fIRST(true).lAST(true);
        delta.transactionTimeNs(123L);
        final BookDeltaEncoder.LevelsEncoder levels = delta.levelsCount(2);
        levels.next().price(6_173_763_000_000L).qty(0).side(io.ringwall.codecs.sbe.future.Side.BID);
        levels.next().price(6_183_764_000_000L).qty(154_698_000L).side(io.ringwall.codecs.sbe.future.Side.ASK);
        length = MessageHeaderEncoder.ENCODED_LENGTH + delta.encodedLength();
        frames.add(new int[]{ offset, length });

        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final TradeDecoder tradeDecoder = new TradeDecoder();
        final BookDeltaDecoder deltaDecoder = new BookDeltaDecoder();
        final List<String> seen = new ArrayList<>();
        for (final int[] frame : frames)
        {
            header.wrap(buffer, frame[0]);
            assertThat(header.schemaId()).isEqualTo(MessageHeaderDecoder.SCHEMA_ID);
            assertThat(header.version()).isEqualTo(2);
            final int bodyOffset = frame[0] + MessageHeaderDecoder.ENCODED_LENGTH;
            switch (header.templateId())
            {
                case TradeDecoder.TEMPLATE_ID:
                    assertThat(header.blockLength()).isGreaterThan(TradeDecoder.BLOCK_LENGTH);
                    tradeDecoder.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                    assertThat(tradeDecoder.header().causeSequence()).isEqualTo(3L);
                    assertThat(tradeDecoder.tradeId()).isEqualTo(3_735_683_259L);
                    assertThat(tradeDecoder.price()).isEqualTo(6_173_763_000_000L);
                    assertThat(tradeDecoder.aggressor()).isEqualTo(AggressorSide.SELL);
                    assertThat(Events.instrumentId(buffer, frame[0])).isEqualTo(4);
                    seen.add("Trade");
                    break;

                case BookDeltaDecoder.TEMPLATE_ID:
                    assertThat(header.blockLength()).isGreaterThan(BookDeltaDecoder.BLOCK_LENGTH);
                    deltaDecoder.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                    assertThat(deltaDecoder.lastUpdateId()).isEqualTo(50_093_239_202L);
                    assertThat(deltaDecoder.flags().lAST()).isTrue();
                    final BookDeltaDecoder.LevelsDecoder decodedLevels = deltaDecoder.levels();
                    assertThat(decodedLevels.count()).isEqualTo(2);
                    decodedLevels.next();
                    assertThat(decodedLevels.side()).isEqualTo(Side.BID);
                    assertThat(decodedLevels.price()).isEqualTo(6_173_763_000_000L);
                    decodedLevels.next();
                    assertThat(decodedLevels.side()).isEqualTo(Side.ASK);
                    assertThat(decodedLevels.qty()).isEqualTo(154_698_000L);
                    // the whole message is consumed exactly, so a reader can walk on to the next one
                    assertThat(MessageHeaderDecoder.ENCODED_LENGTH + deltaDecoder.encodedLength()).isEqualTo(frame[1]);
                    seen.add("BookDelta");
                    break;

                default:
                    assertThat(header.templateId()).isEqualTo(199);
                    assertThat(Events.isDecision(header.templateId())).isTrue();
                    assertThat(Events.causeSequence(buffer, frame[0])).isEqualTo(3L);
                    seen.add("skipped " + header.templateId());
            }
        }
        assertThat(seen).containsExactly("Trade", "skipped 199", "BookDelta");
    }

    @Test
    void shouldKeepTheEventHeaderAtTheSameOffsetsInEveryVersion()
    {
        assertThat(io.ringwall.codecs.sbe.future.EventHeaderEncoder.ENCODED_LENGTH)
            .isEqualTo(io.ringwall.codecs.sbe.EventHeaderEncoder.ENCODED_LENGTH);
        assertThat(io.ringwall.codecs.sbe.future.EventHeaderEncoder.causeSequenceEncodingOffset())
            .isEqualTo(io.ringwall.codecs.sbe.EventHeaderEncoder.causeSequenceEncodingOffset());
        assertThat(BatchFlagsEncoder.ENCODED_LENGTH).isEqualTo(1);
    }
}
