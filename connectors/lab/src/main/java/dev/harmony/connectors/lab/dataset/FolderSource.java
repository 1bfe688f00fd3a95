package dev.harmony.connectors.lab.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The regular files directly inside one folder. */
final class FolderSource implements TraceSource {
    private final Path folder;

    FolderSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String origin() {
        return folder.toString();
    }

    @Override
    public String label() {
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    @Override
    public List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(folder.resolve(name));
    }
}
