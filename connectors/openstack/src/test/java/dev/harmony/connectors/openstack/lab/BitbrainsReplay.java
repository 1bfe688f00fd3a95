package dev.harmony.connectors.openstack.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns rows of the bundled Bitbrains slice into the series a libvirt exporter scraped every minute
 * would have left in Prometheus: a row's rates (CPU, disk, network) grow counters evenly over its
 * five minutes, its memory is a gauge. Rows are taken as consecutive five-minute intervals.
 */
public final class BitbrainsReplay {
    /** One trace row. */
    public static final Duration ROW = Duration.ofMinutes(5);
    private static final int SCRAPES_PER_ROW = 5;

    private BitbrainsReplay() {
    }

    /**
     * One trace row: CPU cores, CPU usage (MHz and %), memory (KB), disk and network (KB/s).
     */
    public record Row(int cores, double cpuMhz, double cpuPercent, double memoryCapacityKb, double memoryKb, double diskReadKbps,
            double diskWriteKbps, double netRxKbps, double netTxKbps) {
    }

    /**
     * A trace VM standing in for a lab server.
     *
     * @param trace    the trace file's number
     * @param serverId the lab server it is replayed as
     * @param rows     its rows, in order
     */
    public record Vm(String trace, String serverId, List<Row> rows) {
        static Vm read(String trace, String serverId) {
            List<Row> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    BitbrainsReplay.class.getResourceAsStream("/bitbrains-slice/" + trace + ".csv"), StandardCharsets.UTF_8))) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(";\\s*");
                    rows.add(new Row((int) Double.parseDouble(f[1]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                            Double.parseDouble(f[9]), Double.parseDouble(f[10])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Vm(trace, serverId, List.copyOf(rows));
        }
    }

    /** The six trace VMs of the slice, standing in for the lab's servers vm1 .. vm6. */
    static List<Vm> forLab(OpenStackLab lab) {
        List<Vm> vms = new ArrayList<>();
        String[] traces = {"100", "101", "105", "106", "11", "111"};
        for (int i = 0; i < traces.length; i++) {
            vms.add(Vm.read(traces[i], lab.server("vm" + (i + 1))));
        }
        return List.copyOf(vms);
    }

    /** The window the replay covers: whole rows, ending at the last five-minute mark before now. */
    static Instant[] window(List<Vm> vms) {
        long step = ROW.toSeconds();
        Instant to = Instant.ofEpochSecond((Instant.now().getEpochSecond() / step - 1) * step);
        return new Instant[] {to.minus(ROW.multipliedBy(vms.get(0).rows().size())), to};
    }

    /** The OpenMetrics text for promtool: the trace's first row covers {@code [from, from + 5 min)}. */
    static String openMetrics(List<Vm> vms, Instant from) {
        StringBuilder out = new StringBuilder();
        counter(out, "libvirt_domain_info_cpu_time_seconds", vms, from, "", r -> r.cpuPercent() / 100 * r.cores());
        gauge(out, "libvirt_domain_info_virtual_cpus", vms, from, r -> r.cores());
        gauge(out, "libvirt_domain_info_memory_usage_bytes", vms, from, r -> r.memoryKb() * 1024);
        gauge(out, "libvirt_domain_info_maximum_memory_bytes", vms, from, r -> r.memoryCapacityKb() * 1024);
        counter(out, "libvirt_domain_block_stats_read_bytes", vms, from, ",target_device=\"vda\"", r -> r.diskReadKbps() * 1024);
        counter(out, "libvirt_domain_block_stats_write_bytes", vms, from, ",target_device=\"vda\"", r -> r.diskWriteKbps() * 1024);
        counter(out, "libvirt_domain_interface_stats_receive_bytes", vms, from, ",target_device=\"tap0\"", r -> r.netRxKbps() * 1024);
        counter(out, "libvirt_domain_interface_stats_transmit_bytes", vms, from, ",target_device=\"tap0\"", r -> r.netTxKbps() * 1024);
        return out.append("# EOF\n").toString();
    }

    private interface Value {
        double of(Row r);
    }

    /** A counter growing at the row's rate per second, scraped every minute. */
    private static void counter(StringBuilder out, String family, List<Vm> vms, Instant from, String extraLabels, Value perSecond) {
        out.append("# TYPE ").append(family).append(" counter\n");
        long scrape = ROW.toSeconds() / SCRAPES_PER_ROW;
        for (int v = 0; v < vms.size(); v++) {
            Vm vm = vms.get(v);
            double total = 1000.0 * (v + 1);
            for (int i = 0; i < vm.rows().size(); i++) {
                long start = from.getEpochSecond() + i * ROW.toSeconds();
                for (int s = 1; s <= SCRAPES_PER_ROW; s++) {
                    total += perSecond.of(vm.rows().get(i)) * scrape;
                    sample(out, family + "_total", vm, v, extraLabels, total, start + s * scrape);
                }
            }
        }
    }

    /** A gauge holding the row's value through its five minutes. */
    private static void gauge(StringBuilder out, String family, List<Vm> vms, Instant from, Value value) {
        out.append("# TYPE ").append(family).append(" gauge\n");
        long scrape = ROW.toSeconds() / SCRAPES_PER_ROW;
        for (int v = 0; v < vms.size(); v++) {
            Vm vm = vms.get(v);
            for (int i = 0; i < vm.rows().size(); i++) {
                long start = from.getEpochSecond() + i * ROW.toSeconds();
                for (int s = 1; s <= SCRAPES_PER_ROW; s++) {
                    sample(out, family, vm, v, "", value.of(vm.rows().get(i)), start + s * scrape);
                }
            }
        }
    }

    private static void sample(StringBuilder out, String name, Vm vm, int index, String extraLabels, double value, long time) {
        out.append(name).append("{domain=\"instance-").append(String.format(Locale.ROOT, "%08x", index + 1)).append("\",uuid=\"")
                .append(vm.serverId()).append('"').append(extraLabels).append("} ").append(Double.toString(value)).append(' ')
                .append(time).append('\n');
    }
}
