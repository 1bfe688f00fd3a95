/**
 * Benchmark suites: each one builds its input at a named size, then times one body of engine work.
 * No timing assertions live here; {@code harmony bench} runs the suites and reports what it measured.
 */
package dev.harmony.engine.bench;
