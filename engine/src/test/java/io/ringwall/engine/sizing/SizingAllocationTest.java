package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sizer, the covariance and the risk-parity solver allocate nothing per call once built: measured with the
 * thread allocation counter over a warmed-up loop (a count, not a timing).
 */
class SizingAllocationTest
{
    private static final int K = 4;

    private final FractionalKelly kelly = new FractionalKelly(0.5, 0.25);
    private final VolatilityTarget volatilityTarget = new VolatilityTarget(0.2, 2);
    private final OptimalF optimalF = new OptimalF(50, 10, 0.25);
    private final EwmaCovariance covariance = new EwmaCovariance(K, 5_000_000_000L);
    private final RiskParity riskParity = new RiskParity(K, 1_000, 1e-12);
    private final double[] mids = { 100, 200, 300, 400 };
    private long time;
    private double sink;

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        for (int i = 0; i < 20_000; i++)
        {
            step(i);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 20_000; i++)
        {
            step(i);
        }
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(riskParity.lastValid()).isTrue();
        assertThat(optimalF.lastOptimalF()).isPositive();
        assertThat(sink).isPositive();
        // the counter read itself costs a few dozen bytes; anything per call would be hundreds of kilobytes
        assertThat(allocated).as("bytes allocated over 20 000 steps").isLessThan(256);
    }

    private void step(final int i)
    {
        // deterministic wiggles, different per instrument so the covariance is not singular
        time += 1_000_000_000L;
        for (int k = 0; k < K; k++)
        {
            mids[k] *= 1 + 0.001 * (((i * (k + 3) + k) % 7) - 3) / 3.0;
            covariance.onMid(k, mids[k]);
        }
        covariance.onSample(time);
        optimalF.onTradeClosed(((i * 7) % 11) - 4);
        sink += kelly.size(0.55 + (i % 10) * 0.01, 2, 1, 10_000) + kelly.quantity(mids[0]);
        sink += volatilityTarget.size(0.3 + (i % 5) * 0.1, 10_000);
        sink += optimalF.size(10_000);
        if (i % 10 == 0)
        {
            riskParity.equalRiskContribution(covariance);
            sink += riskParity.notional(1, 1_000) + covariance.correlation(0, 1);
            riskParity.inverseVolatility(covariance);
        }
    }
}
