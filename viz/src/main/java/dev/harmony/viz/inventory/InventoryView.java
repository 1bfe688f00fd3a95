package dev.harmony.viz.inventory;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The inventory panel: a search field above the pool → host → VM tree, bound to an {@link InventoryViewModel}. */
public final class InventoryView extends VBox {
    private final TreeView<InventoryNode> tree = new TreeView<>();

    public InventoryView(InventoryViewModel model) {
        setSpacing(6);
        TextField search = new TextField();
        search.setId("inventorySearch");
        search.setPromptText("Search hosts and VMs");
        search.textProperty().bindBidirectional(model.searchProperty());

        Label summary = new Label();
        summary.setId("inventorySummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);

        tree.setId("inventoryTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new InventoryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        model.rowsProperty().addListener((obs, old, rows) -> show(rows, !model.searchProperty().get().isBlank()));
        show(model.rowsProperty().get(), false);

        getChildren().addAll(search, summary, tree);
    }

    private void show(List<InventoryNode> rows, boolean expandAll) {
        TreeItem<InventoryNode> root = new TreeItem<>();
        for (InventoryNode pool : rows) {
            root.getChildren().add(item(pool, expandAll, 0));
        }
        tree.setRoot(root);
    }

    private static TreeItem<InventoryNode> item(InventoryNode node, boolean expandAll, int depth) {
        TreeItem<InventoryNode> item = new TreeItem<>(node);
        item.setExpanded(expandAll || depth == 0);
        for (InventoryNode child : node.children()) {
            item.getChildren().add(item(child, expandAll, depth + 1));
        }
        return item;
    }
}
