package dev.harmony.app.workstation;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** Clicks a tab's header by its title: a plain text lookup could also find a button of that name in a hidden tab. */
final class TabClicks {
    private TabClicks() {
    }

    static void click(FxRobot robot, String title) {
        Node header = robot.lookup(".tab-header-area .tab-label").match((Node n) -> n instanceof Labeled l && title.equals(l.getText())).query();
        robot.clickOn(header);
    }
}
