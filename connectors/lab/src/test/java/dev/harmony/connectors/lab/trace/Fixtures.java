package dev.harmony.connectors.lab.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Opens the hand-written malformed trace files under {@code src/test/resources/malformed}. */
final class Fixtures {
    private Fixtures() {
    }

    static InputStream open(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/malformed/" + path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing fixture " + path));
        }
        return in;
    }

    static VmTrace bitbrains(String file) {
        try (InputStream in = open("bitbrains/" + file)) {
            return new BitbrainsParser().parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VmTrace planetlab(String file) {
        try (InputStream in = open("planetlab/20110303/" + file)) {
            return new PlanetLabParser(LocalDate.of(2011, 3, 3)).parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
