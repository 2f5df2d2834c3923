package io.ringwall.engine.cli;

import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.Venues;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.book.BookStats;
import io.ringwall.engine.book.InstrumentBook;
import io.ringwall.engine.book.OrderBook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders books and their health for verify and book.
 */
final class BookReport
{
    private BookReport()
    {
    }

    static String price(final InstrumentBook book, final long mantissa)
    {
        return mantissa == OrderBook.NULL_PRICE ? null : FixedPoint.toString(mantissa, book.priceExponent());
    }

    static String qty(final InstrumentBook book, final long mantissa)
    {
        return FixedPoint.toString(mantissa, book.qtyExponent());
    }

    static Json health(final InstrumentBook book)
    {
        final BookStats s = book.stats();
        return new Json()
            .field("venue", Venues.configName(book.venue()))
            .field("symbol", book.symbol())
            .field("depthUpdates", s.depthUpdates())
            .field("applied", s.applied())
            .field("skipped", s.skipped())
            .field("gaps", s.gaps())
            .field("resyncs", s.resyncs())
            .field("crossed", s.crossed())
            .field("tickerChecks", s.tickerChecks())
            .field("tickerMismatches", s.tickerMismatches())
            .field("malformed", s.malformed())
            .field("snapshots", s.snapshots())
            .field("staleSnapshots", s.staleSnapshots())
            .field("snapshotRequests", s.snapshotRequests())
            .field("trades", s.trades())
            .field("state", book.state().name())
            .field("updateId", book.updateId())
            .field("bestBid", price(book, book.book().bestBidPrice()))
            .field("bestAsk", price(book, book.book().bestAskPrice()));
    }

    static List<String> healthTable(final List<InstrumentBook> books)
    {
        final List<String> lines = new ArrayList<>();
        final String format = "%-9s %-10s %-8s %8s %8s %5s %7s %7s %8s %10s %9s %14s %14s";
        lines.add(String.format(Locale.ROOT, format, "venue", "symbol", "state", "depth", "applied", "gaps", "resyncs",
            "crossed", "tickers", "mismatches", "malformed", "bestBid", "bestAsk"));
        for (final InstrumentBook b : books)
        {
            final BookStats s = b.stats();
            lines.add(String.format(Locale.ROOT, format, Venues.configName(b.venue()), b.symbol(), b.state(),
                s.depthUpdates(), s.applied(), s.gaps(), s.resyncs(), s.crossed(), s.tickerChecks(), s.tickerMismatches(),
                s.malformed(), orDash(price(b, b.book().bestBidPrice())), orDash(price(b, b.book().bestAskPrice()))));
        }
        return lines;
    }

    static String levelsJson(final InstrumentBook book, final Side side, final int depth)
    {
        final OrderBook ob = book.book();
        final StringBuilder sb = new StringBuilder("[");
        final int n = Math.min(depth, ob.depth(side));
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.append(',');
            }
            sb.append("{\"price\":\"").append(price(book, ob.price(side, i))).append("\",\"qty\":\"")
                .append(qty(book, ob.qty(side, i))).append("\"}");
        }
        return sb.append(']').toString();
    }

    static String orDash(final String s)
    {
        return s == null ? "-" : s;
    }
}
