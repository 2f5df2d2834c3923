package io.ringwall.engine.config;

import io.ringwall.engine.risk.InstrumentRiskLimits;
import io.ringwall.engine.risk.RiskSettings;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskConfigTest
{
    private static RiskSettings read(final String... lines)
    {
        @SuppressWarnings("unchecked")
        final Map<String, Object> root = (Map<String, Object>)new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines));
        return RiskConfig.read(new ConfigNode("t.yaml", "", root).child("risk"));
    }

    @Test
    void shouldReadEveryLimitWithInstrumentOverridesOverTheSectionsDefaults()
    {
        final RiskSettings risk = read(
            "risk:",
            "  maxOrderNotional: 20000",
            "  maxPosition: 50",
            "  maxGrossExposure: 100_000",
            "  priceBandBps: 50",
            "  orderBurst: 4",
            "  ordersPerSecond: 0.5",
            "  maxOpenOrders: 8",
            "  maxBookAge: 2s",
            "  dailyLossLimit: 1500",
            "  maxDrawdown: 2500",
            "  reducingFraction: 0.75",
            "  flattenOnHalt: true",
            "  instruments:",
            "    btcusdt: {maxOrderQty: 0.5, maxPosition: 2}");

        final InstrumentRiskLimits defaults = new InstrumentRiskLimits(Double.POSITIVE_INFINITY, 20_000, 50);
        assertThat(risk).isEqualTo(new RiskSettings(defaults, Map.of("BTCUSDT", new InstrumentRiskLimits(0.5, 20_000, 2)),
            100_000, 50, 4, 0.5, 8, 2_000_000_000L, 1_500, 2_500, 0.75, true));
        assertThat(risk.limitsFor("ETHUSDT")).isEqualTo(defaults);
        assertThat(risk.nsPerOrderToken()).isEqualTo(2_000_000_000L);
    }

    @Test
    void shouldUseTheBuiltInsWithoutASection()
    {
        assertThat(read("engine: {}")).isEqualTo(RiskSettings.DEFAULTS);
    }

    @Test
    void shouldRejectUnknownKeysWithTheirPath()
    {
        assertThatThrownBy(() -> read("risk: {maxOrderQuantity: 1}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: risk.maxOrderQuantity: unknown key");
        assertThatThrownBy(() -> read("risk: {instruments: {BTCUSDT: {maxGrossExposure: 5}}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: risk.instruments.BTCUSDT.maxGrossExposure: unknown key");
    }

    @Test
    void shouldRejectBadValuesWithTheirPathAndReason()
    {
        assertThatThrownBy(() -> read("risk: {maxOrderQty: 0}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: risk.maxOrderQty: must be above 0.0");
        assertThatThrownBy(() -> read("risk: {instruments: {BTCUSDT: {maxPosition: lots}}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.instruments.BTCUSDT.maxPosition: must be a number, got 'lots'");
        assertThatThrownBy(() -> read("risk: {ordersPerSecond: 0.0001}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.ordersPerSecond: must be in [0.001, 1e9], was 1.0E-4");
        assertThatThrownBy(() -> read("risk: {reducingFraction: 1.5}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: risk.reducingFraction: must be above 0.0 and at most 1.0");
        assertThatThrownBy(() -> read("risk: {maxBookAge: soon}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: risk.maxBookAge: ");
        assertThatThrownBy(() -> read("risk: {flattenOnHalt: maybe}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.flattenOnHalt: must be true or false, got 'maybe'");
        assertThatThrownBy(() -> read("risk: {maxOpenOrders: 0}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.maxOpenOrders: must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> read("risk: {instruments: {BTCUSDT: {}, btcusdt: {}}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.instruments.btcusdt: BTCUSDT is listed twice");
        assertThatThrownBy(() -> read("risk: {instruments: {'BTC USDT': {}}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: risk.instruments.BTC USDT: 'BTC USDT' is not a venue symbol");
    }
}
