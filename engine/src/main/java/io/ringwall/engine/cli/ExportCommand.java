package io.ringwall.engine.cli;

import io.ringwall.codecs.Events;
import io.ringwall.codecs.FixedPoint;
import io.ringwall.codecs.Instrument;
import io.ringwall.codecs.sbe.FeatureSchemaDecoder;
import io.ringwall.codecs.sbe.FeatureSnapshotDecoder;
import io.ringwall.codecs.sbe.MessageHeaderDecoder;
import io.ringwall.codecs.sbe.TradeDecoder;
import io.ringwall.codecs.sbe.WallEventDecoder;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.journal.InstrumentCatalog;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalTailer;
import org.agrona.DirectBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ringwall export}: a journal's feature snapshots, wall events or trades as CSV for notebooks and
 * spreadsheets, read as recorded (no re-run), with real prices and quantities from each instrument's
 * definition in the journal.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
        "Write a journal's feature snapshots, wall events or trades as CSV with a header row, as recorded.",
        "features: time, instrument, bookState, trigger, then one column per feature name (empty = not defined);",
        "walls: time, instrument, wallId, change, side, priceLow, priceHigh, levels, size, peakSize, notional, distanceBps,",
        "ageNs, tradedQty, tradedFraction; trades: time, instrument, price, qty, aggressor, tradeId, firstTradeId,",
        "lastTradeId, source, printType. Times are ISO-8601 UTC receive times; prices and quantities are decimal."
    })
