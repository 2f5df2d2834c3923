package io.ringwall.engine.algos;

import io.ringwall.codecs.sbe.Side;
import io.ringwall.engine.orders.RecordingVenue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcebergTest
{
    @Test
    void shouldMatchTheReferenceSplitMix64Sequence()
    {
        final SplitMix64 random = new SplitMix64(0);
        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    }

    @Test
    void shouldRefillSlicesOnFillWithSeededSizesWithinBounds()
    {
        final List<Long> sizes = run(42, 9);
        final SplitMix64 reference = new SplitMix64(42 ^ 9);
        long left = 200;
        final List<Long> expected = new ArrayList<>();
        while (left > 0)
        {
            final long size = Math.min(left, 10 + Long.remainderUnsigned(reference.nextLong(), 21));
            expected.add(size);
            left -= size;
        }
        assertThat(sizes).isEqualTo(expected);
        assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(s -> s >= 10 && s <= 30);
        assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(200);
        assertThat(run(42, 9)).isEqualTo(sizes);
        assertThat(run(43, 9)).isNotEqualTo(sizes);
    }

    private static List<Long> run(final long seed, final long parentId)
    {
        final AlgoFixture f = new AlgoFixture();
        final Iceberg algo = new Iceberg(f.orders, 1, f.listener, seed);
        algo.start(parentId, 1, Side.ASK, 200, 5_000, 10, 30, 0);
        final List<Long> sizes = new ArrayList<>();
        long now = 0;
        while (algo.state() == AlgoState.WORKING)
        {
            final RecordingVenue.Call slice = f.lastSubmit();
            assertThat(slice.price()).isEqualTo(5_000);
            sizes.add(slice.qty());
            f.acceptAndFill(5_000, slice.qty(), ++now);
        }
        assertThat(f.finished).containsExactly(new AlgoFixture.Finished(parentId, AlgoState.DONE, AlgoOutcome.FILLED, 200, 5_000.0, now));
        assertThat(algo.slices()).isEqualTo(sizes.size());
        return sizes;
    }

    @Test
    void shouldShowTheNextSliceOnlyWhenTheVisibleOneIsFullyFilled()
    {
        final AlgoFixture f = new AlgoFixture();
        final Iceberg algo = new Iceberg(f.orders, 1, f.listener, 1);
        algo.start(3, 1, Side.BID, 100, 5_000, 20, 20, 0);
        f.acceptAndFill(5_000, 15, 1);
        assertThat(f.venue.submits()).hasSize(1);
        f.orders.onFill(f.lastSubmit().clientOrderId(), 5_000, 5, 0, true, 0.0, 2);
        assertThat(f.venue.submits()).hasSize(2);
        assertThat(f.lastSubmit().qty()).isEqualTo(20);
        assertThat(f.lastSubmit().nowNs()).isEqualTo(2);
    }
}
