package io.ringwall.engine.config;

import io.ringwall.engine.walls.WallSettings;
import io.ringwall.engine.walls.WallSettingsBySymbol;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallsConfigTest
{
    private static WallSettingsBySymbol read(final String... lines)
    {
        @SuppressWarnings("unchecked")
        final Map<String, Object> root = (Map<String, Object>)new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines));
        return WallsConfig.read(new ConfigNode("t.yaml", "", root).child("walls"));
    }

    @Test
    void shouldLayerInstrumentOverridesOverTheDefaultsOverTheBuiltIns()
    {
        final WallSettingsBySymbol walls = read(
            "walls:",
            "  defaults: {levels: 40, sizeMultiple: 6, seedMultiple: 3, minNotional: 200_000}",
            "  instruments:",
            "    BTCUSDT: {minNotional: 500000, holdFraction: 0.6}",
            "    ethusdt: {clusterBps: 1.5, maxWallsPerSide: 16}");

        final WallSettings defaults = new WallSettings(40, 6, 3, 0.5, 200_000, 2, 0, 0.2, 0.5, 64);
        assertThat(walls.defaults()).isEqualTo(defaults);
        assertThat(walls.settingsFor("BTCUSDT")).isEqualTo(new WallSettings(40, 6, 3, 0.6, 500_000, 2, 0, 0.2, 0.5, 64));
        // setting clusterBps clears the defaults' clusterTicks
        assertThat(walls.settingsFor("ETHUSDT")).isEqualTo(new WallSettings(40, 6, 3, 0.5, 200_000, 0, 1.5, 0.2, 0.5, 16));
        assertThat(walls.settingsFor("solusdt")).isSameAs(walls.defaults());
        assertThat(walls.bySymbol().keySet()).containsExactly("BTCUSDT", "ETHUSDT");
    }

    @Test
    void shouldUseTheBuiltInsWithoutASection()
    {
        final WallSettingsBySymbol walls = read("engine: {}");
        assertThat(walls.settingsFor("BTCUSDT")).isEqualTo(WallSettings.DEFAULTS);
        assertThat(walls.bySymbol()).isEmpty();
    }

    @Test
    void shouldRejectUnknownKeysWithTheirPath()
    {
        assertThatThrownBy(() -> read("walls: {defaults: {level: 50}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: walls.defaults.level: unknown key");
        assertThatThrownBy(() -> read("walls: {instruments: {BTCUSDT: {minNotionl: 5}}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: walls.instruments.BTCUSDT.minNotionl: unknown key");
        assertThatThrownBy(() -> read("walls: {default: {}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: walls.default: unknown key");
    }

    @Test
    void shouldRejectBadValuesWithTheirPathAndReason()
    {
        assertThatThrownBy(() -> read("walls: {defaults: {levels: 0}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: walls.defaults.levels: must be between 1 and 10000, got 0");
        assertThatThrownBy(() -> read("walls: {defaults: {sizeMultiple: lots}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: walls.defaults.sizeMultiple: must be a number, got 'lots'");
        assertThatThrownBy(() -> read("walls: {instruments: {BTCUSDT: {minNotional: -1}}}"))
            .isInstanceOf(ConfigException.class)
            .hasMessage("t.yaml: walls.instruments.BTCUSDT.minNotional: must be finite and not negative, was -1.0");
        assertThatThrownBy(() -> read("walls: {defaults: {sizeMultiple: 2, seedMultiple: 3}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: walls.defaults.sizeMultiple: must be finite and at least seedMultiple");
        assertThatThrownBy(() -> read("walls: {defaults: {clusterTicks: 2, clusterBps: 1}}"))
            .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: walls.defaults.clusterBps: must be 0 when clusterTicks is set");
        assertThatThrownBy(() -> read("walls: {instruments: {BTCUSDT: [1, 2]}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: walls.instruments.BTCUSDT: must be a mapping of keys, got a list");
        assertThatThrownBy(() -> read("walls: {instruments: {BTCUSDT: {}, btcusdt: {}}}"))
            .isInstanceOf(ConfigException.class).hasMessage("t.yaml: walls.instruments.btcusdt: BTCUSDT is listed twice");
    }
}
