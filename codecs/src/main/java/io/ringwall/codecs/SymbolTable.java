package io.ringwall.codecs;

import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Symbol text to instrument id, looked up straight from a frame's bytes without making a String.
 * ASCII case is ignored, because Binance names a symbol "btcusdt" in stream names and "BTCUSDT" in payloads.
 * Open addressing with linear probing; owned by one thread (a gateway's event loop).
 */
public final class SymbolTable
{
    /** Returned by {@link #lookup} for a symbol the table does not hold. */
    public static final int MISSING = 0;

    private byte[][] keys;
    private int[] ids;
    private int[] hashes;
    private int size;

    /**
     * An empty table.
     */
    public SymbolTable()
    {
        allocate(64);
    }

    /**
     * Binds a symbol to an instrument id.
     *
     * @param symbol the symbol, any case.
     * @param id     the instrument id, positive.
     */
    public void put(final String symbol, final int id)
    {
        if (id <= 0)
        {
            throw new IllegalArgumentException("id must be positive");
        }
        final byte[] key = symbol.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if ((size + 1) * 2 > keys.length)
        {
            rehash(keys.length * 2);
        }
        final int hash = hash(key);
        final int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null)
        {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], key))
            {
                ids[slot] = id;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
        hashes[slot] = hash;
        size++;
    }

    /**
     * Looks a symbol up by its bytes, ignoring ASCII case.
     *
     * @param buffer holding the symbol.
     * @param offset its first byte.
     * @param length its length.
     * @return the instrument id, or {@link #MISSING}.
     */
    public int lookup(final DirectBuffer buffer, final int offset, final int length)
    {
        int hash = 0;
        for (int i = 0; i < length; i++)
        {
            hash = 31 * hash + upper(buffer.getByte(offset + i));
        }
        hash = mix(hash);
        final int mask = keys.length - 1;
        int slot = hash & mask;
        byte[] key;
        while ((key = keys[slot]) != null)
        {
            if (hashes[slot] == hash && key.length == length && matches(key, buffer, offset))
            {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    /**
     * @return how many symbols the table holds.
     */
    public int size()
    {
        return size;
    }

    private static boolean matches(final byte[] key, final DirectBuffer buffer, final int offset)
    {
        for (int i = 0; i < key.length; i++)
        {
            if (key[i] != upper(buffer.getByte(offset + i)))
            {
                return false;
            }
        }
        return true;
    }

    private static byte upper(final byte b)
    {
        return b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
    }

    private static int hash(final byte[] key)
    {
        int hash = 0;
        for (final byte b : key)
        {
            hash = 31 * hash + b;
        }
        return mix(hash);
    }

    private static int mix(final int h)
    {
        final int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void allocate(final int capacity)
    {
        keys = new byte[capacity][];
        ids = new int[capacity];
        hashes = new int[capacity];
    }

    private void rehash(final int capacity)
    {
        final byte[][] oldKeys = keys;
        final int[] oldIds = ids;
        final int[] oldHashes = hashes;
        allocate(capacity);
        final int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++)
        {
            if (oldKeys[i] != null)
            {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null)
                {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
