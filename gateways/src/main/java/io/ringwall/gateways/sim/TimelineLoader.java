package io.ringwall.gateways.sim;

import io.ringwall.gateways.capture.CaptureFormat;
import io.ringwall.gateways.capture.CaptureHandler;
import io.ringwall.gateways.capture.CaptureReader;
import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the simulator's timeline from captures. Frames keep their exact recorded bytes; REST snapshots
 * are not streamed but seed the books. Per symbol, everything before the point where its book is
 * established (its snapshot plus the first diff that chains to it) is left out, so that everything served
 * agrees with the snapshots the simulator can give. The chain rules are the client's:
 * spot {@code U <= L+1 <= u} then {@code U <= prev u + 1}; futures {@code pu <= L < u} then {@code pu == prev u}.
 * A gap in the recording itself is bridged by the next snapshot that chains, the frames in between left out.
 */
final class TimelineLoader
{
    private static final Logger LOG = LoggerFactory.getLogger(TimelineLoader.class);

    /**
     * One capture to load.
     *
     * @param file   the capture file.
     * @param format its format.
     */
    record Source(Path file, CaptureFormat format)
    {
    }

    /** A record of the merged captures: a frame or a snapshot. */
    private record Entry(long timeNs, TimelineFrame frame, DepthImage snapshot)
    {
    }

    private final FrameParser parser = new FrameParser();
    private final Map<String, int[]> decimals = new HashMap<>();
    private long unusable;
    private long skipped;

    private TimelineLoader()
    {
    }

    /**
     * @param sources the captures, merged by receive time (each keeps its own order).
     * @return the timeline.
     * @throws IOException if a capture cannot be read.
     */
    static Timeline load(final List<Source> sources) throws IOException
    {
        return new TimelineLoader().build(sources);
    }

