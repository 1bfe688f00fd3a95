package dev.harmony.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads one secret, the first line of a file or of standard input, into a char array the caller wipes. */
final class SecretInput {
    private SecretInput() {
    }

    /** The first line of the file named by environment variable {@code variable}. */
    static char[] fromFile(String variable, String fileName) {
        Path file = Path.of(fileName);
        if (!Files.isReadable(file)) {
            throw new UserError(variable + " names " + file + ", which cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            char[] secret = firstLine(in);
            if (secret.length == 0) {
                throw new UserError(variable + " names " + file + ", whose first line is empty");
            }
            return secret;
        } catch (IOException e) {
            throw new UserError("cannot read " + file + " (named by " + variable + "): " + e.getMessage());
        }
    }

    /** The first line of a stream, without its line end. */
    static char[] firstLine(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buffer = new char[256];
        int n = 0;
        for (int c = reader.read(); c >= 0 && c != '\n'; c = reader.read()) {
            if (n == buffer.length) {
                char[] bigger = Arrays.copyOf(buffer, n * 2);
                Arrays.fill(buffer, '\0');
                buffer = bigger;
            }
            buffer[n++] = (char) c;
        }
        if (n > 0 && buffer[n - 1] == '\r') {
            n--;
        }
        char[] out = Arrays.copyOf(buffer, n);
        Arrays.fill(buffer, '\0');
        return out;
    }
}
