package io.ringwall.engine.replay;

import org.agrona.DirectBuffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over a stream of decisions (each decision's SBE bytes, message header included, in order):
 * the fingerprint that shows live and replay, run and run, JDK and JDK, decided exactly the same.
 */
public final class DecisionDigest
{
    private final MessageDigest sha256;
    private byte[] scratch = new byte[1024];
    private long count;

    public DecisionDigest()
    {
        try
        {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    public void update(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length > scratch.length)
        {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        buffer.getBytes(offset, scratch, 0, length);
        // the length goes in too, so that two streams cannot collide by shifting bytes between decisions
        sha256.update((byte)(length >>> 24));
        sha256.update((byte)(length >>> 16));
        sha256.update((byte)(length >>> 8));
        sha256.update((byte)length);
        sha256.update(scratch, 0, length);
        count++;
    }

    /** @return decisions digested. */
    public long count()
    {
        return count;
    }

    /** @return the digest as lower-case hex (the digest is finished; call once). */
    public String hex()
    {
        final byte[] d = sha256.digest();
        final StringBuilder sb = new StringBuilder(d.length * 2);
        for (final byte b : d)
        {
            sb.append(Character.forDigit((b >>> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
