package dev.harmony.engine.affinity.features;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.VmDemand;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmFeaturesTest {
    private final VmFeatures features = new VmFeatures(FeatureOptions.defaults());

    private FeatureMatrix extract(VmDemand... demands) {
        return features.extract(DemandPanel.of(List.of(demands), SyntheticDemand.days(2)));
    }

    private static float sum(float[] v) {
        float s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }

    @Test
    void officeHoursVmHasItsWholeProfileInOfficeHours() {
        // Busy from 09:00 to 17:00 UTC: 96 five-minute intervals starting at interval 108.
        float[] cpu = SyntheticDemand.daily(2, 96, 108, 0, 2000);
        FeatureMatrix m = extract(SyntheticDemand.cpu(SyntheticDemand.vm("office"), cpu));
        float[] profile = m.select("profile.").row(0);

        assertThat(sum(profile)).isCloseTo(1f, within(1e-5f));
        assertThat(profile[8]).isZero();
        assertThat(profile[9]).isCloseTo(1f / 8, within(1e-5f));
        assertThat(profile[16]).isCloseTo(1f / 8, within(1e-5f));
        assertThat(profile[17]).isZero();
    }

    @Test
    void statisticsAreLogScaledAndSizeAndMetadataAreEncoded() {
        FeatureMatrix m = extract(SyntheticDemand.cpu(SyntheticDemand.vm("a", "linux", "web"), SyntheticDemand.constant(2 * DAY, 1000)),
                SyntheticDemand.cpu(SyntheticDemand.vm("b", "linux", ""), SyntheticDemand.constant(2 * DAY, 0)));

        assertThat(m.get(0, m.column("cpu.p95.ln1p[MHz]"))).isCloseTo((float) Math.log1p(1000), within(1e-5f));
        assertThat(m.get(0, m.column("cpu.cov"))).isZero();
        assertThat(m.get(0, m.column("size.vcpus.log2"))).isEqualTo(1f);
        assertThat(m.get(0, m.column("size.memory.log2[MiB]"))).isEqualTo(12f);
        assertThat(sum(m.select("os.").row(0))).isEqualTo(1f);
        assertThat(m.select("os.").row(0)).containsExactly(m.select("os.").row(1));
        assertThat(sum(m.select("template.").row(0))).isEqualTo(1f);
        assertThat(sum(m.select("template.").row(1))).isZero();
        assertThat(m.cols()).isEqualTo(features.columns().size()).isEqualTo(4 * 5 + 1 + 24 + 2 + 2 * 8);
    }

    @Test
    void vmWithoutDataOrDemandGetsAFlatProfileAndNoNaN() {
        float[] missing = new float[2 * DAY];
        Arrays.fill(missing, Float.NaN);
        VmDemand absent = SyntheticDemand.of(SyntheticDemand.vm("gone"), missing, missing, missing, missing);
        VmDemand idle = SyntheticDemand.cpu(SyntheticDemand.vm("idle"), SyntheticDemand.constant(2 * DAY, 0));
        FeatureMatrix m = extract(absent, idle);

        for (int row = 0; row < 2; row++) {
            float[] profile = m.select("profile.").row(row);
            assertThat(profile).containsOnly(1f / 24);
        }
        assertThat(m.get(0, m.column("measured_fraction"))).isZero();
        assertThat(m.get(1, m.column("measured_fraction"))).isEqualTo(1f);
    }

    @Test
    void hoursWithoutDataTakeTheMeanOfTheOthers() {
        float[] cpu = SyntheticDemand.constant(2 * DAY, 100);
        for (int day = 0; day < 2; day++) {
            Arrays.fill(cpu, day * DAY + 36, day * DAY + 48, Float.NaN);
        }
        float[] profile = extract(SyntheticDemand.cpu(SyntheticDemand.vm("a"), cpu)).select("profile.").row(0);

        for (float p : profile) {
            assertThat(p).isCloseTo(1f / 24, within(1e-6f));
        }
    }
}
