package io.ringwall.engine.features;

import io.ringwall.engine.analytics.FeatureCatalog;
import io.ringwall.engine.analytics.FeatureVector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Volatility on a 1 s grid with a 2 s half-life and realized windows of 2 s and 4 s; expected values are the
 * documented formulas evaluated directly.
 */
class VolatilityTest
{
    private static final long S = 1_000_000_000L;

    private final Volatility volatility = new Volatility(S, 2 * S, new long[]{ 2 * S, 4 * S });

    /** 2^(-dt / halfLife), the way the documentation says it is computed. */
    private static double decay(final long dtNs)
    {
        return StrictMath.exp(-0.6931471805599453 * dtNs / (2.0 * S));
    }

    @Test
    void shouldBeUndefinedUntilTheFirstReturn()
    {
        assertThat(volatility.ewmaVolPerSecond()).isNaN();
        volatility.onSample(S, 100);
        assertThat(volatility.ewmaVolPerSecond()).isNaN();
        assertThat(volatility.ewmaVolAnnualized()).isNaN();
        assertThat(volatility.realizedVol(0)).isNaN();
        assertThat(volatility.realizedReturns(1)).isZero();
    }

    @Test
    void shouldDecayByElapsedTimeAndSpanAGapWithOneReturn()
    {
        volatility.onSample(S, 100);
        volatility.onSample(2 * S, 101);
        final double r1 = StrictMath.log(101.0 / 100.0);
        double v = r1 * r1;
        assertThat(volatility.ewmaVariancePerSecond()).as("the first return seeds").isEqualTo(v);

        volatility.onSample(3 * S, 100);
        final double r2 = StrictMath.log(100.0 / 101.0);
        v = decay(S) * v + (1 - decay(S)) * r2 * r2;
        assertThat(volatility.ewmaVariancePerSecond()).isEqualTo(v);

        // the grid point at 4 s is missing: one return over 2 s, as a rate, decayed by a whole half-life
        volatility.onSample(5 * S, 102);
        final double r3 = StrictMath.log(102.0 / 100.0);
        assertThat(decay(2 * S)).isCloseTo(0.5, within(1e-15));
        v = decay(2 * S) * v + (1 - decay(2 * S)) * (r3 * r3 / 2);
        assertThat(volatility.ewmaVariancePerSecond()).isEqualTo(v);
        assertThat(volatility.ewmaVolPerSecond()).isEqualTo(StrictMath.sqrt(v));
        assertThat(volatility.ewmaVolAnnualized()).isEqualTo(StrictMath.sqrt(v * 365 * 86_400));

        // realized at 5 s: the 2 s window holds returns stamped in (3 s, 5 s], the 4 s window (1 s, 5 s]
        assertThat(volatility.realizedReturns(0)).isEqualTo(1);
        assertThat(volatility.realizedVol(0)).isEqualTo(StrictMath.sqrt(r3 * r3));
        assertThat(volatility.realizedVolPerSecond(0)).isEqualTo(StrictMath.sqrt(r3 * r3 / 2));
        final double sum = r1 * r1 + r2 * r2 + r3 * r3;
        assertThat(volatility.realizedReturns(1)).isEqualTo(3);
        assertThat(volatility.realizedVol(1)).isEqualTo(StrictMath.sqrt(sum));
        assertThat(volatility.realizedVolPerSecond(1)).isEqualTo(StrictMath.sqrt(sum * 0.25));
        assertThat(volatility.realizedVolAnnualized(1)).isEqualTo(StrictMath.sqrt(sum * (365.0 * 86_400 / 4)));

        // silence: returns leave the windows as samples move on, the EWMA only decays towards the new returns
        volatility.onSample(9 * S, 102);
        assertThat(volatility.realizedReturns(0)).isEqualTo(1);
        assertThat(volatility.realizedVol(0)).isEqualTo(0.0);
        assertThat(volatility.realizedReturns(1)).as("(5 s, 9 s]: the 5 s return has left").isEqualTo(1);
        assertThat(volatility.realizedVol(1)).isEqualTo(0.0);
        assertThat(volatility.ewmaVariancePerSecond()).isEqualTo(decay(4 * S) * v + (1 - decay(4 * S)) * 0.0);
    }

    @Test
    void shouldMakeNoReturnAcrossAResetOrAnUndefinedMid()
    {
        volatility.onSample(S, 100);
        volatility.onSample(2 * S, 101);
        final double seeded = volatility.ewmaVariancePerSecond();
        volatility.reset();
        volatility.onSample(3 * S, 150);
        assertThat(volatility.ewmaVariancePerSecond()).as("no return across the reset").isEqualTo(seeded);
        volatility.onSample(4 * S, Double.NaN);
        volatility.onSample(5 * S, 300);
        assertThat(volatility.ewmaVariancePerSecond()).as("no return against an empty book").isEqualTo(seeded);
        assertThat(volatility.realizedReturns(1)).isEqualTo(1);

        volatility.onSample(6 * S, 300);
        // a zero return, one second after 5 s
        assertThat(volatility.ewmaVariancePerSecond()).isEqualTo(decay(S) * seeded + (1 - decay(S)) * 0.0);
    }

    @Test
    void shouldIgnoreASampleThatIsNotLater()
    {
        volatility.onSample(2 * S, 100);
        volatility.onSample(2 * S, 200);
        volatility.onSample(S, 50);
        assertThat(volatility.ewmaVariancePerSecond()).isNaN();
        volatility.onSample(3 * S, 100);
        assertThat(volatility.ewmaVariancePerSecond()).isEqualTo(0.0);
    }

    @Test
    void shouldHoldAtMostTheWidestWindowOfReturns()
    {
        double mid = 100;
        for (int i = 1; i <= 20; i++)
        {
            volatility.onSample(i * S, mid);
            mid *= i % 2 == 0 ? 1.01 : 0.99;
        }
        assertThat(volatility.realizedReturns(0)).isEqualTo(2);
        assertThat(volatility.realizedReturns(1)).isEqualTo(4);
    }

    @Test
    void shouldPublishUnderTheCatalogIds()
    {
        volatility.onSample(S, 100);
        volatility.onSample(2 * S, 101);
        final FeatureVector out = new FeatureVector();
        volatility.publish(out);
        final double r = StrictMath.log(1.01);
        assertThat(out.get(FeatureCatalog.EWMA_VOL)).isEqualTo(StrictMath.sqrt(r * r));
        assertThat(out.get(FeatureCatalog.EWMA_VOL_ANNUALIZED)).isEqualTo(StrictMath.sqrt(r * r * 365 * 86_400));
        assertThat(out.get(FeatureCatalog.realizedVol(0))).isEqualTo(StrictMath.sqrt(r * r));
        assertThat(out.get(FeatureCatalog.realizedVol(1))).isEqualTo(StrictMath.sqrt(r * r));
        assertThat(out.get(FeatureCatalog.realizedVol(2))).as("no third window").isNaN();
    }

    @Test
    void shouldRejectBadParametersByName()
    {
        assertThatThrownBy(() -> new Volatility(0, S, new long[]{ S })).hasMessageStartingWith("sampleIntervalNs");
        assertThatThrownBy(() -> new Volatility(S, 0, new long[]{ S })).hasMessageStartingWith("ewmaHalfLifeNs");
        assertThatThrownBy(() -> new Volatility(S, S, new long[]{ 1_500_000_000L })).hasMessageStartingWith("realizedWindowsNs[0]");
        assertThatThrownBy(() -> new Volatility(S, S, new long[]{ 2 * S, S })).hasMessageStartingWith("realizedWindowsNs");
    }
}
