package io.ringwall.codecs;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SymbolTableTest
{
    private static int lookup(final SymbolTable table, final String text)
    {
        final byte[] bytes = ("xx" + text + "yy").getBytes(StandardCharsets.US_ASCII);
        return table.lookup(new UnsafeBuffer(bytes), 2, text.length());
    }

    @Test
    void shouldFindSymbolsInEitherCase()
    {
        final SymbolTable table = new SymbolTable();
        table.put("BTCUSDT", 1);
        table.put("ethusdt", 2);
        assertThat(lookup(table, "btcusdt")).isEqualTo(1);
        assertThat(lookup(table, "BTCUSDT")).isEqualTo(1);
        assertThat(lookup(table, "EthUsdt")).isEqualTo(2);
        assertThat(lookup(table, "BTCUSD")).isEqualTo(SymbolTable.MISSING);
        assertThat(lookup(table, "BTCUSDTT")).isEqualTo(SymbolTable.MISSING);
        assertThat(lookup(table, "")).isEqualTo(SymbolTable.MISSING);
    }

    @Test
    void shouldKeepEverySymbolWhenItGrows()
    {
        final SymbolTable table = new SymbolTable();
        for (int i = 1; i <= 5000; i++)
        {
            table.put("SYM" + i, i);
        }
        assertThat(table.size()).isEqualTo(5000);
        for (int i = 1; i <= 5000; i++)
        {
            assertThat(lookup(table, "sym" + i)).isEqualTo(i);
        }
    }

    @Test
    void shouldRebindASymbol()
    {
        final SymbolTable table = new SymbolTable();
        table.put("BTCUSDT", 1);
        table.put("BTCUSDT", 7);
        assertThat(table.size()).isEqualTo(1);
        assertThat(lookup(table, "btcusdt")).isEqualTo(7);
    }
}
