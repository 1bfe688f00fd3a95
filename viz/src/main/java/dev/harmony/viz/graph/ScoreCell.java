package dev.harmony.viz.graph;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;

/**
 * A table cell that shows an affinity as a signed number on its diverging colour.
 *
 * @param <S> the row type
 */
public final class ScoreCell<S> extends TableCell<S, Float> {
    @Override
    protected void updateItem(Float score, boolean empty) {
        super.updateItem(score, empty);
        if (empty || score == null) {
            setText(null);
            setBackground(null);
            return;
        }
        setText(String.format(Locale.ROOT, "%+.2f", score));
        setAlignment(Pos.CENTER_RIGHT);
        setTextFill(AffinityColors.textOn(score));
        setBackground(new Background(new BackgroundFill(AffinityColors.affinity(score), null, null)));
    }
}
