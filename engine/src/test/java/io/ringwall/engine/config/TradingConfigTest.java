package io.ringwall.engine.config;

import io.ringwall.engine.sizing.SizingModel;
import io.ringwall.engine.trading.EntryAlgo;
import io.ringwall.engine.trading.TradingSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingConfigTest
{
    private static RingwallConfig parse(final String... lines)
    {
        return RingwallConfig.parse("t.yaml", String.join("\n", lines), null);
    }

    @Test
    void shouldLeaveTradingDisabledWhenTheSectionIsAbsent()
    {
        assertThat(RingwallConfig.defaults().logic().trading()).isEqualTo(TradingSettings.DISABLED);
        assertThat(TradingSettings.DISABLED.enabled()).isFalse();
    }

    @Test
    void shouldReadEveryTradingParameter()
    {
        final TradingSettings t = parse(
            "analytics: {enabled: true}",
            "trading:",
            "  enabled: true",
            "  initialEquity: 50000",
            "  equityInterval: 2s",
            "  risk: {maxOrderNotional: 20000, maxDrawdown: 900}",
            "  sizing: {model: vol-target, targetVolatility: 0.3, maxLeverage: 1.5, kellyFraction: 0.25, kellyMaxFraction: 0.1}",
            "  venue: {orderLatency: 7ms, cancelLatency: 3ms, makerFeeBps: -0.5, takerFeeBps: 4}",
            "  strategy:",
            "    entryProbability: 0.65",
            "    useWalls: false",
            "    takeProfitAtr: 3",
            "    stopAtr: 1.5",
            "    timeStop: 30s",
            "    entryAlgo: smart-limit",
            "    maxSlippageBps: 20",
            "    maxAttempts: 4",
            "    improveTicks: 1",
            "    repriceTicks: 3",
            "    maxReprices: 6",
            "    entryTimeLimit: 5s").logic().trading();
        assertThat(t.enabled()).isTrue();
        assertThat(t.initialEquity()).isEqualTo(50_000);
        assertThat(t.equityIntervalNs()).isEqualTo(2_000_000_000L);
        assertThat(t.risk().defaultLimits().maxOrderNotional()).isEqualTo(20_000);
        assertThat(t.risk().maxDrawdown()).isEqualTo(900);
        assertThat(t.sizing().model()).isEqualTo(SizingModel.VOL_TARGET);
        assertThat(t.sizing().targetVolatility()).isEqualTo(0.3);
        assertThat(t.sizing().maxLeverage()).isEqualTo(1.5);
        assertThat(t.sizing().kellyFraction()).isEqualTo(0.25);
        assertThat(t.sizing().kellyMaxFraction()).isEqualTo(0.1);
        assertThat(t.orderLatencyNs()).isEqualTo(7_000_000L);
        assertThat(t.cancelLatencyNs()).isEqualTo(3_000_000L);
        assertThat(t.makerFeeBps()).isEqualTo(-0.5);
        assertThat(t.takerFeeBps()).isEqualTo(4);
        assertThat(t.entryProbability()).isEqualTo(0.65);
        assertThat(t.useWalls()).isFalse();
        assertThat(t.takeProfitAtr()).isEqualTo(3);
        assertThat(t.stopAtr()).isEqualTo(1.5);
        assertThat(t.timeStopNs()).isEqualTo(30_000_000_000L);
        assertThat(t.entryAlgo()).isEqualTo(EntryAlgo.SMART_LIMIT);
        assertThat(t.maxSlippageBps()).isEqualTo(20);
        assertThat(t.maxAttempts()).isEqualTo(4);
        assertThat(t.improveTicks()).isEqualTo(1);
        assertThat(t.repriceTicks()).isEqualTo(3);
        assertThat(t.maxReprices()).isEqualTo(6);
        assertThat(t.entryTimeLimitNs()).isEqualTo(5_000_000_000L);
    }

    @Test
    void shouldRejectUnknownKeysBadValuesAndTradingWithoutAnalytics()
    {
        assertThatThrownBy(() -> parse("trading: {enabeld: true}")).isInstanceOf(ConfigException.class).hasMessageContaining("enabeld");
        assertThatThrownBy(() -> parse("trading: {strategy: {entryProbability: 0.4}}"))
            .isInstanceOf(ConfigException.class).hasMessageContaining("trading.strategy.entryProbability");
        assertThatThrownBy(() -> parse("trading: {strategy: {entryAlgo: twap}}"))
            .isInstanceOf(ConfigException.class).hasMessageContaining("entryAlgo");
        assertThatThrownBy(() -> parse("trading: {sizing: {model: optimal-f}}"))
            .isInstanceOf(ConfigException.class).hasMessageContaining("not wired");
        assertThatThrownBy(() -> parse("analytics: {enabled: false}", "trading: {enabled: true}"))
            .isInstanceOf(ConfigException.class).hasMessageContaining("analytics.enabled");
    }
}
