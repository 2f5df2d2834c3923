package io.ringwall.benchmarks;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.ArrayOrderBook;
import io.ringwall.engine.book.LadderOrderBook;
import io.ringwall.engine.book.OrderBook;
import io.ringwall.engine.book.TreeMapOrderBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one L2 level update, replaying a real BTCUSDT diff-depth session (about 124k level updates
 * after a 1000-level REST snapshot) into the production {@link LadderOrderBook}, the sorted-array
 * {@link ArrayOrderBook} and the {@link TreeMapOrderBook} reference; and the cost of the reads a strategy
 * makes per event.
 * <p>
 * One invocation resets the book to the snapshot with {@code copyFrom} a prebuilt snapshot book and then
 * applies the whole stream; its time is divided by the number of level updates. The reset is included in
 * that figure and is measured on its own by the {@code reset*} benchmarks, with the same divisor, so that
 * {@code apply* - reset*} is the pure per-update cost.
 * <p>
 * The stream is parsed at exponent -8, as the default import does, so the ladder must learn BTCUSDT's tick
 * of 1,000,000 mantissa units; its window size is a parameter ({@code -p windowTicks=16384,65536}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// FixedPoint parses through Agrona's UnsafeBuffer, which needs jdk.internal.misc on JDK 17+.
@Fork(value = 1, jvmArgsAppend = { "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xms1g", "-Xmx1g" })
public class BookApplyBenchmark
{
    /** Level updates in the capture after its snapshot; checked at setup, since JMH needs a constant. */
    static final int LEVEL_UPDATES = 124_073;

    private static final String CAPTURE = "binance-spot/btcusdt_20240808.gz";
    private static final int EXPONENT = -8;

    /** The recorded stream, loaded once per trial. */
    @State(Scope.Benchmark)
    public static class Capture
    {
        RecordedDepthStream stream;
        Side[] sides;
        long[] prices;
        long[] qtys;

        /**
         * Loads and flattens the capture.
         *
         * @throws IOException if it cannot be read.
         */
        @Setup(Level.Trial)
        public void setUp() throws IOException
        {
            stream = RecordedDepthStream.load(CAPTURE, EXPONENT);
            if (stream.levelUpdates() != LEVEL_UPDATES)
            {
                throw new IllegalStateException("expected " + LEVEL_UPDATES + " level updates in " + CAPTURE +
                    ", found " + stream.levelUpdates() + ": update LEVEL_UPDATES");
            }
            sides = stream.sides();
            prices = stream.prices();
            qtys = stream.qtys();
        }
    }

    /** The fast book at the snapshot, and a working copy. */
    @State(Scope.Benchmark)
    public static class ArrayBooks
    {
        /** Levels below the best that {@code set} scans linearly before its binary search. */
        @Param({ "8" })
        public int topProbe;

        ArrayOrderBook snapshot;
        ArrayOrderBook book;

        /**
         * Builds both books, and checks that the stream leaves this one where it leaves the reference.
         *
         * @param capture the loaded stream.
         */
        @Setup(Level.Trial)
        public void setUp(final Capture capture)
        {
            snapshot = new ArrayOrderBook(ArrayOrderBook.DEFAULT_CAPACITY, topProbe);
            book = new ArrayOrderBook(ArrayOrderBook.DEFAULT_CAPACITY, topProbe);
            capture.stream.applySnapshot(snapshot);
            checkAgainstReference(capture, snapshot, book);
        }
    }

    /** The price ladder at the snapshot, and a working copy. */
    @State(Scope.Benchmark)
    public static class LadderBooks
    {
        /** Ticks in each side's window; the production default is LadderOrderBook.DEFAULT_WINDOW_TICKS. */
        @Param({ "65536" })
        public int windowTicks;

        LadderOrderBook snapshot;
        LadderOrderBook book;

        /**
         * Builds both books, and checks that the stream leaves this one where it leaves the reference.
         *
         * @param capture the loaded stream.
         */
        @Setup(Level.Trial)
        public void setUp(final Capture capture)
        {
            snapshot = new LadderOrderBook(ArrayOrderBook.DEFAULT_CAPACITY, windowTicks);
            book = new LadderOrderBook(ArrayOrderBook.DEFAULT_CAPACITY, windowTicks);
            capture.stream.applySnapshot(snapshot);
            checkAgainstReference(capture, snapshot, book);
        }
    }

    /** The reference book at the snapshot, and a working copy. */
    @State(Scope.Benchmark)
    public static class TreeMapBooks
    {
        TreeMapOrderBook snapshot;
        TreeMapOrderBook book;

        /**
         * Builds both books.
         *
         * @param capture the loaded stream.
         */
        @Setup(Level.Trial)
        public void setUp(final Capture capture)
        {
            snapshot = new TreeMapOrderBook();
            book = new TreeMapOrderBook();
            capture.stream.applySnapshot(snapshot);
        }
    }

    /**
     * Reset to the snapshot, then the whole update stream, into the fast book.
     *
     * @param capture the stream.
     * @param books   the fast book's state.
     * @return the final top of book, so that nothing is dead code.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long applyArray(final Capture capture, final ArrayBooks books)
    {
        final ArrayOrderBook book = books.book;
        book.copyFrom(books.snapshot);
        final Side[] sides = capture.sides;
        final long[] prices = capture.prices;
        final long[] qtys = capture.qtys;
        for (int i = 0; i < sides.length; i++)
        {
            book.set(sides[i], prices[i], qtys[i]);
        }
        return book.bestBidPrice() + book.bestAskQty();
    }

    /**
     * Reset to the snapshot, then the whole update stream, into the price ladder.
     *
     * @param capture the stream.
     * @param books   the ladder's state.
     * @return the final top of book.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long applyLadder(final Capture capture, final LadderBooks books)
    {
        final LadderOrderBook book = books.book;
        book.copyFrom(books.snapshot);
        final Side[] sides = capture.sides;
        final long[] prices = capture.prices;
        final long[] qtys = capture.qtys;
        for (int i = 0; i < sides.length; i++)
        {
            book.set(sides[i], prices[i], qtys[i]);
        }
        return book.bestBidPrice() + book.bestAskQty();
    }

    /**
     * Reset to the snapshot, then the whole update stream, into the reference book.
     *
     * @param capture the stream.
     * @param books   the reference book's state.
     * @return the final top of book.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long applyTreeMap(final Capture capture, final TreeMapBooks books)
    {
        final TreeMapOrderBook book = books.book;
        book.copyFrom(books.snapshot);
        final Side[] sides = capture.sides;
        final long[] prices = capture.prices;
        final long[] qtys = capture.qtys;
        for (int i = 0; i < sides.length; i++)
        {
            book.set(sides[i], prices[i], qtys[i]);
        }
        return book.bestBidPrice() + book.bestAskQty();
    }

    /**
     * The reset alone, spread over the same number of updates: the share of {@link #applyArray} to subtract.
     *
     * @param books the fast book's state.
     * @return the top of book.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long resetArray(final ArrayBooks books)
    {
        books.book.copyFrom(books.snapshot);
        return books.book.bestBidPrice();
    }

    /**
     * The reset alone, spread over the same number of updates: the share of {@link #applyLadder} to subtract.
     *
     * @param books the ladder's state.
     * @return the top of book.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long resetLadder(final LadderBooks books)
    {
        books.book.copyFrom(books.snapshot);
        return books.book.bestBidPrice();
    }

    /**
     * The reset alone, spread over the same number of updates: the share of {@link #applyTreeMap} to subtract.
     *
     * @param books the reference book's state.
     * @return the top of book.
     */
    @Benchmark
    @OperationsPerInvocation(LEVEL_UPDATES)
    public long resetTreeMap(final TreeMapBooks books)
    {
        books.book.copyFrom(books.snapshot);
        return books.book.bestBidPrice();
    }

    /**
     * What a strategy reads on every event: both best levels, the crossing check and the top-10 liquidity.
     *
     * @param books the fast book's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topOfBookArray(final ArrayBooks books)
    {
        return readTop(books.snapshot);
    }

    /**
     * The same reads from the reference book.
     *
     * @param books the reference book's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topOfBookTreeMap(final TreeMapBooks books)
    {
        return readTop(books.snapshot);
    }

    /**
     * The same reads from the price ladder.
     *
     * @param books the ladder's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topOfBookLadder(final LadderBooks books)
    {
        return readTop(books.snapshot);
    }

    /**
     * A strategy reading the ten best levels of both sides by index, price and quantity.
     *
     * @param books the fast book's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topTenLevelsArray(final ArrayBooks books)
    {
        return readTopTen(books.snapshot);
    }

    /**
     * The same indexed reads from the reference book.
     *
     * @param books the reference book's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topTenLevelsTreeMap(final TreeMapBooks books)
    {
        return readTopTen(books.snapshot);
    }

    /**
     * The same indexed reads from the price ladder.
     *
     * @param books the ladder's state.
     * @return a combination of the reads.
     */
    @Benchmark
    public long topTenLevelsLadder(final LadderBooks books)
    {
        return readTopTen(books.snapshot);
    }

    private static long readTopTen(final OrderBook book)
    {
        long sum = 0;
        for (int level = 0; level < 10; level++)
        {
            sum += book.price(Side.BID, level) * 31 + book.qty(Side.BID, level);
            sum -= book.price(Side.ASK, level) * 17 + book.qty(Side.ASK, level);
        }
        return sum;
    }

    private static long readTop(final OrderBook book)
    {
        final long spread = book.bestAskPrice() - book.bestBidPrice();
        final long imbalance = book.totalQty(Side.BID, 10) - book.totalQty(Side.ASK, 10);
        return book.isCrossed() ? -1 : spread + imbalance + book.bestBidQty() + book.bestAskQty();
    }

    private static void checkAgainstReference(final Capture capture, final OrderBook snapshot, final OrderBook book)
    {
        // A benchmark of a wrong book is worthless: it must end the stream exactly where the reference does.
        final TreeMapOrderBook reference = new TreeMapOrderBook();
        reference.copyFrom(snapshot);
        book.copyFrom(snapshot);
        capture.stream.applyUpdates(reference);
        capture.stream.applyUpdates(book);
        for (final Side side : new Side[]{ Side.BID, Side.ASK })
        {
            for (int level = 0; level <= reference.depth(side); level++)
            {
                if (book.price(side, level) != reference.price(side, level) || book.qty(side, level) != reference.qty(side, level))
                {
                    throw new IllegalStateException(side + " level " + level + " disagrees with the reference after the stream");
                }
            }
        }
    }
}
