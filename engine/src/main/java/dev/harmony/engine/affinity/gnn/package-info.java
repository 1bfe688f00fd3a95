/**
 * A graph neural network that predicts pairwise VM affinity: GraphSAGE node encoders over sampled
 * neighbourhoods and an edge decoder, written with ND4J SameDiff over plain arrays. The choice of
 * formulation is recorded in {@code docs/decisions/0005-gnn-formulation.md}.
 */
package dev.harmony.engine.affinity.gnn;
