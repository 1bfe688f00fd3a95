package dev.harmony.viz.inventory;

import java.util.List;

/**
 * One row of the inventory tree, independent of JavaFX so it can be built and tested anywhere.
 *
 * @param kind     what the row is
 * @param id       the pool, host or VM id
 * @param label    the text shown
 * @param detail   a short secondary text (size, load)
 * @param children rows below it
 */
public record InventoryNode(Kind kind, String id, String label, String detail, List<InventoryNode> children) {

    /** What a row stands for. */
    public enum Kind { POOL, HOST, VM }

    public InventoryNode {
        children = List.copyOf(children);
    }

    /** Rows in this subtree, this one included. */
    public int count() {
        return 1 + children.stream().mapToInt(InventoryNode::count).sum();
    }
}
