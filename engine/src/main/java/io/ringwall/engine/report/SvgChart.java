package io.ringwall.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain inline SVG time-series chart (lines, step lines and trade markers) for the self-contained HTML
 * report: no scripts, no fonts or styles fetched, the axis labelled with its range and UTC times.
 */
final class SvgChart
{
    private static final int WIDTH = 960;
    private static final int HEIGHT = 220;
    private static final int LEFT = 90;
    private static final int RIGHT = 10;
    private static final int TOP = 24;
    private static final int BOTTOM = 24;

    private final String title;
    private final List<String> layers = new ArrayList<>();
    private final List<long[]> times = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<Boolean> steps = new ArrayList<>();
    private final List<String> colors = new ArrayList<>();
    private final List<Object[]> markers = new ArrayList<>();

    SvgChart(final String title)
    {
        this.title = title;
    }

    /** A series; NaN values break the line. */
    SvgChart line(final long[] t, final double[] y, final String color, final boolean step)
    {
        times.add(t);
        values.add(y);
        steps.add(step);
        colors.add(color);
        return this;
    }

    /** A trade marker: a triangle pointing up (buy) or down (sell), with a tooltip. */
    SvgChart marker(final long t, final double y, final boolean buy, final String color, final String tooltip)
    {
        markers.add(new Object[] {t, y, buy, color, tooltip});
        return this;
    }

    String render()
    {
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < times.size(); s++)
        {
            for (int i = 0; i < times.get(s).length; i++)
            {
                t0 = Math.min(t0, times.get(s)[i]);
                t1 = Math.max(t1, times.get(s)[i]);
                final double y = values.get(s)[i];
                if (Double.isFinite(y))
                {
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        for (final Object[] m : markers)
        {
            t0 = Math.min(t0, (Long)m[0]);
            t1 = Math.max(t1, (Long)m[0]);
            y0 = Math.min(y0, (Double)m[1]);
            y1 = Math.max(y1, (Double)m[1]);
        }
        final StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
            .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"15\" font-weight=\"bold\">").append(Html.escape(title)).append("</text>");
        if (t0 > t1 || y0 > y1)
        {
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT / 2).append("\">no data</text></svg>");
            return svg.toString();
        }
        if (y0 == y1)
        {
            y0 -= 1;
            y1 += 1;
        }
        final double pad = (y1 - y0) * 0.05;
        y0 -= pad;
        y1 += pad;
        final Scale scale = new Scale(t0, t1 == t0 ? t0 + 1 : t1, y0, y1);
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
            .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" fill=\"none\" stroke=\"#ccc\"/>");
        axisLabel(svg, LEFT - 4, TOP + 10, "end", number(y1));
        axisLabel(svg, LEFT - 4, HEIGHT - BOTTOM, "end", number(y0));
        axisLabel(svg, LEFT, HEIGHT - 6, "start", Html.utc(t0));
        axisLabel(svg, WIDTH - RIGHT, HEIGHT - 6, "end", Html.utc(t1));
        for (int s = 0; s < times.size(); s++)
        {
            path(svg, scale, times.get(s), values.get(s), steps.get(s), colors.get(s));
        }
        for (final Object[] m : markers)
        {
            final double x = scale.x((Long)m[0]);
            final double y = scale.y((Double)m[1]);
            final double dy = (Boolean)m[2] ? 6 : -6;
            svg.append("<path d=\"M").append(f(x)).append(' ').append(f(y - dy)).append(" L").append(f(x - 5)).append(' ')
                .append(f(y + dy)).append(" L").append(f(x + 5)).append(' ').append(f(y + dy)).append(" Z\" fill=\"")
                .append(m[3]).append("\"><title>").append(Html.escape((String)m[4])).append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    private static void path(
        final StringBuilder svg, final Scale scale, final long[] t, final double[] y, final boolean step, final String color)
    {
        final StringBuilder d = new StringBuilder(t.length * 16);
        boolean pen = false;
        double lastY = 0;
        for (int i = 0; i < t.length; i++)
        {
            if (!Double.isFinite(y[i]))
            {
                pen = false;
                continue;
            }
            final double px = scale.x(t[i]);
            final double py = scale.y(y[i]);
            if (pen && step)
            {
                d.append(" L").append(f(px)).append(' ').append(f(lastY));
            }
            d.append(pen ? " L" : " M").append(f(px)).append(' ').append(f(py));
            pen = true;
            lastY = py;
        }
        if (d.length() > 0)
        {
            svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.2\"/>");
        }
    }

    private static void axisLabel(final StringBuilder svg, final int x, final int y, final String anchor, final String text)
    {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor).append("\" fill=\"#555\">")
            .append(Html.escape(text)).append("</text>");
    }

    private static String f(final double v)
    {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String number(final double v)
    {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private record Scale(long t0, long t1, double y0, double y1)
    {
        double x(final long t)
        {
            return LEFT + (double)(t - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
        }

        double y(final double v)
        {
            return HEIGHT - BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
