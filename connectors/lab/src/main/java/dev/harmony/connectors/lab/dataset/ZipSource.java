package dev.harmony.connectors.lab.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a zip, read into memory once: the bundled PlanetLab day is 4 MB unzipped, and a zip
 * stream cannot be opened at one entry, so holding the bytes is the simple way to parse in parallel.
 */
final class ZipSource implements TraceSource {
    /** Opens the zip's bytes; called once, on first use. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String origin;
    private final Opener opener;
    private Map<String, byte[]> entries;

    ZipSource(String origin, Opener opener) {
        this.origin = origin;
        this.opener = opener;
    }

    static ZipSource ofFile(Path zip) {
        Path absolute = zip.toAbsolutePath().normalize();
        return new ZipSource(absolute.toString(), () -> Files.newInputStream(absolute));
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String label() {
        String base = origin.substring(origin.lastIndexOf('/') + 1);
        return base.endsWith(".zip") ? base.substring(0, base.length() - 4) : base;
    }

    @Override
    public synchronized List<String> names() throws IOException {
        return new ArrayList<>(entries().keySet());
    }

    @Override
    public synchronized InputStream open(String name) throws IOException {
        byte[] bytes = entries().get(name);
        if (bytes == null) {
            throw new IOException(origin + " has no entry " + name);
        }
        return new ByteArrayInputStream(bytes);
    }

    private Map<String, byte[]> entries() throws IOException {
        if (entries == null) {
            Map<String, byte[]> read = new TreeMap<>();
            try (ZipInputStream zip = new ZipInputStream(opener.open())) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory()) {
                        read.put(e.getName(), zip.readAllBytes());
                    }
                }
            }
            entries = read;
        }
        return entries;
    }
}
