package dev.harmony.connectors.lab.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** A set of trace files to load: a folder, a zip, or files bundled on the class path. */
public interface TraceSource {

    /** Where the files come from, for reports (a path or a resource name). */
    String origin();

    /** The last element of the origin, e.g. {@code 20110303}; a PlanetLab day is read from it. */
    String label();

    /** Entry names, sorted; an entry may carry a folder prefix such as {@code 20110303/name}. */
    List<String> names() throws IOException;

    /** Opens one entry; the caller closes the stream. */
    InputStream open(String name) throws IOException;

    /** The regular files directly inside a folder. */
    static TraceSource folder(Path folder) {
        return new FolderSource(folder);
    }

    /** The files inside a zip on disk. */
    static TraceSource zip(Path zipFile) {
        return ZipSource.ofFile(zipFile);
    }
}
