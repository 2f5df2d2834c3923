package io.ringwall.engine.portfolio;

import io.ringwall.codecs.sbe.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Position accounting with exact numbers (exponents 0, so every mantissa is the price and quantity itself).
 */
class PortfolioTest
{
    private static final long S = 1_000_000_000L;

    private final Portfolio portfolio = new Portfolio(10_000, 1, 1, 16, S, 64);
    private final Position position;

    PortfolioTest()
    {
        portfolio.defineInstrument(0, 0, 0);
        position = portfolio.position(0, 0);
    }

    @Test
    void shouldOpenAddPartiallyCloseFlipAndCloseWithExactPnlAndFees()
    {
        // open: buy 10 @ 100, fee 1 -> cash 10000 - 1000 - 1
        portfolio.onFill(0, 0, Side.BID, 100, 10, 1.0, 1 * S);
        assertState(10, 100.0, 0.0, 1.0, 8_999.0);
        assertThat(portfolio.equity()).isEqualTo(9_999.0); // marked at the fill price until a mid arrives

        // add: buy 10 @ 110, fee 1 -> average (100*10 + 110*10) / 20 = 105
        portfolio.onFill(0, 0, Side.BID, 110, 10, 1.0, 2 * S);
        assertState(20, 105.0, 0.0, 2.0, 7_898.0);

        // mark 120: unrealized (120 - 105) * 20 = 300; equity = 7898 + 20 * 120 = 10000 + 300 - 2
        portfolio.onMark(0, 120, 3 * S);
        assertThat(position.unrealizedPnl()).isEqualTo(300.0);
        assertThat(portfolio.equity()).isEqualTo(10_298.0);
        assertThat(portfolio.grossExposure()).isEqualTo(2_400.0);
        assertThat(portfolio.netExposure()).isEqualTo(2_400.0);

        // partial close: sell 5 @ 120, fee 0.5 -> realized (120 - 105) * 5 = 75, average unchanged
        portfolio.onFill(0, 0, Side.ASK, 120, 5, 0.5, 4 * S);
        assertState(15, 105.0, 75.0, 2.5, 8_497.5);
        assertThat(portfolio.trades().size()).isZero();

        // flip: sell 25 @ 100, fee 2.5 -> closes 15 at (100 - 105) * 15 = -75 (fee 1.5), opens short 10 @ 100 (fee 1.0)
        portfolio.onFill(0, 0, Side.ASK, 100, 25, 2.5, 5 * S);
        assertState(-10, 100.0, 0.0, 5.0, 10_995.0);
        final TradeLog trades = portfolio.trades();
        assertThat(trades.size()).isEqualTo(1);
        assertThat(trades.side(0)).isEqualTo(Side.BID);
        assertThat(trades.entryTimeNs(0)).isEqualTo(1 * S);
        assertThat(trades.exitTimeNs(0)).isEqualTo(5 * S);
        assertThat(trades.entryPrice(0)).isEqualTo(105.0); // (100*10 + 110*10) / 20
        assertThat(trades.exitPrice(0)).isEqualTo(105.0); // (120*5 + 100*15) / 20
        assertThat(trades.qty(0)).isEqualTo(20);
        assertThat(trades.pnl(0)).isEqualTo(0.0); // 75 - 75
        assertThat(trades.fees(0)).isEqualTo(4.0); // 1 + 1 + 0.5 + 1.5
        assertThat(trades.netPnl(0)).isEqualTo(-4.0);

        // mark 90: short 10 from 100 gains 100; equity = 10995 - 10 * 90 = 10000 + 0 + 100 - 5
        portfolio.onMark(0, 90, 6 * S);
        assertThat(position.unrealizedPnl()).isEqualTo(100.0);
        assertThat(portfolio.equity()).isEqualTo(10_095.0);
        assertThat(portfolio.grossExposure()).isEqualTo(900.0);
        assertThat(portfolio.netExposure()).isEqualTo(-900.0);

        // close: buy 10 @ 95, fee 1 -> realized (95 - 100) * -10 = 50
        portfolio.onFill(0, 0, Side.BID, 95, 10, 1.0, 7 * S);
        assertState(0, 0.0, 50.0, 6.0, 10_044.0);
        assertThat(position.unrealizedPnl()).isZero();
        assertThat(portfolio.equity()).isEqualTo(10_044.0); // 10000 + 50 - 6
        assertThat(trades.size()).isEqualTo(2);
        assertThat(trades.side(1)).isEqualTo(Side.ASK);
        assertThat(trades.entryTimeNs(1)).isEqualTo(5 * S);
        assertThat(trades.entryPrice(1)).isEqualTo(100.0);
        assertThat(trades.exitPrice(1)).isEqualTo(95.0);
        assertThat(trades.qty(1)).isEqualTo(10);
        assertThat(trades.pnl(1)).isEqualTo(50.0);
        assertThat(trades.fees(1)).isEqualTo(2.0); // 1.0 of the flip's fee + 1.0
        assertThat(position.tradedNotional()).isEqualTo(1000 + 1100 + 600 + 2500 + 950);
    }

