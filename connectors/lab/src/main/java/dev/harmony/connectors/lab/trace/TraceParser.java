package dev.harmony.connectors.lab.trace;

import java.io.InputStream;

/** Reads one trace file holding one VM, applying its format's repair policy. */
public interface TraceParser {

    TraceFormat format();

    /**
     * Parses one file. Gzip input is recognised by its first two bytes, whatever the name says.
     *
     * @param file name used in the VM id and in every message (a file name, not a full path)
     * @param in   the file's bytes; not closed by the parser
     * @throws TraceFormatException when the file as a whole is unusable; the message names file, line,
     *                              what was wrong and what was expected
     */
    VmTrace parse(String file, InputStream in);
}
