package dev.harmony.app.workstation;

import dev.harmony.app.cli.ReportFormat;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menus and their shortcuts. File: open a lab, connect (the Connect tab), export the plan report, quit. View: one
 * item per tab (Ctrl+1 … Ctrl+9, kept in step with the tabs, so panels added later get theirs) and the
 * theme. Tools: train, evaluate, plan, execute. Help: about.
 */
final class WorkstationMenus {
    private WorkstationMenus() {
    }

    static MenuBar bar(WorkstationView view, TabPane tabs, WorkstationViewModel model) {
        MenuBar bar = new MenuBar(file(view, model), viewMenu(tabs, model), tools(view, model), help(view, model));
        bar.setId("menuBar");
        return bar;
    }

    private static Menu file(WorkstationView view, WorkstationViewModel model) {
        MenuItem open = item("menuOpenLab", "Open lab…", "Shortcut+O", view::openLab);
        MenuItem connect = item("menuConnect", "Connect to vCenter or OpenStack…", "Shortcut+K", () -> view.showTab("connectTab"));
        Menu export = new Menu("Export plan report");
        export.setId("menuExport");
        for (ReportFormat format : ReportFormat.values()) {
            export.getItems().add(item("menuExport" + format.name(), format.code().toUpperCase(Locale.ROOT) + " …", null,
                    () -> model.export().export(format)));
        }
        export.getItems().get(0).setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        MenuItem quit = item("menuQuit", "Quit", "Shortcut+Q", () -> view.getScene().getWindow().hide());
        return menu("File", open, connect, export, new SeparatorMenuItem(), quit);
    }

    private static Menu viewMenu(TabPane tabs, WorkstationViewModel model) {
        Menu menu = new Menu("View");
        menu.setId("menuView");
        Menu theme = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setId("menuTheme" + t.label());
            r.setToggleGroup(group);
            r.setSelected(model.themeProperty().get() == t);
            r.setOnAction(e -> model.themeProperty().set(t));
            model.themeProperty().addListener((obs, old, now) -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        MenuItem toggle = item("menuToggleTheme", "Switch light/dark", "Shortcut+Shift+D",
                () -> model.themeProperty().set(model.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        Runnable rebuild = () -> {
            menu.getItems().clear();
            int n = 0;
            for (Tab tab : tabs.getTabs()) {
                n++;
                MenuItem show = item("menuTab-" + tab.getId(), tab.getText(), n <= 9 ? "Shortcut+" + n : null,
                        () -> tabs.getSelectionModel().select(tab));
                menu.getItems().add(show);
            }
            menu.getItems().addAll(new SeparatorMenuItem(), theme, toggle);
        };
        rebuild.run();
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild.run());
        return menu;
    }

    private static Menu tools(WorkstationView view, WorkstationViewModel model) {
        return menu("Tools",
                item("menuTrain", "Train the affinity model", "Shortcut+T", () -> {
                    view.showTab("trainingTab");
                    model.training().start();
                }),
                item("menuEvaluate", "Evaluate against baselines", null, () -> {
                    view.showTab("trainingTab");
                    model.training().evaluate();
                }),
                new SeparatorMenuItem(),
                item("menuPlan", "Plan migrations", "Shortcut+P", () -> {
                    view.showTab("planTab");
                    model.plan().plan();
                }),
                item("menuExecute", "Execute approved moves", "Shortcut+E", () -> {
                    view.showTab("planTab");
                    model.execution().execute();
                }));
    }

    private static Menu help(WorkstationView view, WorkstationViewModel model) {
        return menu("Help", item("menuAbout", "About Harmony", "F1", () -> {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.initOwner(view.getScene().getWindow());
            about.setTitle("About Harmony");
            about.setHeaderText("Harmony " + version());
            about.setContentText("A workstation for capacity planners: pairwise VM affinity, pool health, and migration plans that"
                    + " run only once a planner approves them.\n\nPreferences: " + model.services().preferences().file()
                    .map(Object::toString).orElse("not kept (this window's preferences are in memory)"));
            about.show();
        }));
    }

    private static String version() {
        String v = WorkstationMenus.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static Menu menu(String title, MenuItem... items) {
        Menu m = new Menu(title);
        m.setId("menu" + title);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
