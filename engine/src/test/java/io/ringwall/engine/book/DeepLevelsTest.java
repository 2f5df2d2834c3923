package io.ringwall.engine.book;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocked deep levels against a sorted map, through the operations a ladder side makes: updates
 * anywhere, levels leaving the window appended at the top and levels entering it popped from the top, with
 * the size and top checked after every step and every level read back regularly, across block splits,
 * merges and the pool's growth.
 */
class DeepLevelsTest
{
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 20240808 })
    void shouldAgreeWithASortedMapThroughUpdatesAppendsAndPops(final long seed)
    {
        final Random random = new Random(seed);
        final DeepLevels deep = new DeepLevels(1);
        final TreeMap<Long, Long> expected = new TreeMap<>();
        int maxSize = 0;

        for (int step = 0; step < 60_000; step++)
        {
            final int kind = random.nextInt(100);
            // The book's depth drifts, so that the blocks grow, split, thin out and merge again.
            final int range = 50 + (int)(Math.abs(Math.sin(step / 5_000.0)) * 2_000);
            if (kind < 70 || expected.isEmpty())
            {
                final long key = -1_000_000L + random.nextInt(range) * 7L;
                final long qty = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1_000_000);
                deep.set(key, qty);
                if (qty == 0)
                {
                    expected.remove(key);
                }
                else
                {
                    expected.put(key, qty);
                }
            }
            else if (kind < 85)
            {
                final long key = expected.lastKey() + 1 + random.nextInt(20);
                final long qty = 1 + random.nextInt(1_000);
                deep.append(key, qty);
                expected.put(key, qty);
            }
            else
            {
                assertThat(deep.topKey()).isEqualTo(expected.lastKey());
                assertThat(deep.topQty()).isEqualTo(expected.lastEntry().getValue());
                deep.pop();
                expected.pollLastEntry();
            }
            maxSize = Math.max(maxSize, deep.size());
            assertThat(deep.size()).isEqualTo(expected.size());
            if (!expected.isEmpty() && (deep.topKey() != expected.lastKey() || deep.topQty() != expected.lastEntry().getValue()))
            {
                throw new AssertionError("top differs after step " + step);
            }
            if (step % 97 == 0)
            {
                assertSame(expected, deep, step);
            }
        }
        assertSame(expected, deep, -1);
        assertThat(maxSize).isGreaterThan(10 * DeepLevels.BLOCK);
        assertThat(deep.capacity()).as("the pool grew from its first few blocks").isGreaterThan(maxSize);
    }

    private static void assertSame(final TreeMap<Long, Long> expected, final DeepLevels deep, final int step)
    {
        if (deep.size() != expected.size())
        {
            throw new AssertionError("size " + deep.size() + ", expected " + expected.size() + " after step " + step);
        }
        int fromTop = 0;
        long total = 0;
        for (final Map.Entry<Long, Long> level : expected.descendingMap().entrySet())
        {
            if (deep.key(fromTop) != level.getKey() || deep.qty(fromTop) != level.getValue() ||
                deep.qtyAt(level.getKey()) != level.getValue())
            {
                throw new AssertionError("level " + fromTop + " differs after step " + step);
            }
            total += level.getValue();
            fromTop++;
        }
        if (deep.totalQty(deep.size()) != total)
        {
            throw new AssertionError("total differs after step " + step);
        }
        final long[] visited = new long[1];
        deep.forEachLevel(3, deep.size(), -1, (level, price, qty) ->
        {
            if (level != 3 + visited[0] || expected.get(-price) != qty)
            {
                throw new AssertionError("visited level " + level + " differs after step " + step);
            }
            visited[0]++;
        });
        if (visited[0] != deep.size() || (!expected.isEmpty() && deep.qtyAt(expected.firstKey() - 1) != 0))
        {
            throw new AssertionError("visit or absent read differs after step " + step);
        }
    }
}
