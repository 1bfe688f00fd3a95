package dev.harmony.engine.affinity.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * Edges of one kind between feature-matrix rows. Undirected lists hold each edge once with
 * {@code source < target}; directed lists (top-k similarity) hold {@code source → target}.
 *
 * @param kind      what the edges mean
 * @param directed  whether source and target differ in role
 * @param source    row of each edge's source
 * @param target    row of each edge's target
 * @param weight    weight of each edge, finite
 * @param estimated per edge, whether its weight rests on an estimate (traffic); false otherwise
 */
public record EdgeList(EdgeKind kind, boolean directed, int[] source, int[] target, float[] weight, boolean[] estimated) {
    public EdgeList {
        Objects.requireNonNull(kind, "kind");
        if (source.length != target.length || source.length != weight.length || source.length != estimated.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        for (int e = 0; e < source.length; e++) {
            if (source[e] < 0 || target[e] < 0 || source[e] == target[e] || (!directed && source[e] > target[e])) {
                throw new IllegalArgumentException(kind + " edge " + e + " is not a valid pair: " + source[e] + "-" + target[e]);
            }
            if (!Float.isFinite(weight[e])) {
                throw new IllegalArgumentException(kind + " edge " + e + " has weight " + weight[e]);
            }
        }
        source = source.clone();
        target = target.clone();
        weight = weight.clone();
        estimated = estimated.clone();
    }

    public int size() {
        return source.length;
    }

    public int source(int e) {
        return source[e];
    }

    public int target(int e) {
        return target[e];
    }

    public float weight(int e) {
        return weight[e];
    }

    public boolean estimated(int e) {
        return estimated[e];
    }

    @Override
    public int[] source() {
        return source.clone();
    }

    @Override
    public int[] target() {
        return target.clone();
    }

    @Override
    public float[] weight() {
        return weight.clone();
    }

    @Override
    public boolean[] estimated() {
        return estimated.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdgeList l && kind == l.kind && directed == l.directed && Arrays.equals(source, l.source)
                && Arrays.equals(target, l.target) && Arrays.equals(weight, l.weight) && Arrays.equals(estimated, l.estimated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, directed, Arrays.hashCode(source), Arrays.hashCode(target));
    }

    @Override
    public String toString() {
        return "EdgeList[" + kind + (directed ? " directed" : "") + ", " + size() + " edges]";
    }
}
