package io.ringwall.gateways.binance;

import io.ringwall.codecs.sbe.Venue;
import io.ringwall.gateways.binance.Decoded.Delta;
import io.ringwall.gateways.binance.Decoded.Event;
import io.ringwall.gateways.binance.Decoded.Level;
import io.ringwall.gateways.binance.Decoded.Snapshot;
import io.ringwall.gateways.binance.Decoded.Ticker;
import io.ringwall.gateways.binance.Decoded.Trade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every frame and snapshot of every bundled Binance recording decodes without a rejection, to exactly the
 * events an independent reading of the same text gives.
 */
class BinanceDecoderRecordedDataTest
{
    @Test
    void shouldDecodeEveryBtcusdtFrameAndSnapshotExactly()
    {
        final Tally tally = decodeHftbacktest(Recordings.BTCUSDT, "BTCUSDT");
        assertThat(tally.depth).isEqualTo(3_451);
        assertThat(tally.trades).isEqualTo(9_757);
        assertThat(tally.tickers).isEqualTo(28_040);
        assertThat(tally.snapshots).isGreaterThanOrEqualTo(1);
        assertThat(tally.maxPartsPerDepth).as("the largest BTCUSDT frames span several parts").isGreaterThan(1);
        assertThat(tally.maxPartsPerSnapshot).as("1000 + 1000 levels span several parts").isGreaterThan(1);
    }

    @Test
    void shouldDecodeEveryEthusdtFrameAndSnapshotExactly()
    {
        final Tally tally = decodeHftbacktest(Recordings.ETHUSDT, "ETHUSDT");
        assertThat(tally.depth).isEqualTo(3_434);
        assertThat(tally.trades).isEqualTo(6_106);
        assertThat(tally.tickers).isEqualTo(24_077);
        assertThat(tally.snapshots).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldDecodeTheCryptofeedSpotCaptureWithAggTradesAndIgnoredKlines()
    {
        final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, "NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR");
        final Tally tally = decodeAll(fixture, Recordings.cryptofeedWs(Recordings.SPOT_WS), false);
        assertThat(tally.depth).isEqualTo(177);
        assertThat(tally.tickers).isEqualTo(84);
        assertThat(tally.trades).as("aggTrades").isEqualTo(2);
        assertThat(tally.ignored).as("klines").isEqualTo(2);
        assertThat(fixture.decoder.counters().ignored()).isEqualTo(2);
        assertThat(fixture.decoder.counters().rejected()).isZero();
    }

