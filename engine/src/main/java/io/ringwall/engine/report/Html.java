package io.ringwall.engine.report;

import java.time.Instant;

/**
 * Text helpers for the HTML report.
 */
final class Html
{
    private Html()
    {
    }

    static String escape(final String s)
    {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Event time as an ISO-8601 UTC instant (deterministic, locale-free). */
    static String utc(final long timeNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(timeNs, 1_000_000_000L), Math.floorMod(timeNs, 1_000_000_000L)).toString();
    }
}