final class ExportCommand implements Callable<Integer>
{
    enum Type { features, walls, trades }

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal.")
    Path journalDir;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "What to export: ${COMPLETION-CANDIDATES}.")
    Type type;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path out;

    @Option(names = "--instrument", paramLabel = "SYMBOL", description = "Only this instrument (symbol, any case).")
    String instrument;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final InstrumentCatalog catalog = new InstrumentCatalog();
    private final StringBuilder line = new StringBuilder(4096);
    private long rows;
    private long undefined;

    @Override
    public Integer call()
    {
        try (Journal journal = CliSupport.openJournal(journalDir);
             Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8))
        {
            switch (type)
            {
                case features -> exportFeatures(journal, csv);
                case walls -> exportWalls(journal, csv);
                case trades -> exportTrades(journal, csv);
                default -> throw new IllegalStateException("unknown type " + type);
            }
            csv.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + out + ": " + ex.getMessage(), ex);
        }
        if (json)
        {
            System.out.println(new Json().field("type", type.name()).field("out", out.toString()).field("rows", rows)
                .field("skippedWithoutDefinition", undefined));
        }
        else
        {
            System.out.println("exported " + CliSupport.count(rows) + " " + type + " rows to " + out +
                (undefined > 0 ? " (" + CliSupport.count(undefined) + " events of instruments without a definition skipped)" : ""));
        }
        return ExitCodes.OK;
    }

    private void exportFeatures(final Journal journal, final Writer csv)
    {
        // First pass: the union of the feature names the schemas give, in the order they first appear.
        final List<String> columns = new ArrayList<>();
        final Map<String, Integer> columnByName = new HashMap<>();
        final Map<Integer, int[]> columnById = new HashMap<>();
        final FeatureSchemaDecoder schema = new FeatureSchemaDecoder();
        read(journal, (buffer, offset, length) ->
        {
            if (Events.templateId(buffer, offset) != FeatureSchemaDecoder.TEMPLATE_ID)
            {
                return;
            }
            header.wrap(buffer, offset);
            schema.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            final int[] byId = new int[FeatureCatalog.MAX_ID + 1];
            Arrays.fill(byId, -1);
            final FeatureSchemaDecoder.FeaturesDecoder features = schema.features();
            while (features.hasNext())
            {
                features.next();
                final int id = features.featureId();
                final String name = features.name();
                final Integer known = columnByName.get(name);
                final int column = known != null ? known : columns.size();
                if (known == null)
                {
                    columnByName.put(name, column);
                    columns.add(name);
                }
                if (id <= FeatureCatalog.MAX_ID)
                {
                    byId[id] = column;
                }
            }
            columnById.put(schema.header().instrumentId(), byId);
        });
        line.setLength(0);
        line.append("time,instrument,bookState,trigger");
        for (final String name : columns)
        {
            line.append(',').append(name);
        }
        write(csv);

        final FeatureSnapshotDecoder snapshot = new FeatureSnapshotDecoder();
        final double[] values = new double[columns.size()];
        read(journal, (buffer, offset, length) ->
        {
            if (Events.templateId(buffer, offset) != FeatureSnapshotDecoder.TEMPLATE_ID)
            {
                return;
            }
            final Instrument about = selected(Events.instrumentId(buffer, offset));
            if (about == null)
            {
                return;
            }
            header.wrap(buffer, offset);
            snapshot.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            Arrays.fill(values, Double.NaN);
            final int[] byId = columnById.get(about.id());
            final FeatureSnapshotDecoder.FeaturesDecoder features = snapshot.features();
            while (features.hasNext())
            {
                features.next();
                final int id = features.featureId();
                if (byId != null && id <= FeatureCatalog.MAX_ID && byId[id] >= 0)
                {
                    values[byId[id]] = features.value();
                }
            }
            start(buffer, offset, about).append(',').append(snapshot.bookState()).append(',').append(snapshot.trigger());
            for (final double value : values)
            {
                number(line.append(','), value);
            }
            write(csv);
        });
    }

    private void exportWalls(final Journal journal, final Writer csv)
    {
        line.setLength(0);
        line.append("time,instrument,wallId,change,side,priceLow,priceHigh,levels,size,peakSize,notional,distanceBps,ageNs,tradedQty,tradedFraction");
        write(csv);
        final WallEventDecoder wall = new WallEventDecoder();
        read(journal, (buffer, offset, length) ->
        {
            if (Events.templateId(buffer, offset) != WallEventDecoder.TEMPLATE_ID)
            {
                return;
            }
            final Instrument about = selected(Events.instrumentId(buffer, offset));
            if (about == null)
            {
                return;
            }
            header.wrap(buffer, offset);
            wall.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            final int px = about.priceExponent();
            final int qx = about.qtyExponent();
            start(buffer, offset, about).append(',').append(wall.wallId()).append(',').append(wall.change()).append(',').append(wall.side());
            FixedPoint.append(line.append(','), wall.priceLow(), px);
            FixedPoint.append(line.append(','), wall.priceHigh(), px);
            line.append(',').append(wall.levels());
            FixedPoint.append(line.append(','), wall.size(), qx);
            FixedPoint.append(line.append(','), wall.peakSize(), qx);
            number(line.append(','), wall.notional());
            number(line.append(','), wall.distanceBps());
            line.append(',').append(wall.ageNs());
            FixedPoint.append(line.append(','), wall.tradedQty(), qx);
            number(line.append(','), wall.tradedFraction());
            write(csv);
        });
    }

    private void exportTrades(final Journal journal, final Writer csv)
    {
        line.setLength(0);
        line.append("time,instrument,price,qty,aggressor,tradeId,firstTradeId,lastTradeId,source,printType");
        write(csv);
        final TradeDecoder trade = new TradeDecoder();
        read(journal, (buffer, offset, length) ->
        {
            if (Events.templateId(buffer, offset) != TradeDecoder.TEMPLATE_ID)
            {
                return;
            }
            final Instrument about = selected(Events.instrumentId(buffer, offset));
            if (about == null)
            {
                return;
            }
            header.wrap(buffer, offset);
            trade.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(), header.version());
            start(buffer, offset, about);
            FixedPoint.append(line.append(','), trade.price(), about.priceExponent());
            FixedPoint.append(line.append(','), trade.qty(), about.qtyExponent());
            line.append(',').append(trade.aggressor()).append(',').append(trade.tradeId()).append(',').append(trade.firstTradeId())
                .append(',').append(trade.lastTradeId()).append(',').append(trade.source()).append(',').append(trade.printType());
            write(csv);
        });
    }

    /** The instrument an event is about if it is to be exported, else null (counting those never defined). */
    private Instrument selected(final int instrumentId)
    {
        final Instrument about = catalog.byId(instrumentId);
        if (about == null)
        {
            undefined++;
            return null;
        }
        return instrument == null || instrument.trim().equalsIgnoreCase(about.symbol()) ? about : null;
    }

    private StringBuilder start(final DirectBuffer buffer, final int offset, final Instrument about)
    {
        rows++;
        line.setLength(0);
        return line.append(CliSupport.isoTime(Events.receiveTimeNs(buffer, offset))).append(',').append(about.symbol());
    }

    private static void number(final StringBuilder out, final double value)
    {
        if (Double.isFinite(value))
        {
            out.append(value);
        }
    }

    private void write(final Writer csv)
    {
        try
        {
            csv.append(line).append('\n');
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + out + ": " + ex.getMessage(), ex);
        }
    }

    /** Reads every event of the journal, learning instruments on the way, and hands the events on. */
    private void read(final Journal journal, final EventHandler handler)
    {
        try (JournalTailer tailer = journal.tailer())
        {
            while (tailer.read((buffer, offset, length, index) ->
            {
                if (Events.isEvent(buffer, offset, length))
                {
                    catalog.learn(buffer, offset, length);
                    handler.onEvent(buffer, offset, length);
                }
            }))
            {
                // to the end
            }
        }
    }

    @FunctionalInterface
    private interface EventHandler
    {
        void onEvent(DirectBuffer buffer, int offset, int length);
    }
}
