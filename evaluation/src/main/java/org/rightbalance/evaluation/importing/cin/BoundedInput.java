package org.rightbalance.evaluation.importing.cin;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts lines and refuses a run of more than {@code limit} bytes without a {@code <} or {@code >}: an element's
 * text, a tag or an attribute that long is rejected before the parser buffers it, so memory stays bounded. Also
 * checks the bytes are UTF-8, so that the line of the first bad byte is exact.
 */
final class BoundedInput extends FilterInputStream {

    /** Thrown (as an IOException, which the parser passes on) when a run is too long. */
    static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLongException(long line, long limit) {
            super("more than " + limit + " characters without markup at line " + line);
        }
    }

    /** Thrown (as an IOException) at the first byte that is not UTF-8. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(long line) {
            super("a byte that is not UTF-8 at line " + line);
        }
    }

    private final long limit;
    private int continuation;
    private long badUtf8 = -1;
    private long run;
    private long line = 1;
    private long tripped = -1;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long line() {
        return line;
    }

    /** The line of the first byte that is not UTF-8, or -1. */
    long badUtf8At() {
        return badUtf8;
    }

    /** The line where the limit was passed, or -1 while it has not been. */
    long trippedAt() {
        return tripped;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            see(buf[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int read = read(buf, 0, buf.length);
        return Math.max(read, 0);
    }

    private void see(byte b) throws IOException {
        utf8(b & 0xFF);
        if (b == '<' || b == '>') {
            run = 0;
            return;
        }
        if (b == '\n') {
            line++;
        }
        if (++run > limit) {
            tripped = line;
            throw new TooLongException(line, limit);
        }
    }

    private void utf8(int b) throws NotUtf8Exception {
        boolean ok;
        if (continuation > 0) {
            ok = (b & 0xC0) == 0x80;
            continuation--;
        } else if (b < 0x80) {
            ok = true;
        } else if (b >= 0xC2 && b <= 0xDF) {
            ok = true;
            continuation = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            ok = true;
            continuation = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            ok = true;
            continuation = 3;
        } else {
            ok = false;
        }
        if (!ok) {
            badUtf8 = line;
            throw new NotUtf8Exception(line);
        }
    }
}
