package dev.harmony.connectors.lab.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.harmony.engine.connector.ConnectorException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lab's mutable state in a JSON file, so that the lab's placement survives the process: written
 * whole to a temporary file, forced to disk and renamed over the old one on every completed migration
 * and maintenance change, so a kill at any instant leaves either the old state or the new one.
 */
final class LabStateFile {
    static final String FORMAT = "harmony-lab-state/1";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One completed migration, as the lab saw it end (at trace time {@code endedAt}). */
    record Migration(String task, String vm, String from, String to, Instant endedAt) {
    }

    /**
     * What the file holds.
     *
     * @param format      {@link #FORMAT}
     * @param connector   the lab's connector name, e.g. {@code lab:bitbrains-rnd}
     * @param placement   host of every VM
     * @param maintenance hosts in maintenance
     * @param tasksIssued migration tasks ever started, so task ids stay unique across restarts
     * @param migrations  every completed migration, oldest first
     */
    record State(String format, String connector, Map<String, String> placement, Set<String> maintenance, int tasksIssued,
            List<Migration> migrations) {
        State {
            placement = Map.copyOf(placement);
            maintenance = Set.copyOf(maintenance);
            migrations = List.copyOf(migrations);
        }
    }

    private final Path file;

    LabStateFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    /** The saved state, or empty when the file does not exist yet. */
    Optional<State> load(String connector) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        State state;
        try {
            state = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), State.class);
        } catch (IOException e) {
            throw new ConnectorException(connector + " cannot read its state file " + file + ": " + message(e), e);
        }
        if (!FORMAT.equals(state.format()) || !connector.equals(state.connector())) {
            throw new ConnectorException("the state file " + file + " holds " + state.format() + " of " + state.connector()
                    + ", not " + FORMAT + " of " + connector + "; give this lab a state file of its own");
        }
        return Optional.of(state);
    }

    /** Replaces the file with the state, atomically. */
    void save(State state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            byte[] bytes = JSON.writeValueAsBytes(state);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ConnectorException(state.connector() + " cannot write its state file " + file + ": " + message(e), e);
        }
    }

    private static String message(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    }
}
