package dev.harmony.app.workstation;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks a tab's header by its title: a plain text lookup could also find a button of that name in a hidden tab. */
final class TabClicks {
    private TabClicks() {
    }

    static void click(FxRobot robot, String title) throws Exception {
        // The lookup walks the scene graph, so it runs on the FX thread: from the test thread it raced a table
        // the FX thread was filling (IndexOutOfBoundsException in Parent.lookupAll, seen once in ./run-tests).
        Node header = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab-header-area .tab-label")
                .match((Node n) -> n instanceof Labeled l && title.equals(l.getText())).<Node>query()).get(10, TimeUnit.SECONDS);
        robot.clickOn(header);
    }
}
