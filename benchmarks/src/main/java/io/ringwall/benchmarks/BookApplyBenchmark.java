package io.ringwall.benchmarks;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.ArrayOrderBook;
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
 * after a 1000-level REST snapshot) into the fast {@link ArrayOrderBook} and the {@link TreeMapOrderBook}
 * reference.
 * <p>
 * One invocation resets the book to the snapshot with {@code copyFrom} a prebuilt snapshot book and then
 * applies the whole stream; its time is divided by the number of level updates. The reset is included in
 * that figure and is measured on its own by the {@code reset*} benchmarks, with the same divisor, so that
 * {@code apply* - reset*} is the pure per-update cost (the reset is well under 1% of an array pass).
 * {@code -p topProbe=0,8} compares the fast book with and without its linear probe from the best.
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
        @Param({ "0" })
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
     * What a strategy reads on every event: both best levels and the crossing check.
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
     * The liquidity within the best 10 levels of each side, the first input of wall and imbalance features.
     *
     * @param books the fast book's state.
     * @return bid minus ask quantity.
     */
    @Benchmark
    public long top10QtyArray(final ArrayBooks books)
    {
        return books.snapshot.totalQty(Side.BID, 10) - books.snapshot.totalQty(Side.ASK, 10);
    }

    /**
     * The same sums from the reference book.
     *
     * @param books the reference book's state.
     * @return bid minus ask quantity.
     */
    @Benchmark
    public long top10QtyTreeMap(final TreeMapBooks books)
    {
        return books.snapshot.totalQty(Side.BID, 10) - books.snapshot.totalQty(Side.ASK, 10);
    }

    private static long readTop(final OrderBook book)
    {
        final long spread = book.bestAskPrice() - book.bestBidPrice();
        return book.isCrossed() ? -1 : spread + book.bestBidQty() + book.bestAskQty();
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
