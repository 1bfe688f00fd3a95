package dev.harmony.viz.inventory;

import javafx.scene.control.TreeCell;

/** Shows a row's label and, dimmer, its detail. */
final class InventoryCell extends TreeCell<InventoryNode> {
    @Override
    protected void updateItem(InventoryNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setText(null);
            return;
        }
        String count = node.kind() == InventoryNode.Kind.VM ? "" : "  (" + node.children().size() + ")";
        setText(node.label() + count + "   " + node.detail());
        getStyleClass().removeAll("inventory-pool", "inventory-host", "inventory-vm");
        getStyleClass().add("inventory-" + node.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