    @Test
    void shouldConvertMantissasWithTheInstrumentsExponents()
    {
        final Portfolio p = new Portfolio(100_000, 1, 2, 4, S, 8);
        p.defineInstrument(1, -2, -3);
        // 1.5 BTC bought at 60000.00 and sold at 60100.00: 100.00 * 1.5 = 150
        p.onFill(0, 1, Side.BID, 6_000_000, 1_500, 0.09, S);
        p.onMark(1, 6_005_000, 2 * S);
        assertThat(p.position(0, 1).unrealizedPnl()).isEqualTo(75.0);
        p.onFill(0, 1, Side.ASK, 6_010_000, 1_500, 0.09, 3 * S);
        assertThat(p.position(0, 1).realizedPnl()).isEqualTo(150.0);
        assertThat(p.position(0, 1).tradedNotional()).isEqualTo(90_000 + 90_150);
        assertThat(p.equity()).isCloseTo(100_000 + 150 - 0.18, within(1e-9));
        assertThat(p.trades().netPnl(0)).isCloseTo(149.82, within(1e-9));
    }

    @Test
    void shouldSampleTheStateAfterEachGridPointsEvents()
    {
        portfolio.onMark(0, 100, S / 2);                          // origin 0: sample 0 is the starting state
        portfolio.onFill(0, 0, Side.BID, 100, 10, 0.0, S);        // at exactly 1 s: belongs to point 1 s
        portfolio.onMark(0, 110, S + S / 2);                      // samples 1 s: long 10, equity 10000
        portfolio.onMark(0, 88, 2 * S + 1);                       // samples 2 s: equity 10100, a new peak
        portfolio.sampleThrough(3 * S);                           // samples 3 s: equity 9880 = 10100 * (1 - 0.0217..)

        final EquityCurve curve = portfolio.equityCurve();
        assertThat(curve.size()).isEqualTo(4);
        assertThat(curve.timeNs(0)).isZero();
        assertThat(curve.timeNs(3)).isEqualTo(3 * S);
        assertThat(curve.equity(0)).isEqualTo(10_000.0);
        assertThat(curve.position(0, 0)).isZero();
        assertThat(curve.position(1, 0)).isEqualTo(10);
        assertThat(curve.mid(1, 0)).isEqualTo(100);
        assertThat(curve.equity(2)).isEqualTo(10_100.0);
        assertThat(curve.drawdown(2)).isZero();
        assertThat(curve.equity(3)).isEqualTo(9_880.0);
        assertThat(curve.drawdown(3)).isEqualTo(9_880.0 / 10_100.0 - 1.0);
        assertThat(curve.grossExposure(3)).isEqualTo(880.0);
        assertThat(curve.strategyPnl(3, 0)).isEqualTo(-120.0);
        assertThat(curve.strategyInPosition(3, 0)).isTrue();
        assertThat(curve.instrumentPnl(3, 0)).isEqualTo(-120.0);
    }

