package dev.harmony.engine.store;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Encodes one telemetry chunk: a format byte, then the values' float32 bits (big-endian) through raw
 * Deflate. NaN and every other bit pattern round-trip exactly (docs/decisions/0002-telemetry-storage.md).
 */
final class ChunkCodec {
    static final byte FORMAT_FLOAT32_DEFLATE = 1;
    // zlib's default level: level 9 saved only 0.2 % on the Bitbrains month (docs/decisions/0002).
    private static final int LEVEL = 6;

    private ChunkCodec() {
    }

    static byte[] encode(float[] values) {
        byte[] raw = new byte[values.length * Float.BYTES];
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToRawIntBits(values[i]);
            raw[4 * i] = (byte) (bits >>> 24);
            raw[4 * i + 1] = (byte) (bits >>> 16);
            raw[4 * i + 2] = (byte) (bits >>> 8);
            raw[4 * i + 3] = (byte) bits;
        }
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 16);
            out.write(FORMAT_FLOAT32_DEFLATE);
            byte[] buffer = new byte[Math.max(64, raw.length)];
            while (!deflater.finished()) {
                int written = deflater.deflate(buffer);
                out.write(buffer, 0, written);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Decodes a chunk of {@code n} values.
     *
     * @throws IllegalArgumentException when the payload is not such a chunk
     */
    static float[] decode(byte[] payload, int n) {
        if (payload.length == 0 || payload[0] != FORMAT_FLOAT32_DEFLATE) {
            throw new IllegalArgumentException("unknown chunk format " + (payload.length == 0 ? "(empty)" : payload[0]));
        }
        byte[] raw = new byte[n * Float.BYTES];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(payload, 1, payload.length - 1);
            int read = 0;
            while (read < raw.length) {
                int got = inflater.inflate(raw, read, raw.length - read);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += got;
            }
            if (read != raw.length) {
                throw new IllegalArgumentException("chunk holds " + read / Float.BYTES + " values, expected " + n);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("chunk is not valid Deflate data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            int bits = (raw[4 * i] & 0xff) << 24 | (raw[4 * i + 1] & 0xff) << 16 | (raw[4 * i + 2] & 0xff) << 8 | raw[4 * i + 3] & 0xff;
            values[i] = Float.intBitsToFloat(bits);
        }
        return values;
    }
}
