package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.function.Consumer;

/** A trained {@link PairPredictor} that can keep learning from new windows and be copied. */
public interface FineTunable extends PairPredictor {
    /** Continues training from the current parameters on recent examples for a few epochs. */
    void fineTune(List<WindowExample> recent, int epochs, Consumer<FitProgress> progress);

    /** An independent copy with the same parameters, e.g. to keep a frozen model beside an adapting one. */
    FineTunable copy();
}