    @Test
    void shouldDecodeTheCryptofeedFuturesCaptureWithPrevUpdateIds()
    {
        final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE_USDM, "SUSHIUSDT", "AKROUSDT", "KEEPUSDT", "CTKUSDT");
        final Tally tally = decodeAll(fixture, Recordings.cryptofeedWs(Recordings.FUTURES_WS), true);
        assertThat(tally.depth).isEqualTo(764);
        assertThat(tally.tickers).isEqualTo(613);
        assertThat(tally.trades).isEqualTo(91);
        assertThat(tally.ignored).isEqualTo(67);
        assertThat(fixture.decoder.counters().rejected()).isZero();
    }

    @Test
    void shouldDecodeTheCryptofeedSnapshotsIntoSeveralParts()
    {
        final DecoderFixture spot = new DecoderFixture(Venue.BINANCE, "NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR");
        final Tally spotTally = decodeAll(spot, Recordings.cryptofeedHttp(Recordings.SPOT_HTTP), false);
        assertThat(spotTally.snapshots).isEqualTo(4);
        assertThat(spotTally.maxPartsPerSnapshot).isGreaterThan(1);

        final DecoderFixture futures = new DecoderFixture(Venue.BINANCE_USDM, "SUSHIUSDT", "AKROUSDT", "KEEPUSDT", "CTKUSDT");
        final Tally futuresTally = decodeAll(futures, Recordings.cryptofeedHttp(Recordings.FUTURES_HTTP), true);
        assertThat(futuresTally.snapshots).isEqualTo(4);
        assertThat(futuresTally.maxPartsPerSnapshot).isGreaterThan(1);
    }

    @Test
    void shouldDecodeFromOffHeapMemoryExactlyAsFromTheHeap()
    {
        final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
        int compared = 0;
        for (final Recordings.Line line : Recordings.hftbacktest(Recordings.BTCUSDT))
        {
            if (!line.snapshot() && compared++ < 5_000)
            {
                assertThat(fixture.directFrame(line.text(), line.receiveTimeNs()))
                    .isEqualTo(fixture.frame(line.text(), line.receiveTimeNs()));
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void shouldKeepEveryLevelInWireOrderAcrossParts()
    {
        final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, "BTCUSDT");
        Recordings.Line largest = null;
        for (final Recordings.Line line : Recordings.hftbacktest(Recordings.BTCUSDT))
        {
            if (!line.snapshot() && line.text().contains("@depth") && (largest == null || line.text().length() > largest.text().length()))
            {
                largest = line;
            }
        }
        final List<Event> events = fixture.frame(largest.text(), largest.receiveTimeNs());
        final List<Level> concatenated = new ArrayList<>();
        for (final Event event : events)
        {
            concatenated.addAll(((Delta)event).levels());
        }
        final Delta first = (Delta)events.get(0);
        final int bids = largest.text().split("\"a\":")[0].split("\\],\\[").length;
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        assertThat(concatenated).hasSizeGreaterThan(1_000);
        assertThat(concatenated.get(0).price()).isEqualTo(IndependentReader.mantissa(
            largest.text().replaceAll(".*\"b\":\\[\\[\"([0-9.]+)\".*", "$1"), -8));
        assertThat(concatenated.subList(0, bids)).allMatch(level -> level.side() == io.ringwall.codecs.sbe.Side.BID);
        assertThat(concatenated.subList(bids, concatenated.size())).allMatch(level -> level.side() == io.ringwall.codecs.sbe.Side.ASK);
        assertThat(events).allMatch(event -> ((Delta)event).firstUpdateId() == first.firstUpdateId() &&
            ((Delta)event).lastUpdateId() == first.lastUpdateId() && event.header().equals(first.header()));
        assertThat(events.stream().filter(event -> ((Delta)event).first())).containsExactly(first);
        assertThat(events.stream().filter(event -> ((Delta)event).last())).containsExactly(events.get(events.size() - 1));
    }

    private static Tally decodeHftbacktest(final String file, final String symbol)
    {
        final DecoderFixture fixture = new DecoderFixture(Venue.BINANCE, symbol);
        final Tally tally = decodeAll(fixture, Recordings.hftbacktest(file), false);
        assertThat(fixture.decoder.counters().rejected()).isZero();
        assertThat(fixture.decoder.counters().dropped()).isZero();
        return tally;
    }

    private static Tally decodeAll(final DecoderFixture fixture, final List<Recordings.Line> lines, final boolean futures)
    {
        final Tally tally = new Tally();
        for (final Recordings.Line line : lines)
        {
            final List<Event> expected;
            final List<Event> actual;
            if (line.snapshot())
            {
                expected = IndependentReader.expectedSnapshot(line.text(), line.receiveTimeNs(), fixture.instrument(line.symbol()),
                    fixture.snapshotLevelsPerPart());
                actual = fixture.snapshot(line.symbol(), line.text(), line.receiveTimeNs());
            }
            else
            {
                expected = IndependentReader.expectedFrame(line.text(), line.receiveTimeNs(), futures, fixture::instrument,
                    fixture.deltaLevelsPerPart());
                actual = fixture.frame(line.text(), line.receiveTimeNs());
            }
            assertThat(actual).as(line.text()).isEqualTo(expected);
            tally.count(actual);
        }
        return tally;
    }

    private static final class Tally
    {
        int depth;
        int snapshots;
        int trades;
        int tickers;
        int ignored;
        int maxPartsPerDepth;
        int maxPartsPerSnapshot;

        void count(final List<Event> events)
        {
            if (events.isEmpty())
            {
                ignored++;
            }
            else if (events.get(0) instanceof Delta)
            {
                depth++;
                maxPartsPerDepth = Math.max(maxPartsPerDepth, events.size());
            }
            else if (events.get(0) instanceof Snapshot)
            {
                snapshots++;
                maxPartsPerSnapshot = Math.max(maxPartsPerSnapshot, events.size());
            }
            else if (events.get(0) instanceof Trade)
            {
                trades++;
            }
            else if (events.get(0) instanceof Ticker)
            {
                tickers++;
            }
        }
    }
}
