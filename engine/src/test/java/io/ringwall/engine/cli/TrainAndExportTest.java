package io.ringwall.engine.cli;

import io.ringwall.codecs.sbe.AggressorSide;
import io.ringwall.codecs.sbe.BookState;
import io.ringwall.codecs.sbe.MessageHeaderEncoder;
import io.ringwall.codecs.sbe.PrintType;
import io.ringwall.codecs.sbe.Side;
import io.ringwall.codecs.sbe.SnapshotTrigger;
import io.ringwall.codecs.sbe.TradeEncoder;
import io.ringwall.codecs.sbe.TradeSource;
import io.ringwall.codecs.sbe.Venue;
import io.ringwall.codecs.sbe.WallChange;
import io.ringwall.engine.analytics.AnalyticsDecisions;
import io.ringwall.engine.analytics.AnalyticsSettings;
import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import io.ringwall.engine.decision.InputContext;
import io.ringwall.engine.signals.LogisticModel;
import io.ringwall.engine.signals.ModelFile;
import io.ringwall.engine.test.Inputs;
import io.ringwall.journal.Journal;
import io.ringwall.journal.JournalAppender;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code train} and {@code export} end to end on a real journal on disk, holding the analytics decisions a
 * session records: one instrument's feature schema and a snapshot a second for 400 s in which the top-of-book
 * imbalance drives the next second's mid, a wall and a trade.
 */
class TrainAndExportTest
{
    private static final long T0 = 1_723_161_300_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final int SNAPSHOTS = 400;

