package io.ringwall.engine.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import io.ringwall.engine.config.RingwallConfig.IdleStrategyName;
import io.ringwall.engine.config.RingwallConfig.WaitStrategyName;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * Maps configured strategy names to Disruptor wait strategies and Agrona idle strategies.
 */
public final class Strategies
{
    private Strategies()
    {
    }

    public static WaitStrategy waitStrategy(final WaitStrategyName name)
    {
        switch (name)
        {
            case BUSY_SPIN: return new BusySpinWaitStrategy();
            case YIELDING: return new YieldingWaitStrategy();
            case BLOCKING: return new BlockingWaitStrategy();
            default: return new SleepingWaitStrategy();
        }
    }

    public static IdleStrategy idleStrategy(final IdleStrategyName name)
    {
        switch (name)
        {
            case BUSY_SPIN: return new BusySpinIdleStrategy();
            case YIELDING: return new YieldingIdleStrategy();
            case SLEEPING: return new SleepingMillisIdleStrategy(1);
            default: return new BackoffIdleStrategy(100, 10, 1_000, 100_000);
        }
    }
}
