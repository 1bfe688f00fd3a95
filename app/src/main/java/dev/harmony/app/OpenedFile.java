package dev.harmony.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises the Harmony files the desktop opens with the workstation (the installers' file associations). */
final class OpenedFile {
    private OpenedFile() {
    }

    /** True for an existing {@code .hplan} or {@code .hscenario} file. */
    static boolean isHarmonyFile(String argument) {
        return (argument.endsWith(".hplan") || argument.endsWith(".hscenario")) && Files.isRegularFile(Path.of(argument));
    }
}
