package dev.harmony.app.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates picocli's command objects, handing the shared {@link AppContext} to those whose constructor takes it. */
final class ContextFactory implements CommandLine.IFactory {
    private final AppContext context;

    ContextFactory(AppContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            if (params.length == 1 && params[0] == AppContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
