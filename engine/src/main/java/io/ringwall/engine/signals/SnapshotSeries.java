package io.ringwall.engine.signals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One instrument's LIVE feature snapshots from one journal, in event-time order, with the feature names its
 * schema gave: the raw material of a training set (labels never look across two series).
 */
public final class SnapshotSeries
{
    private final String source;
    private final int instrumentId;
    private final String symbol;
    private final List<String> names;
    private final long[] timesNs;
    private final double[][] rows;

    /**
     * @param source       where the snapshots came from (a journal directory), for the model's metadata.
     * @param instrumentId the instrument.
     * @param symbol       its symbol (venue:symbol form is not required), or its id as text when unknown.
     * @param names        the feature names, in the order of each row's values.
     * @param timesNs      the snapshots' event times, strictly increasing.
     * @param rows         per snapshot the values in {@code names} order; NaN where not defined.
     */
    public SnapshotSeries(
        final String source, final int instrumentId, final String symbol, final List<String> names, final long[] timesNs,
        final double[][] rows)
    {
        if (timesNs.length != rows.length)
        {
            throw new IllegalArgumentException("timesNs and rows differ in length: " + timesNs.length + " vs " + rows.length);
        }
        for (int i = 0; i < rows.length; i++)
        {
            if (rows[i].length != names.size())
            {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values for " + names.size() + " names");
            }
            if (i > 0 && timesNs[i] <= timesNs[i - 1])
            {
                throw new IllegalArgumentException("timesNs must increase strictly, at row " + i);
            }
        }
        this.source = source;
        this.instrumentId = instrumentId;
        this.symbol = symbol;
        this.names = Collections.unmodifiableList(List.copyOf(names));
        this.timesNs = timesNs;
        this.rows = rows;
    }

    public String source()
    {
        return source;
    }

    public int instrumentId()
    {
        return instrumentId;
    }

    public String symbol()
    {
        return symbol;
    }

    /** @return the feature names, in row order. */
    public List<String> names()
    {
        return names;
    }

    /** @return how many snapshots. */
    public int size()
    {
        return timesNs.length;
    }

    public long timeNs(final int row)
    {
        return timesNs[row];
    }

    /**
     * @param name a feature name.
     * @return its column in the rows, or -1 if this series does not carry it.
     */
    public int column(final String name)
    {
        return names.indexOf(name);
    }

    /**
     * @param row    a snapshot.
     * @param column a column from {@link #column(String)}, or -1.
     * @return the value, NaN for column -1.
     */
    public double value(final int row, final int column)
    {
        return column < 0 ? Double.NaN : rows[row][column];
    }

    /**
     * The first snapshot at or after a time.
     *
     * @param timeNs the time.
     * @return its row, or {@link #size()} if none.
     */
    public int firstAtOrAfter(final long timeNs)
    {
        final int found = Arrays.binarySearch(timesNs, timeNs);
        return found >= 0 ? found : -found - 1;
    }

    @Override
    public String toString()
    {
        return "SnapshotSeries(" + symbol + " from " + source + ", " + timesNs.length + " snapshots)";
    }
}
