package io.ringwall.engine.feed;

import io.ringwall.codecs.InstrumentRegistry;
import io.ringwall.codecs.sbe.BookDeltaDecoder;
import io.ringwall.codecs.sbe.BookSnapshotDecoder;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.test.TestData;
import io.ringwall.engine.book.ArrayOrderBook;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.book.TreeMapOrderBook;
import io.ringwall.engine.logic.BusinessLogic;
import io.ringwall.engine.logic.LogicSettings;
import io.ringwall.engine.test.DirectLogicSink;
import io.ringwall.engine.test.RecordedDecisions;
import io.ringwall.gateways.capture.CaptureFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both fast books (the price ladder and the array book) and the reference book, each inside its own copy of
 * the business logic, fed the same real recordings through the real decoders: after every single event each
 * fast logic's books agree with the reference logic's level for level, and all three logics take
 * byte-identical decisions. The production default must be one of the fast books compared here.
 */
class FastAndReferenceBooksAgreeTest
{
    @ParameterizedTest
    @CsvSource({
        "binance-spot/btcusdt_20240808.gz, BINANCE, HFTBACKTEST",
        "binance-spot/ethusdt_20240808.gz, BINANCE, HFTBACKTEST",
        "binance-spot/BINANCE.ws.1.0, BINANCE, CRYPTOFEED",
        "binance-futures/BINANCE_FUTURES.ws.1.0, BINANCE_USDM, CRYPTOFEED"
    })
    void shouldAgreeAfterEveryEvent(final String file, final Venue venue, final CaptureFormat format) throws IOException
    {
        final RecordedDecisions ladderDecisions = new RecordedDecisions();
        final RecordedDecisions arrayDecisions = new RecordedDecisions();
        final RecordedDecisions referenceDecisions = new RecordedDecisions();
        final BusinessLogic ladder = new BusinessLogic(LogicSettings.DEFAULTS, ladderDecisions, id -> {}, LadderOrderBook::new);
        final BusinessLogic array = new BusinessLogic(LogicSettings.DEFAULTS, arrayDecisions, id -> {}, ArrayOrderBook::new);
        final BusinessLogic reference = new BusinessLogic(LogicSettings.DEFAULTS, referenceDecisions, id -> {}, levels -> new TreeMapOrderBook());
        final long[] compared = { 0 };
        final DirectLogicSink all = new DirectLogicSink(4096, ladder, array, reference).observer(templateId ->
        {
            final boolean bookChanged = templateId == BookDeltaDecoder.TEMPLATE_ID || templateId == BookSnapshotDecoder.TEMPLATE_ID;
            assertThat(ladder.books().maxId()).isEqualTo(reference.books().maxId());
            assertThat(array.books().maxId()).isEqualTo(reference.books().maxId());
            for (int id = 1; id <= reference.books().maxId(); id++)
            {
                assertSame(ladder.books().get(id), reference.books().get(id), bookChanged);
                assertSame(array.books().get(id), reference.books().get(id), bookChanged);
            }
            compared[0]++;
        });
        new Importer(venue, new InstrumentRegistry(), all).importFile(TestData.path(file), format);

        assertThat(compared[0]).isGreaterThan(250);
        assertThat(referenceDecisions.describe()).isNotEmpty();
        for (final RecordedDecisions fastDecisions : new RecordedDecisions[]{ ladderDecisions, arrayDecisions })
        {
            assertThat(fastDecisions.describe()).isEqualTo(referenceDecisions.describe());
            assertThat(fastDecisions.all()).usingElementComparator(java.util.Arrays::compare).isEqualTo(referenceDecisions.all());
        }
    }

    @Test
    void shouldRunTheLadderBookInProduction()
    {
        final BusinessLogic production = new BusinessLogic(LogicSettings.DEFAULTS, new RecordedDecisions(), id -> {});
        final InstrumentBook book = production.books().define(new io.ringwall.codecs.Instrument(1, Venue.BINANCE, "BTCUSDT", -8, -8));

        assertThat(book.book()).isInstanceOf(LadderOrderBook.class);
    }

    private final Levels fastLevels = new Levels();
    private final Levels referenceLevels = new Levels();

    private void assertSame(final InstrumentBook fast, final InstrumentBook reference, final boolean compareLevels)
    {
        if (fast == null || reference == null)
        {
            assertThat(fast).isSameAs(reference);
            return;
        }
        assertThat(fast.state()).isEqualTo(reference.state());
        assertThat(fast.updateId()).isEqualTo(reference.updateId());
        if (!compareLevels)
        {
            return;
        }
        for (final Side side : new Side[]{ Side.BID, Side.ASK })
        {
            fastLevels.read(fast.book(), side);
            referenceLevels.read(reference.book(), side);
            if (!fastLevels.equals(referenceLevels))
            {
                throw new AssertionError(fast.symbol() + " " + side + " books differ at update " + fast.updateId());
            }
        }
    }

    /** A side's levels, read in one pass through the book's visitor. */
    private static final class Levels implements OrderBook.LevelVisitor
    {
        private long[] prices = new long[8192];
        private long[] qtys = new long[8192];
        private int count;

        void read(final OrderBook book, final Side side)
        {
            count = 0;
            if (book.depth(side) > prices.length)
            {
                prices = new long[book.depth(side) * 2];
                qtys = new long[book.depth(side) * 2];
            }
            book.forEachLevel(side, Integer.MAX_VALUE, this);
        }

        @Override
        public void onLevel(final int level, final long price, final long qty)
        {
            prices[count] = price;
            qtys[count] = qty;
            count++;
        }

        @Override
        public boolean equals(final Object o)
        {
            final Levels other = (Levels)o;
            return count == other.count && java.util.Arrays.equals(prices, 0, count, other.prices, 0, count) &&
                java.util.Arrays.equals(qtys, 0, count, other.qtys, 0, count);
        }

        @Override
        public int hashCode()
        {
            return count;
        }
    }
}
