package dev.harmony.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkCodecTest {

    @Test
    void everyBitPatternRoundTripsIncludingNaNPayloadsAndNegativeZero() {
        float[] values = {Float.NaN, Float.intBitsToFloat(0x7fc0_1234), -0.0f, 0.0f, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, Float.MAX_VALUE, 2599.999f, 1.0e-30f, -42.5f};

        float[] decoded = ChunkCodec.decode(ChunkCodec.encode(values), values.length);

        assertThat(Arrays.stream(box(decoded)).mapToInt(Float::floatToRawIntBits).toArray())
                .containsExactly(Arrays.stream(box(values)).mapToInt(Float::floatToRawIntBits).toArray());
    }

    @Test
    void dayOfNoiseAtOneSecondStepsRoundTrips() {
        Random random = new Random(7);
        float[] values = new float[86_400];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat() * 1000;
        }

        assertThat(ChunkCodec.decode(ChunkCodec.encode(values), values.length)).containsExactly(values);
    }

    @Test
    void constantDayCompressesToAFewBytes() {
        float[] values = new float[288];
        Arrays.fill(values, 5851.9989f);

        assertThat(ChunkCodec.encode(values).length).isLessThan(32);
    }

    @Test
    void damagedOrTruncatedPayloadIsRefused() {
        byte[] payload = ChunkCodec.encode(new float[] {1f, 2f, 3f});

        assertThatThrownBy(() -> ChunkCodec.decode(payload, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 4");
        assertThatThrownBy(() -> ChunkCodec.decode(new byte[] {9, 1, 2}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown chunk format");
        assertThatThrownBy(() -> ChunkCodec.decode(new byte[] {1, (byte) 0xff, (byte) 0xff}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Float[] box(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