    private Timeline build(final List<Source> sources) throws IOException
    {
        final List<List<Entry>> perSource = new ArrayList<>();
        for (final Source source : sources)
        {
            try
            {
                perSource.add(read(source));
            }
            catch (final UncheckedIOException ex)
            {
                throw new IOException("cannot read capture " + source.file() + ": " + ex.getCause().getMessage(), ex.getCause());
            }
        }
        final List<Entry> merged = merge(perSource);

        final Map<String, List<Integer>> framesBySymbol = new LinkedHashMap<>();
        final Map<String, List<DepthImage>> snapshotsBySymbol = new HashMap<>();
        for (int i = 0; i < merged.size(); i++)
        {
            final Entry e = merged.get(i);
            if (e.frame != null && e.frame.symbol != null)
            {
                framesBySymbol.computeIfAbsent(e.frame.symbol, s -> new ArrayList<>()).add(i);
            }
            else if (e.snapshot != null)
            {
                snapshotsBySymbol.computeIfAbsent(e.snapshot.symbol, s -> new ArrayList<>()).add(e.snapshot);
                framesBySymbol.computeIfAbsent(e.snapshot.symbol, s -> new ArrayList<>());
            }
        }

        final boolean[] drop = new boolean[merged.size()];
        final Map<String, SimBook> books = new LinkedHashMap<>();
        for (final Map.Entry<String, List<Integer>> symbolFrames : framesBySymbol.entrySet())
        {
            final String symbol = symbolFrames.getKey();
            final SimBook book = establish(symbol, merged, symbolFrames.getValue(),
                snapshotsBySymbol.getOrDefault(symbol, List.of()), drop);
            if (book != null)
            {
                books.put(symbol, book);
            }
        }

        final List<TimelineFrame> frames = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++)
        {
            final Entry e = merged.get(i);
            if (e.frame != null)
            {
                if (drop[i])
                {
                    skipped++;
                }
                else
                {
                    frames.add(e.frame);
                }
            }
        }
        return new Timeline(Collections.unmodifiableList(frames), Collections.unmodifiableMap(books), skipped, unusable);
    }

    /**
     * Positions one symbol's book and marks its frames that cannot be served consistently.
     *
     * @return the book, or null if the symbol has no usable snapshot.
     */
    private SimBook establish(
        final String symbol,
        final List<Entry> merged,
        final List<Integer> frameIndexes,
        final List<DepthImage> snapshots,
        final boolean[] drop)
    {
        final List<Integer> depth = new ArrayList<>();
        for (final int i : frameIndexes)
        {
            if (merged.get(i).frame.depth)
            {
                depth.add(i);
            }
        }
        final int[] dec = decimals.getOrDefault(symbol, new int[2]);
        if (depth.isEmpty())
        {
            // Trades or tickers alone: nothing to keep consistent; serve them, answer REST if a snapshot exists.
            return snapshots.isEmpty() ? null : new SimBook(snapshots.get(0), dec[0], dec[1]);
        }

        int[] at = chainStart(merged, depth, 0, snapshots, 0);
        if (at == null)
        {
            LOG.warn("simulator: {} has no snapshot that its diffs chain to; its {} frames are left out", symbol, frameIndexes.size());
            markRange(frameIndexes, drop, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return null;
        }
        final SimBook book = new SimBook(snapshots.get(at[0]), dec[0], dec[1]);
        markRange(frameIndexes, drop, Integer.MIN_VALUE, depth.get(at[1]));

        long prev = merged.get(depth.get(at[1])).frame.lastId;
        int pos = at[1] + 1;
        while (pos < depth.size())
        {
            final TimelineFrame f = merged.get(depth.get(pos)).frame;
            if (f.lastId <= prev || (f.chainsByPrevId() ? f.prevId == prev : f.firstId <= prev + 1))
            {
                prev = Math.max(prev, f.lastId);
                pos++;
                continue;
            }
            // The recording itself has a gap here: bridge it with a later snapshot, as its recorder did.
            final int[] again = chainStart(merged, depth, pos, snapshots, at[0] + 1);
            if (again == null)
            {
                LOG.warn("simulator: {} recording has a gap at {} and no later snapshot; the rest of {} is left out", symbol, f, symbol);
                markRange(frameIndexes, drop, depth.get(pos), Integer.MAX_VALUE);
                break;
            }
            LOG.info("simulator: {} recording has a gap at {}; resuming from {}", symbol, f, snapshots.get(again[0]));
            markRange(frameIndexes, drop, depth.get(pos), depth.get(again[1]));
            final TimelineFrame resume = merged.get(depth.get(again[1])).frame;
            resume.reseed = snapshots.get(again[0]);
            prev = resume.lastId;
            at = again;
            pos = again[1] + 1;
        }
        return book;
    }

    /**
     * Finds the first snapshot (from {@code fromSnapshot}) that the diffs from {@code fromPos} chain to.
     *
     * @return {snapshot index, position in depth of the first diff to apply}, or null.
     */
    private static int[] chainStart(
        final List<Entry> merged,
        final List<Integer> depth,
        final int fromPos,
        final List<DepthImage> snapshots,
        final int fromSnapshot)
    {
        for (int s = fromSnapshot; s < snapshots.size(); s++)
        {
            final long l = snapshots.get(s).lastUpdateId;
            int p = fromPos;
            while (p < depth.size() && merged.get(depth.get(p)).frame.lastId <= l)
            {
                p++;
            }
            if (p == depth.size())
            {
                continue;
            }
            final TimelineFrame f = merged.get(depth.get(p)).frame;
            if (f.chainsByPrevId() ? f.prevId <= l : f.firstId <= l + 1)
            {
                return new int[]{ s, p };
            }
        }
        return null;
    }

    /** Drops the symbol's frames with merged index in [from, to). */
    private static void markRange(final List<Integer> frameIndexes, final boolean[] drop, final int from, final int to)
    {
        for (final int i : frameIndexes)
        {
            if (i >= from && i < to)
            {
                drop[i] = true;
            }
        }
    }

    private List<Entry> read(final Source source) throws IOException
    {
        final List<Entry> entries = new ArrayList<>();
        new CaptureReader().read(source.file(), source.format(), new CaptureHandler()
        {
            @Override
            public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs, final long line)
            {
                final byte[] bytes = new byte[length];
                buffer.getBytes(offset, bytes);
                final TimelineFrame frame = parser.frame(bytes, receiveTimeNs);
                if (frame == null)
                {
                    unusable++;
                    LOG.debug("simulator: {} line {} not served: {}", source.file(), line, parser.error());
                    return;
                }
                if (frame.depth && frame.symbol != null)
                {
                    noteDecimals(frame.symbol);
                }
                entries.add(new Entry(receiveTimeNs, frame, null));
            }

            @Override
            public void onSnapshot(
                final String symbol, final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs, final long line)
            {
                final byte[] bytes = new byte[length];
                buffer.getBytes(offset, bytes);
                final DepthImage image = parser.snapshot(symbol, bytes, receiveTimeNs);
                if (image == null)
                {
                    unusable++;
                    LOG.warn("simulator: {} line {}: unreadable {} snapshot: {}", source.file(), line, symbol, parser.error());
                    return;
                }
                noteDecimals(symbol);
                entries.add(new Entry(receiveTimeNs, null, image));
            }

            @Override
            public void onMalformedLine(final DirectBuffer buffer, final int offset, final int length, final long line, final String reason)
            {
                unusable++;
            }
        });
        return entries;
    }

    private void noteDecimals(final String symbol)
    {
        final int[] d = decimals.computeIfAbsent(symbol, s -> new int[2]);
        d[0] = Math.max(d[0], parser.priceDecimals());
        d[1] = Math.max(d[1], parser.qtyDecimals());
    }

    /** Merges by receive time, each capture keeping its own order (a recorder's clock may step back). */
    private static List<Entry> merge(final List<List<Entry>> sources)
    {
        if (sources.size() == 1)
        {
            return sources.get(0);
        }
        int total = 0;
        for (final List<Entry> s : sources)
        {
            total += s.size();
        }
        final List<Entry> merged = new ArrayList<>(total);
        final int[] next = new int[sources.size()];
        while (merged.size() < total)
        {
            int best = -1;
            for (int s = 0; s < sources.size(); s++)
            {
                if (next[s] < sources.get(s).size() &&
                    (best < 0 || sources.get(s).get(next[s]).timeNs < sources.get(best).get(next[best]).timeNs))
                {
                    best = s;
                }
            }
            merged.add(sources.get(best).get(next[best]++));
        }
        return merged;
    }
}
