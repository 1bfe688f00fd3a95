package dev.harmony.connectors.vcenter.trust;

import dev.harmony.engine.store.DataDirectory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Certificate pins in a properties file, {@code endpoint=fingerprint} per line. Each change rewrites
 * the file through a temporary file and a move, so a crash never leaves half a file. Thread-safe.
 */
public final class PinFile implements CertificatePins {
    private final Path file;

    /** @param file the pin file; created on the first pin */
    public PinFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The pin file in the user's Harmony data folder: {@code vcenter/pinned-certificates.properties}. */
    public static PinFile in(DataDirectory data) {
        return new PinFile(data.root().resolve("vcenter").resolve("pinned-certificates.properties"));
    }

    @Override
    public synchronized Optional<String> pinned(String endpoint) {
        return Optional.ofNullable(read().getProperty(endpoint));
    }

    @Override
    public synchronized void pin(String endpoint, String sha256) {
        Properties pins = read();
        pins.setProperty(endpoint, sha256);
        write(pins);
    }

    @Override
    public synchronized void forget(String endpoint) {
        Properties pins = read();
        if (pins.remove(endpoint) != null) {
            write(pins);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    private Properties read() {
        Properties pins = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                pins.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the certificate pins in " + file, e);
            }
        }
        return pins;
    }

    private void write(Properties pins) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "pins", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                pins.store(out, "Harmony: server certificates trusted on first use (SHA-256)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate pins to " + file, e);
        }
    }
}
