package io.ringwall.engine.cli;

import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.analytics.InstrumentAnalytics;
import io.ringwall.engine.analytics.MarketAnalytics;
import io.ringwall.engine.book.InstrumentBook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the analytics stage did per instrument, for the end of a run: wall lifecycles by ending, snapshots,
 * signals, regime changes and where the last signal stood.
 */
final class AnalyticsReport
{
    private AnalyticsReport()
    {
    }

    static Json json(final InstrumentAnalytics a)
    {
        return new Json()
            .field("symbol", a.book().symbol())
            .field("wallsAppeared", a.wallChanges(WallChange.APPEARED))
            .field("wallsConsumed", a.wallChanges(WallChange.CONSUMED))
            .field("wallsPulled", a.wallChanges(WallChange.PULLED))
            .field("wallsFaded", a.wallChanges(WallChange.FADED))
            .field("featureSnapshots", a.snapshots())
            .field("signals", a.signals())
            .field("lastUpProbability", a.lastConfidence())
            .field("regimeChanges", a.regimeChanges())
            .field("regime", a.regime().name());
    }

    /** One JSON array of every instrument's analytics, or null when the stage is off. */
    static String jsonArray(final MarketAnalytics analytics, final List<InstrumentBook> books)
    {
        if (analytics == null)
        {
            return null;
        }
        final StringBuilder list = new StringBuilder("[");
        for (final InstrumentBook book : books)
        {
            final InstrumentAnalytics a = analytics.get(book.instrumentId());
            if (a != null)
            {
                list.append(list.length() == 1 ? "" : ",").append(json(a));
            }
        }
        return list.append(']').toString();
    }

    static List<String> table(final MarketAnalytics analytics, final List<InstrumentBook> books)
    {
        final List<String> lines = new ArrayList<>();
        if (analytics == null)
        {
            lines.add("analytics: off (config analytics.enabled)");
            return lines;
        }
        final String format = "%-10s %8s %9s %7s %6s %10s %8s %10s %8s %-15s";
        lines.add(String.format(Locale.ROOT, format, "symbol", "walls", "consumed", "pulled", "faded", "snapshots", "signals",
            "last p(up)", "regimes", "regime now"));
        for (final InstrumentBook book : books)
        {
            final InstrumentAnalytics a = analytics.get(book.instrumentId());
            if (a == null)
            {
                continue;
            }
            lines.add(String.format(Locale.ROOT, format, book.symbol(), a.wallChanges(WallChange.APPEARED),
                a.wallChanges(WallChange.CONSUMED), a.wallChanges(WallChange.PULLED), a.wallChanges(WallChange.FADED),
                a.snapshots(), a.signals(), Double.isNaN(a.lastConfidence()) ? "-" : String.format(Locale.ROOT, "%.3f", a.lastConfidence()),
                a.regimeChanges(), a.regime()));
        }
        return lines;
    }
}
