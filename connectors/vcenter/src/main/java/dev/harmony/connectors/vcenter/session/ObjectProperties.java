package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.ObjectContent;
import com.vmware.vim25.DynamicProperty;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The properties the property collector returned for one managed object, by property path.
 *
 * @param ref    the object
 * @param values property path to value; a property vCenter left unset is absent
 */
public record ObjectProperties(ManagedObjectReference ref, Map<String, Object> values) {
    public ObjectProperties {
        Objects.requireNonNull(ref, "ref");
        values = Map.copyOf(values);
    }

    static ObjectProperties of(ObjectContent content) {
        Map<String, Object> values = new HashMap<>();
        if (content.getPropSet() != null) {
            for (DynamicProperty p : content.getPropSet()) {
                Object value = p.getVal() == null ? null : unwrapArray(p.getVal());
                if (value != null) {
                    values.put(p.getName(), value);
                }
            }
        }
        return new ObjectProperties(content.getObj(), values);
    }

    /**
     * The plain array inside yavijava's {@code ArrayOfX} holder, which is what the property
     * collector hands back for an array-valued property.
     */
    private static Object unwrapArray(Object value) {
        if (!value.getClass().getSimpleName().startsWith("ArrayOf")) {
            return value;
        }
        for (java.lang.reflect.Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType().isArray() && m.getName().startsWith("get")) {
                try {
                    return m.invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + value.getClass().getName(), e);
                }
            }
        }
        return value;
    }

    /** The object's id, e.g. {@code vm-42}. */
    public String id() {
        return ref.getVal();
    }

    /** The object's type, e.g. {@code VirtualMachine}. */
    public String type() {
        return ref.getType();
    }

    /** The value, or null when unset; the caller names the type it expects. */
    public <T> T get(String path, Class<T> type) {
        Object value = values.get(path);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    public String text(String path) {
        Object value = values.get(path);
        return value == null ? "" : value.toString();
    }

    public long number(String path, long fallback) {
        return values.get(path) instanceof Number n ? n.longValue() : fallback;
    }

    public boolean flag(String path) {
        return values.get(path) instanceof Boolean b && b;
    }

    public ManagedObjectReference reference(String path) {
        return get(path, ManagedObjectReference.class);
    }
}