    @Test
    void shouldKeepTheWholeSessionByCoarseningTheGridWhenFull()
    {
        final Portfolio p = new Portfolio(1_000, 1, 1, 4, S, 4);
        p.defineInstrument(0, 0, 0);
        p.onMark(0, 10, 0);
        p.onTime(10 * S + S / 2);
        // 0,1,2,3 fill it -> keep 0,2 (every 2 s); 4,6 fill it -> keep 0,4 (every 4 s); then 8
        final EquityCurve curve = p.equityCurve();
        assertThat(curve.intervalNs()).isEqualTo(4 * S);
        assertThat(curve.size()).isEqualTo(3);
        assertThat(new long[] {curve.timeNs(0), curve.timeNs(1), curve.timeNs(2)}).containsExactly(0, 4 * S, 8 * S);
    }

    @Test
    void shouldKeepStrategiesApartAndNetThemPerInstrument()
    {
        final Portfolio p = new Portfolio(10_000, 2, 1, 4, S, 8);
        p.defineInstrument(0, 0, 0);
        p.onFill(0, 0, Side.BID, 100, 5, 0.0, S);
        p.onFill(1, 0, Side.ASK, 100, 3, 0.0, S);
        p.onMark(0, 110, 2 * S);
        assertThat(p.netQty(0)).isEqualTo(2);
        assertThat(p.position(0, 0).unrealizedPnl()).isEqualTo(50.0);
        assertThat(p.position(1, 0).unrealizedPnl()).isEqualTo(-30.0);
        assertThat(p.grossExposure()).isEqualTo(220.0); // |5 - 3| * 110: the account holds the net
        assertThat(p.equity()).isEqualTo(10_020.0);
    }

    @Test
    void shouldRefuseBadParameters()
    {
        assertThatThrownBy(() -> new Portfolio(0, 1, 1, 1, S, 2)).hasMessageContaining("initialCash");
        assertThatThrownBy(() -> new Portfolio(1, 0, 1, 1, S, 2)).hasMessageContaining("strategies");
        assertThatThrownBy(() -> new Portfolio(1, 1, 1, 0, S, 2)).hasMessageContaining("tradeCapacity");
        assertThatThrownBy(() -> new Portfolio(1, 1, 1, 1, 0, 2)).hasMessageContaining("sampleIntervalNs");
        assertThatThrownBy(() -> new Portfolio(1, 1, 1, 1, S, 1)).hasMessageContaining("sampleCapacity");
        assertThatThrownBy(() -> portfolio.defineInstrument(1, 0, 0)).hasMessageContaining("instrumentId");
        assertThatThrownBy(() -> portfolio.onFill(0, 0, Side.BID, 100, 0, 0, S)).hasMessageContaining("qty");
    }

    @Test
    void shouldCountTradesBeyondTheLogsCapacity()
    {
        final Portfolio p = new Portfolio(10_000, 1, 1, 1, S, 8);
        p.defineInstrument(0, 0, 0);
        for (int i = 0; i < 3; i++)
        {
            p.onFill(0, 0, Side.BID, 100, 1, 0.0, i * S);
            p.onFill(0, 0, Side.ASK, 101, 1, 0.0, i * S);
        }
        assertThat(p.trades().size()).isEqualTo(1);
        assertThat(p.trades().dropped()).isEqualTo(2);
        assertThat(p.position(0, 0).realizedPnl()).isEqualTo(3.0);
    }

    private void assertState(final long qty, final double average, final double realized, final double fees, final double cash)
    {
        assertThat(position.qty()).isEqualTo(qty);
        assertThat(position.averagePrice()).isEqualTo(average);
        assertThat(position.realizedPnl()).isEqualTo(realized);
        assertThat(position.fees()).isEqualTo(fees);
        assertThat(portfolio.cash()).isEqualTo(cash);
    }
}
