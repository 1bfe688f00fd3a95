package dev.harmony.engine.affinity.matrix;

/** Told after each update of a {@link SparseAffinityMatrix}, on the updating thread, outside the matrix's lock. */
@FunctionalInterface
public interface AffinityMatrixListener {
    void matrixUpdated(MatrixChange change);
}
