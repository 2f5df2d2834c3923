package io.ringwall.engine.features.regime;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegimeSettingsTest
{
    @Test
    void shouldHaveTheDocumentedDefaults()
    {
        final RegimeSettings d = RegimeSettings.DEFAULTS;

        assertThat(d.efficiencyWindow()).isEqualTo(128);
        assertThat(d.varianceRatioLag()).isEqualTo(4);
        assertThat(d.volatilityWindow()).isEqualTo(64);
        assertThat(d.volatilityHistory()).isEqualTo(1_000);
        assertThat(d.volatilityWarmup()).isEqualTo(100);
        assertThat(d.minDwell()).isEqualTo(20);
        assertThat(d.trendEnterEfficiency()).isEqualTo(0.5);
        assertThat(d.trendExitEfficiency()).isEqualTo(0.35);
        assertThat(d.trendEnterVarianceRatio()).isEqualTo(1.5);
        assertThat(d.trendExitVarianceRatio()).isEqualTo(1.25);
        assertThat(d.meanRevertingEnterVarianceRatio()).isEqualTo(0.6);
        assertThat(d.meanRevertingExitVarianceRatio()).isEqualTo(0.75);
        assertThat(d.meanRevertingEnterEfficiency()).isEqualTo(0.3);
        assertThat(d.meanRevertingExitEfficiency()).isEqualTo(0.4);
        assertThat(d.volatileEnterPercentile()).isEqualTo(0.9);
        assertThat(d.volatileExitPercentile()).isEqualTo(0.75);
        assertThat(d.quietEnterPercentile()).isEqualTo(0.1);
        assertThat(d.quietExitPercentile()).isEqualTo(0.25);
        // 128 returns for the ratios; 64 - 1 + 100 for the first trusted percentile
        assertThat(d.warmupSamples()).isEqualTo(163);
        assertThat(d.withWindows(8, 2, 10, 50, 20).warmupSamples()).isEqualTo(29);
    }

    @Test
    void shouldKeepThresholdsWhenWindowsOrDwellChange()
    {
        final RegimeSettings changed = RegimeSettings.DEFAULTS.withWindows(32, 3, 8, 200, 50).withMinDwell(5);

        assertThat(changed.efficiencyWindow()).isEqualTo(32);
        assertThat(changed.varianceRatioLag()).isEqualTo(3);
        assertThat(changed.volatilityWindow()).isEqualTo(8);
        assertThat(changed.volatilityHistory()).isEqualTo(200);
        assertThat(changed.volatilityWarmup()).isEqualTo(50);
        assertThat(changed.minDwell()).isEqualTo(5);
        assertThat(changed.trendEnterEfficiency()).isEqualTo(0.5);
        assertThat(changed.quietExitPercentile()).isEqualTo(0.25);
    }

    @Test
    void shouldRejectOutOfRangeWindowsNamingTheParameter()
    {
        rejects("efficiencyWindow", 1);
        rejects("varianceRatioLag", 1);
        rejects("varianceRatioLag", 128);
        rejects("volatilityWindow", 0);
        rejects("volatilityHistory", 1);
        rejects("volatilityHistory", RegimeSettings.MAX_VOLATILITY_HISTORY + 1);
        rejects("volatilityWarmup", 1);
        rejects("volatilityWarmup", 1_001);
        rejects("minDwell", 0);
    }

    @Test
    void shouldRejectThresholdsOutOfRangeOrWithoutHysteresisNamingTheParameter()
    {
        rejects("trendEnterEfficiency", 1.5);
        rejects("trendExitEfficiency", 0.6);
        rejects("trendExitEfficiency", Double.NaN);
        rejects("trendEnterVarianceRatio", -1.0);
        rejects("trendExitVarianceRatio", 1.6);
        rejects("meanRevertingEnterVarianceRatio", 0.8);
        rejects("meanRevertingExitVarianceRatio", Double.POSITIVE_INFINITY);
        rejects("meanRevertingEnterEfficiency", 0.5);
        rejects("meanRevertingExitEfficiency", -0.1);
        rejects("volatileExitPercentile", 0.95);
        rejects("volatileEnterPercentile", 1.01);
        rejects("quietEnterPercentile", 0.3);
        rejects("quietExitPercentile", 0.8);
    }

    @Test
    void shouldAllowBandsOfZeroWidth()
    {
        final RegimeSettings noHysteresis = with(with(RegimeSettings.DEFAULTS, "trendExitEfficiency", 0.5),
            "volatileExitPercentile", 0.9);

        assertThat(noHysteresis.trendExitEfficiency()).isEqualTo(noHysteresis.trendEnterEfficiency());
        assertThat(noHysteresis.volatileExitPercentile()).isEqualTo(noHysteresis.volatileEnterPercentile());
    }

    private static void rejects(final String parameter, final Object value)
    {
        assertThatThrownBy(() -> with(RegimeSettings.DEFAULTS, parameter, value))
            .as("%s = %s", parameter, value)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(parameter + " ");
    }

    /** @return {@code settings} with one component, named as in the record, replaced (validation applies). */
    static RegimeSettings with(final RegimeSettings settings, final String component, final Object value)
    {
        final RecordComponent[] components = RegimeSettings.class.getRecordComponents();
        final Object[] args = new Object[components.length];
        final Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try
        {
            for (int i = 0; i < components.length; i++)
            {
                types[i] = components[i].getType();
                final boolean replaced = components[i].getName().equals(component);
                found |= replaced;
                args[i] = replaced ? value : components[i].getAccessor().invoke(settings);
            }
            assertThat(found).as("component %s", component).isTrue();
            return RegimeSettings.class.getDeclaredConstructor(types).newInstance(args);
        }
        catch (final java.lang.reflect.InvocationTargetException e)
        {
            if (e.getCause() instanceof RuntimeException runtime)
            {
                throw runtime;
            }
            throw new AssertionError(e);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new AssertionError(e);
        }
    }
}
