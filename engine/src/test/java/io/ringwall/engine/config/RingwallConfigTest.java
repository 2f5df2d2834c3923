package io.ringwall.engine.config;

import io.ringwall.codecs.sbe.Venue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RingwallConfigTest
{
    private static Path configDir()
    {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("config/demo.yaml")))
        {
            dir = dir.getParent();
        }
        return dir.resolve("config");
    }

    @Test
    void shouldLoadTheShippedConfigs()
    {
        final RingwallConfig demo = RingwallConfig.load(configDir().resolve("demo.yaml"));
        assertThat(demo.simulator().enabled()).isTrue();
        assertThat(demo.simulator().captures()).hasSize(2).allSatisfy(p -> assertThat(p).isReadable());
        assertThat(demo.venue(Venue.BINANCE).endpoint()).isEqualTo(RingwallConfig.VenueSettings.Endpoint.SIMULATOR);
        assertThat(demo.instruments()).extracting(RingwallConfig.InstrumentSettings::symbol).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(demo.instruments().get(0).priceExponent()).isEqualTo(-2);
        assertThat(demo.engine().waitStrategy()).isEqualTo(RingwallConfig.WaitStrategyName.SLEEPING);

        RingwallConfig.load(configDir().resolve("binance-live.yaml"));
        final RingwallConfig usdm = RingwallConfig.load(configDir().resolve("binance-usdm-live.yaml"));
        assertThat(usdm.venue(Venue.BINANCE_USDM).wsUrl().getPath()).isEqualTo("/public/stream");
    }

    @Test
    void shouldUseDefaultsForAnEmptyConfig()
    {
        final RingwallConfig config = RingwallConfig.defaults();
        assertThat(config.engine().ringSize()).isEqualTo(16384);
        assertThat(config.instruments()).isEmpty();
        assertThat(config.simulator().enabled()).isFalse();
    }

    @Test
    void shouldNameTheKeyAndTheReasonForEveryBadValue()
    {
        expectError("engine: { ringSize: 1000 }", "t.yaml: engine.ringSize: must be a power of two, got 1000");
        expectError("engine: { ringsize: 1024 }", "t.yaml: engine.ringsize: unknown key");
        expectError("engine: { waitStrategy: spin }", "t.yaml: engine.waitStrategy: must be one of busy-spin, yielding, sleeping, blocking, got 'spin'");
        expectError("engine: { timerInterval: soon }", "t.yaml: engine.timerInterval: 'soon' is not a duration");
        expectError("journal: { rollCycle: WEEKLYISH }", "t.yaml: journal.rollCycle: unknown roll cycle 'WEEKLYISH'");
        expectError("instruments: [ { venue: bitmex, symbol: XBTUSD } ]", "t.yaml: instruments[0].venue: unknown venue 'bitmex'");
        expectError("instruments: [ { venue: binance } ]", "t.yaml: instruments[0].symbol: is required");
        expectError("instruments: [ { venue: binance, symbol: BTCUSDT, priceScale: 19 } ]",
            "t.yaml: instruments[0].priceScale: must be between 0 and 18, got 19");
        expectError("instruments: [ { venue: binance, symbol: BTCUSDT }, { venue: binance, symbol: btcusdt } ]",
            "t.yaml: instruments[1].symbol: binance BTCUSDT is listed twice");
        expectError("venues: { binance: { snapshotLimit: 10000 } }", "t.yaml: venues.binance.snapshotLimit: must be between 5 and 5000, got 10000");
        expectError("venues: { binance: { wsUrl: 'not a url' } }", "t.yaml: venues.binance.wsUrl: 'not a url' is not a URL");
        expectError("venues: { binance: { endpoint: simulator } }", "t.yaml: venues.binance.endpoint: 'simulator' needs simulator.enabled: true");
        expectError("simulator: { enabled: true, captures: [ /no/such/file.gz ] }", "t.yaml: simulator.captures: cannot read /no/such/file.gz");
        expectError("engine: [1, 2]", "t.yaml: engine: must be a mapping of keys, got a list");
        expectError("engine: {", "t.yaml: not valid YAML");
        expectError("- a\n- b", "t.yaml: the top level must be a mapping of sections");
    }

    @Test
    void shouldReadTheAnalyticsSection()
    {
        final RingwallConfig config = RingwallConfig.parse("t.yaml", String.join("\n",
            "analytics:",
            "  sampleInterval: 500ms",
            "  depthBandsBps: [5, 20]",
            "  flowWindows: [1s, 30s]",
            "  barTimeframes: [1m]",
            "  waveletLevels: 5"), null);
        final io.ringwall.engine.analytics.AnalyticsSettings a = config.logic().analytics();
        assertThat(a.enabled()).isTrue();
        assertThat(a.sampleIntervalNs()).isEqualTo(500_000_000L);
        assertThat(a.depthBandsBps()).containsExactly(5.0, 20.0);
        assertThat(a.flowWindowsNs()).containsExactly(1_000_000_000L, 30_000_000_000L);
        assertThat(a.barTimeframesNs()).containsExactly(60_000_000_000L);
        assertThat(a.waveletLevels()).isEqualTo(5);
        assertThat(a.impactNotionals()).containsExactly(10_000.0, 100_000.0, 1_000_000.0);

        expectError("analytics: { depthBandsBps: [25, 10] }", "t.yaml: analytics.depthBandsBps: values must be increasing");
        expectError("analytics: { depthBandsBps: [1, 2, 3, 4, 5, 6, 7, 8, 9] }", "t.yaml: analytics.depthBandsBps: must list 1 to 8 numbers");
        expectError("analytics: { flowWindows: [1s, soon] }", "t.yaml: analytics.flowWindows: 'soon' is not a duration");
        expectError("analytics: { waveletLevels: 20 }", "t.yaml: analytics.waveletLevels: must be between 1 and 16, got 20");
        expectError("analytics: { model: /no/such/model.yaml }", "t.yaml: analytics.model: cannot read /no/such/model.yaml");
        expectError("analytics: { realizedWindows: [1s] }", "t.yaml: analytics.realizedWindows: each window must hold at least two samples");
        expectError("analytics: { windows: [1s] }", "t.yaml: analytics.windows: unknown key");
        expectError("instruments: [ { venue: binance, symbol: BTCUSDT, priceScale: 2, tickSize: 0.001 } ]",
            "t.yaml: instruments[0].tickSize: '0.001' is not a price with at most 2 decimals");
    }

    @Test
    void shouldParseOperatorDurations()
    {
        assertThat(Durations.parseMillis("250ms")).isEqualTo(250);
        assertThat(Durations.parseMillis("30s")).isEqualTo(30_000);
        assertThat(Durations.parseMillis("30")).isEqualTo(30_000);
        assertThat(Durations.parseMillis("5m")).isEqualTo(300_000);
        assertThat(Durations.parseMillis("1h30m")).isEqualTo(5_400_000);
        assertThat(Durations.parseMillis("1.5s")).isEqualTo(1_500);
        assertThatThrownBy(() -> Durations.parseMillis("10 parsecs")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parseMillis("")).hasMessageContaining("is not a duration");
    }

    private static void expectError(final String yaml, final String message)
    {
        assertThatThrownBy(() -> RingwallConfig.parse("t.yaml", yaml, null))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith(message);
    }
}
