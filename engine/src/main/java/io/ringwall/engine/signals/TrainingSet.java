package io.ringwall.engine.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Labelled samples in event-time order. A snapshot at time t of an instrument is labelled by the mid of
 * the first snapshot of the same instrument (and journal) at or after t + horizon: 1 if above the mid at t,
 * 0 if below. The sample is dropped as a tie if the mids are equal, and as missing if no snapshot falls in
 * [t + horizon, t + horizon + tolerance] (the end of a series, a gap while the book was not LIVE) or a mid
 * is not finite. Feature values are kept raw (NaN where undefined); the standardiser imputes them.
 */
public final class TrainingSet
{
    /** The feature the labels compare. */
    public static final String MID = "mid";

    private final List<String> features;
    private final long horizonNs;
    private final long toleranceNs;
    private final double[][] x;
    private final int[] y;
    private final long[] timesNs;
    private final int[] seriesIndex;
    private final List<SnapshotSeries> series;
    private final long droppedTies;
    private final long droppedMissing;

    private TrainingSet(
        final List<String> features, final long horizonNs, final long toleranceNs, final double[][] x, final int[] y,
        final long[] timesNs, final int[] seriesIndex, final List<SnapshotSeries> series, final long droppedTies,
        final long droppedMissing)
    {
        this.features = features;
        this.horizonNs = horizonNs;
        this.toleranceNs = toleranceNs;
        this.x = x;
        this.y = y;
        this.timesNs = timesNs;
        this.seriesIndex = seriesIndex;
        this.series = series;
        this.droppedTies = droppedTies;
        this.droppedMissing = droppedMissing;
    }

    /**
     * Labels every snapshot of the series and pools the samples in time order (equal times keep the series'
     * order, so the result is deterministic).
     *
     * @param series      the snapshots, one series per instrument and journal.
     * @param features    the features to learn from; a series without one gives NaN.
     * @param horizonNs   how far ahead the label looks (positive).
     * @param toleranceNs how late after t + horizon the labelling snapshot may be (not negative).
     * @return the samples.
     * @throws IllegalArgumentException if a series carries no "mid", or for a bad horizon or tolerance.
     */
    public static TrainingSet label(
        final List<SnapshotSeries> series, final List<String> features, final long horizonNs, final long toleranceNs)
    {
        if (horizonNs <= 0)
        {
            throw new IllegalArgumentException("horizonNs must be positive, got " + horizonNs);
        }
        if (toleranceNs < 0)
        {
            throw new IllegalArgumentException("toleranceNs must not be negative, got " + toleranceNs);
        }
        final List<Sample> samples = new ArrayList<>();
        long ties = 0;
        long missing = 0;
        for (int s = 0; s < series.size(); s++)
        {
            final SnapshotSeries one = series.get(s);
            final int midColumn = one.column(MID);
            if (midColumn < 0)
            {
                throw new IllegalArgumentException("snapshots of " + one.symbol() + " from " + one.source() + " carry no '" + MID + "'");
            }
            final int[] columns = new int[features.size()];
            for (int f = 0; f < columns.length; f++)
            {
                columns[f] = one.column(features.get(f));
            }
            for (int row = 0; row < one.size(); row++)
            {
                final long t = one.timeNs(row);
                final int ahead = one.firstAtOrAfter(t + horizonNs);
                final double now = one.value(row, midColumn);
                final double later = ahead < one.size() && one.timeNs(ahead) <= t + horizonNs + toleranceNs ?
                    one.value(ahead, midColumn) : Double.NaN;
                if (!Double.isFinite(now) || !Double.isFinite(later))
                {
                    missing++;
                    continue;
                }
                if (later == now)
                {
                    ties++;
                    continue;
                }
                final double[] values = new double[columns.length];
                for (int f = 0; f < columns.length; f++)
                {
                    values[f] = one.value(row, columns[f]);
                }
                samples.add(new Sample(t, s, values, later > now ? 1 : 0));
            }
        }
        samples.sort(Comparator.comparingLong(Sample::timeNs).thenComparingInt(Sample::series));
        final int n = samples.size();
        final double[][] x = new double[n][];
        final int[] y = new int[n];
        final long[] times = new long[n];
        final int[] from = new int[n];
        for (int i = 0; i < n; i++)
        {
            final Sample sample = samples.get(i);
            x[i] = sample.values;
            y[i] = sample.label;
            times[i] = sample.timeNs;
            from[i] = sample.series;
        }
        return new TrainingSet(Collections.unmodifiableList(List.copyOf(features)), horizonNs, toleranceNs, x, y, times, from,
            Collections.unmodifiableList(List.copyOf(series)), ties, missing);
    }

    /** @return the feature names, in column order. */
    public List<String> features()
    {
        return features;
    }

    public long horizonNs()
    {
        return horizonNs;
    }

    public long toleranceNs()
    {
        return toleranceNs;
    }

    /** @return how many labelled samples. */
    public int size()
    {
        return y.length;
    }

    /** @return sample i's raw feature values (NaN where undefined); do not modify. */
    public double[] x(final int i)
    {
        return x[i];
    }

    /** @return sample i's label, 1 for up and 0 for down. */
    public int y(final int i)
    {
        return y[i];
    }

    /** @return sample i's event time; samples are in ascending time. */
    public long timeNs(final int i)
    {
        return timesNs[i];
    }

    /** @return the series sample i came from. */
    public SnapshotSeries seriesOf(final int i)
    {
        return series.get(seriesIndex[i]);
    }

    /** @return the series labelled. */
    public List<SnapshotSeries> series()
    {
        return series;
    }

    /** @return how many labelled 1. */
    public long positives()
    {
        long count = 0;
        for (final int label : y)
        {
            count += label;
        }
        return count;
    }

    /** @return snapshots dropped because the mid did not change over the horizon. */
    public long droppedTies()
    {
        return droppedTies;
    }

    /** @return snapshots dropped because no snapshot (or no finite mid) was there to label them. */
    public long droppedMissing()
    {
        return droppedMissing;
    }

    private record Sample(long timeNs, int series, double[] values, int label)
    {
    }
}
