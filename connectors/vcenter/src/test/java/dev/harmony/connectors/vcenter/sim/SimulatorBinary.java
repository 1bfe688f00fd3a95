package dev.harmony.connectors.vcenter.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the project's simulator main (src/test/go) with Go and govmomi from Debian's packages,
 * once per test run; later runs reuse the binary while no Go file is newer. Missing tools fail the
 * test with what to run, never skip it.
 */
final class SimulatorBinary {
    static final Path GOVMOMI = Path.of("/usr/share/gocode/src/github.com/vmware/govmomi/simulator");
    private static Path built;
    private static long buildMillis = -1;

    private SimulatorBinary() {
    }

    /** The simulator binary, built now if needed. */
    static synchronized Path get() {
        if (built != null) {
            return built;
        }
        Path source = Path.of(System.getProperty("harmony.vcsim.source", "src/test/go"));
        Path binary = Path.of(System.getProperty("harmony.vcsim.binary", "target/vcsim/harmony-vcsim"));
        requireTools();
        try {
            if (!Files.isExecutable(binary) || newestGoFile(source).compareTo(Files.getLastModifiedTime(binary)) > 0) {
                long started = System.nanoTime();
                Files.createDirectories(binary.toAbsolutePath().getParent());
                Path log = binary.toAbsolutePath().resolveSibling("build.log");
                Process build = new ProcessBuilder(List.of("bash", source.resolve("build-vcsim.sh").toString(), binary.toString()))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
                    build.destroyForcibly();
                    throw new IllegalStateException("building the vCenter simulator failed; see " + log + ":\n" + Files.readString(log));
                }
                buildMillis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("vCenter simulator built in %.1f s%n", buildMillis / 1000.0);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the vCenter simulator from " + source, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the vCenter simulator", e);
        }
        built = binary;
        return built;
    }

    /** How long this run's build took, or -1 when an up-to-date binary was reused. */
    static synchronized long buildMillis() {
        return buildMillis;
    }

    private static void requireTools() {
        boolean go = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "go")));
        if (!go || !Files.isDirectory(GOVMOMI)) {
            throw new IllegalStateException("The vCenter connector's tests need Go and govmomi's simulator source ("
                    + (go ? "" : "no 'go' on PATH; ") + (Files.isDirectory(GOVMOMI) ? "" : "no " + GOVMOMI + "; ")
                    + "Debian packages golang-go and golang-github-vmware-govmomi-dev). Run ./run-tests, which installs them.");
        }
    }

    private static FileTime newestGoFile(Path source) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(f -> f.toString().endsWith(".go") || f.toString().endsWith(".sh"))
                    .map(f -> {
                        try {
                            return Files.getLastModifiedTime(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }
}
