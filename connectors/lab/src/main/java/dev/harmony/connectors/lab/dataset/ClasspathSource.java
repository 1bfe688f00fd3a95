package dev.harmony.connectors.lab.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Trace files bundled as class-path resources. A jar cannot list a folder, so the bundle carries an
 * index file naming its trace files, one per line ({@code #} starts a comment).
 */
public final class ClasspathSource implements TraceSource {
    private final ClassLoader loader;
    private final String folder;
    private final String index;

    /**
     * @param loader the class loader holding the resources
     * @param folder the resource folder, e.g. {@code dev/harmony/connectors/lab/data/bitbrains-rnd}
     * @param index  the index file's name inside the folder
     */
    public ClasspathSource(ClassLoader loader, String folder, String index) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        this.index = index;
    }

    /** A bundled zip of trace files, read like a zip on disk. */
    public static TraceSource zip(ClassLoader loader, String resource) {
        return new ZipSource("classpath:" + resource, () -> open(loader, resource));
    }

    @Override
    public String origin() {
        return "classpath:" + folder;
    }

    @Override
    public String label() {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    @Override
    public List<String> names() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(loader, folder + "/" + index),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return open(loader, folder + "/" + name);
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("bundled resource " + resource + " is missing from the class path");
        }
        return in;
    }
}
