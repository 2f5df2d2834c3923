package io.ringwall.engine.sizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptimalFTest
{
    @Test
    void shouldFindTheClosedFormOptimumOfTwoTrades()
    {
        // trades +2, -1: x = +2, -1; TWR(f) = (1 + 2f)(1 - f); d ln TWR / df = 2 / (1 + 2f) - 1 / (1 - f) = 0
        // -> 2 - 2f = 1 + 2f -> f = 0.25; size = 10 000 * 0.5 * 0.25 / |-1| = 1 250
        final OptimalF optimalF = new OptimalF(10, 2, 0.5);
        optimalF.onTradeClosed(2);
        optimalF.onTradeClosed(-1);

        assertThat(optimalF.size(10_000)).isCloseTo(1_250, within(1e-8));
        assertThat(optimalF.lastOptimalF()).isCloseTo(0.25, within(1e-12));
        assertThat(optimalF.lastLargestLoss()).isEqualTo(-1);
        assertThat(optimalF.lastTradesUsed()).isEqualTo(2);
        assertThat(optimalF.lastEquity()).isEqualTo(10_000);
    }

    @Test
    void shouldScaleByTheLargestLoss()
    {
        // trades +30, -10, -10: x = 3, -1, -1; 3 / (1 + 3f) = 2 / (1 - f) -> 3 - 3f = 2 + 6f -> f = 1/9
        // (between grid points 0.11 and 0.12: found by the refinement); size = 9 000 * 1 * (1/9) / 10 = 100
        final OptimalF optimalF = new OptimalF(3, 3, 1.0);
        optimalF.onTradeClosed(30);
        optimalF.onTradeClosed(-10);
        optimalF.onTradeClosed(-10);

        assertThat(optimalF.size(9_000)).isCloseTo(100, within(1e-9));
        assertThat(optimalF.lastOptimalF()).isCloseTo(1.0 / 9, within(1e-12));
    }

    @Test
    void shouldMatchABruteForceSearchOnVincesTrades()
    {
        // Vince's example trades; reference: the best f on a 1e-6 grid of the TWR product itself
        final double[] trades = { 9, 18, 7, 1, 10, -5, -3, -17, -7 };
        final OptimalF optimalF = new OptimalF(20, 5, 1.0);
        for (final double trade : trades)
        {
            optimalF.onTradeClosed(trade);
        }
        optimalF.size(1_000);

        double bestF = 0;
        double bestTwr = 1;
        for (int k = 1; k < 1_000_000; k++)
        {
            final double f = k / 1e6;
            double twr = 1;
            for (final double trade : trades)
            {
                twr *= 1 + f * (-trade / -17.0);
            }
            if (twr > bestTwr)
            {
                bestTwr = twr;
                bestF = f;
            }
        }
        assertThat(bestF).isCloseTo(0.24, within(0.005)); // Vince's published 0.24 at a 0.01 grid
        assertThat(optimalF.lastOptimalF()).isCloseTo(bestF, within(1e-6));
        assertThat(optimalF.lastLargestLoss()).isEqualTo(-17);
    }

    @Test
    void shouldNotSizeUntilEnoughTrades()
    {
        final OptimalF optimalF = new OptimalF(10, 3, 1.0);
        optimalF.onTradeClosed(2);
        optimalF.onTradeClosed(-1);

        assertThat(optimalF.size(10_000)).isZero();
        assertThat(optimalF.lastOptimalF()).isNaN();
        assertThat(optimalF.lastTradesUsed()).isEqualTo(2);
    }

    @Test
    void shouldNotSizeWithoutALosingTrade()
    {
        final OptimalF optimalF = new OptimalF(10, 2, 1.0);
        optimalF.onTradeClosed(2);
        optimalF.onTradeClosed(1);
        optimalF.onTradeClosed(0);

        assertThat(optimalF.size(10_000)).isZero();
        assertThat(optimalF.lastOptimalF()).isNaN();
        assertThat(optimalF.lastLargestLoss()).isNaN();
    }

    @Test
    void shouldBetNothingOnALosingHistory()
    {
        // +1, -2: x = 0.5, -1; slope at f = 0 is 0.5 - 1 < 0, so TWR falls from f = 0 on
        final OptimalF optimalF = new OptimalF(10, 2, 1.0);
        optimalF.onTradeClosed(1);
        optimalF.onTradeClosed(-2);

        assertThat(optimalF.size(10_000)).isZero();
        assertThat(optimalF.lastOptimalF()).isZero();
    }

    @Test
    void shouldForgetTheOldestTradeWhenFull()
    {
        // capacity 2: -100 is pushed out by +2, -1, leaving the two-trade case, f = 0.25
        final OptimalF optimalF = new OptimalF(2, 2, 1.0);
        optimalF.onTradeClosed(-100);
        optimalF.onTradeClosed(2);
        optimalF.onTradeClosed(Double.NaN); // ignored
        optimalF.onTradeClosed(-1);

        optimalF.size(1_000);
        assertThat(optimalF.trades()).isEqualTo(2);
        assertThat(optimalF.lastLargestLoss()).isEqualTo(-1);
        assertThat(optimalF.lastOptimalF()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void shouldNameTheBadParameter()
    {
        assertThatThrownBy(() -> new OptimalF(0, 1, 1)).hasMessageContaining("optimalFTrades");
        assertThatThrownBy(() -> new OptimalF(5, 6, 1)).hasMessageContaining("optimalFMinTrades");
        assertThatThrownBy(() -> new OptimalF(5, 2, 0)).hasMessageContaining("optimalFFraction");
    }
}