    private static Path journal(final Path dir)
    {
        final Path journalDir = dir.resolve("j");
        final FeatureCatalog catalog = new FeatureCatalog(AnalyticsSettings.DEFAULTS);
        final InputContext input = new InputContext();
        try (Journal journal = Journal.open(journalDir, "FAST_HOURLY"); JournalAppender appender = journal.appender())
        {
            final byte[] definition = new Inputs().definition(1, Venue.BINANCE, "BTCUSDT", -2, -8);
            appender.append(new UnsafeBuffer(definition), 0, definition.length);
            final AnalyticsDecisions decisions = new AnalyticsDecisions(input, appender::append);
            input.set(1, 0, T0 - SECOND, 0);
            decisions.featureSchema(1, catalog);

            final SplittableRandom random = new SplittableRandom(17);
            final FeatureVector values = new FeatureVector();
            long midCents = 6_000_000;
            for (int i = 0; i < SNAPSHOTS; i++)
            {
                final double imbalance = random.nextDouble() * 2 - 1;
                input.set(4, i + 1, T0 + i * SECOND, 0);
                values.clear();
                values.set(FeatureCatalog.MID, midCents / 100.0);
                values.set(FeatureCatalog.BEST_BID, (midCents - 1) / 100.0);
                values.set(FeatureCatalog.IMBALANCE_TOP, imbalance);
                values.set(FeatureCatalog.flowImbalance(0), random.nextDouble() * 2 - 1);
                values.set(FeatureCatalog.WALL_PRESSURE, random.nextDouble() * 2 - 1);
                decisions.featureSnapshot(1, i == 100 ? BookState.SYNCING : BookState.LIVE,
                    i % 10 == 0 ? SnapshotTrigger.SIGNAL : SnapshotTrigger.CADENCE, catalog, values);
                midCents += Math.round(5 * imbalance + 4 * (random.nextDouble() - 0.5));
            }

            input.set(4, SNAPSHOTS + 1, T0 + 3 * SECOND, 0);
            decisions.wallEvent(1, 7, Side.BID, WallChange.APPEARED, 6_000_000, 6_000_100, 3, 150_000_000, 200_000_000, 90_000.0, 12.5,
                5 * SECOND, 10_000_000, Double.NaN);

            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
            final TradeEncoder trade = new TradeEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
            trade.header().receiveTimeNs(T0 + 2 * SECOND).exchangeTimeNs(0).causeSequence(SNAPSHOTS + 2).instrumentId(1).reserved(0);
            trade.tradeId(42).price(6_000_012).qty(1_000_000).firstTradeId(42).lastTradeId(42).aggressor(AggressorSide.BUY)
                .source(TradeSource.TRADE).printType(PrintType.REGULAR);
            appender.append(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
        }
        return journalDir;
    }

    @Test
    void shouldTrainAModelTheEngineCanLoadFromRecordedSnapshots(@TempDir final Path dir)
    {
        final Path journal = journal(dir);
        final Path model = dir.resolve("model.yaml");
        final Cli.Result r = Cli.run("train", "--journal", journal.toString(), "--recorded", "--horizon", "1s", "--out", model.toString(),
            "--folds", "4", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        final String json = r.lastLine();
        final long samples = Long.parseLong(Cli.field(json, "samples"));
        final long ties = Long.parseLong(Cli.field(json, "droppedTies"));
        final long missing = Long.parseLong(Cli.field(json, "droppedMissing"));
        // 399 live snapshots: #99 is labelled by #101 (one interval late, within the default tolerance), the last by none
        assertThat(samples + ties + missing).isEqualTo(SNAPSHOTS - 1);
        assertThat(missing).isEqualTo(1);
        assertThat(ties).isPositive();
        assertThat(Double.parseDouble(Cli.field(json.substring(json.indexOf("\"pooled\"")), "auc"))).isGreaterThan(0.75);
        assertThat(json).contains("\"folds\":[{\"fold\":2,");

        final ModelFile file = ModelFile.read(model);
        assertThat(file.features()).contains("imbalance_top10", "flow_imbalance_1s", "wall_pressure")
            .doesNotContain("mid", "best_bid", "book_live", "vwap_1s", "signal_score");
        assertThat(file.validation().results()).hasSize(3);
        assertThat(file.training().instruments()).containsExactly("BTCUSDT");
        assertThat(file.training().firstNs()).isEqualTo(T0);
        final int imbalance = file.features().indexOf("imbalance_top10");
        for (int j = 0; j < file.weights().length; j++)
        {
            if (j != imbalance)
            {
                assertThat(Math.abs(file.weights()[j])).as(file.features().get(j)).isLessThan(file.weights()[imbalance]);
            }
        }
        final LogisticModel loaded = ModelFile.load(model, new FeatureCatalog(AnalyticsSettings.DEFAULTS));
        assertThat(loaded.modelId()).isEqualTo(file.modelId());
        assertThat(Cli.field(json, "modelId")).isEqualTo(file.modelIdHex());
    }

    @Test
    void shouldPrintASummaryAndSayWhyNothingCanBeTrained(@TempDir final Path dir) throws Exception
    {
        final Path journal = journal(dir);
        final Path model = dir.resolve("model.yaml");
        final Cli.Result text = Cli.run("train", "--journal", journal.toString(), "--recorded", "--horizon", "1s", "--out", model.toString());
        assertThat(text.exit()).as(text.err()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("samples of BTCUSDT from 2024-08-08T23:55:00Z to 2024-08-09T00:01:38Z").contains("walk-forward, 5 blocks, embargo 3s:")
            .contains("  block 5 ").contains("(38 constant, weight ~0)").contains("largest weights: imbalance_top10 +").contains("written to " + model);

        final Cli.Result other = Cli.run("train", "--journal", journal.toString(), "--recorded", "--horizon", "1s", "--out",
            model.toString(), "--instrument", "ETHUSDT");
        assertThat(other.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(other.err().strip()).isEqualTo("ringwall train: no LIVE feature snapshots of ETHUSDT in [" + journal + "]");

        // replayed (the journal records no config: the defaults, analytics on), its inputs never make a LIVE book
        final Cli.Result replayed = Cli.run("train", "--journal", journal.toString(), "--horizon", "1s", "--out", model.toString());
        assertThat(replayed.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(replayed.err()).contains("no LIVE feature snapshots in [" + journal + "]");

        final Path config = dir.resolve("books-only.yaml");
        Files.writeString(config, "analytics:\n  enabled: false\n");
        final Cli.Result replay = Cli.run("train", "--journal", journal.toString(), "--config", config.toString(), "--horizon", "1s",
            "--out", model.toString());
        assertThat(replay.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(replay.err()).contains("analytics is disabled in the config " + config);

        final Cli.Result horizon = Cli.run("train", "--journal", journal.toString(), "--recorded", "--horizon", "soon", "--out", model.toString());
        assertThat(horizon.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(horizon.err()).contains("--horizon");

        final Cli.Result tooMany = Cli.run("train", "--journal", journal.toString(), "--recorded", "--horizon", "1s", "--out",
            model.toString(), "--folds", "1000");
        assertThat(tooMany.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(tooMany.err()).contains("for 1000 walk-forward folds");
    }

    @Test
    void shouldExportFeaturesWallsAndTradesAsCsv(@TempDir final Path dir) throws Exception
    {
        final Path journal = journal(dir);
        final Path features = dir.resolve("features.csv");
        final Cli.Result r = Cli.run("export", "--journal", journal.toString(), "--type", "features", "--out", features.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Cli.field(r.lastLine(), "rows")).isEqualTo(Integer.toString(SNAPSHOTS));
        final List<String> lines = Files.readAllLines(features);
        assertThat(lines).hasSize(SNAPSHOTS + 1);
        final List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(header.subList(0, 4)).containsExactly("time", "instrument", "bookState", "trigger");
        assertThat(header.subList(4, header.size())).isEqualTo(new FeatureCatalog(AnalyticsSettings.DEFAULTS).names());
        final List<String> first = List.of(lines.get(1).split(",", -1));
        assertThat(first).hasSize(header.size());
        assertThat(first.subList(0, 4)).containsExactly("2024-08-08T23:55:00Z", "BTCUSDT", "LIVE", "SIGNAL");
        assertThat(first.get(header.indexOf("mid"))).isEqualTo("60000.0");
        assertThat(first.get(header.indexOf("best_bid"))).isEqualTo("59999.99");
        assertThat(first.get(header.indexOf("ewma_vol"))).as("NaN is an empty cell").isEmpty();
        assertThat(lines.get(101)).startsWith("2024-08-08T23:56:40Z,BTCUSDT,SYNCING,SIGNAL,,,");

        final Path walls = dir.resolve("walls.csv");
        assertThat(Cli.run("export", "--journal", journal.toString(), "--type", "walls", "--out", walls.toString()).exit()).isZero();
        assertThat(Files.readAllLines(walls)).containsExactly(
            "time,instrument,wallId,change,side,priceLow,priceHigh,levels,size,peakSize,notional,distanceBps,ageNs,tradedQty,tradedFraction",
            "2024-08-08T23:55:03Z,BTCUSDT,7,APPEARED,BID,60000,60001,3,1.5,2,90000.0,12.5,5000000000,0.1,");

        final Path trades = dir.resolve("trades.csv");
        final Cli.Result t = Cli.run("export", "--journal", journal.toString(), "--type", "trades", "--out", trades.toString(),
            "--instrument", "btcusdt");
        assertThat(t.exit()).isZero();
        assertThat(t.out()).contains("exported 1 trades rows to " + trades);
        assertThat(Files.readAllLines(trades)).containsExactly(
            "time,instrument,price,qty,aggressor,tradeId,firstTradeId,lastTradeId,source,printType",
            "2024-08-08T23:55:02Z,BTCUSDT,60000.12,0.01,BUY,42,42,42,TRADE,REGULAR");

        final Path none = dir.resolve("none.csv");
        assertThat(Cli.run("export", "--journal", journal.toString(), "--type", "trades", "--out", none.toString(), "--instrument", "ETHUSDT")
            .exit()).isZero();
        assertThat(Files.readAllLines(none)).hasSize(1);
        assertThat(Cli.run("export", "--journal", journal.toString(), "--type", "orders", "--out", none.toString()).exit())
            .isEqualTo(ExitCodes.USAGE);
    }
}
