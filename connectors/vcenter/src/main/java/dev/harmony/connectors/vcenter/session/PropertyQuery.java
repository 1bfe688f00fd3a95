package dev.harmony.connectors.vcenter.session;

import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.ObjectContent;
import com.vmware.vim25.ObjectSpec;
import com.vmware.vim25.PropertyFilterSpec;
import com.vmware.vim25.PropertySpec;
import com.vmware.vim25.RetrieveOptions;
import com.vmware.vim25.RetrieveResult;
import com.vmware.vim25.SelectionSpec;
import com.vmware.vim25.ServiceContent;
import com.vmware.vim25.TraversalSpec;
import com.vmware.vim25.VimPortType;
import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads chosen properties of many objects in few round trips: every object of the given types
 * below the root folder through one container view, or a given list of objects, a page of up to
 * {@value #PAGE} objects per answer.
 */
public final class PropertyQuery {
    static final int PAGE = 1000;

    private final Map<String, String[]> pathsByType = new LinkedHashMap<>();

    /** Adds a type and the property paths to read from each object of it. */
    public PropertyQuery type(String type, String... paths) {
        pathsByType.put(type, paths.clone());
        return this;
    }

    /** Every object of the added types in the inventory. */
    public List<ObjectProperties> everywhere(VimPortType vim, ServiceContent content) throws RemoteException {
        ManagedObjectReference view = vim.createContainerView(content.getViewManager(), content.getRootFolder(),
                pathsByType.keySet().toArray(String[]::new), true);
        try {
            TraversalSpec viewContents = new TraversalSpec();
            viewContents.setName("viewContents");
            viewContents.setType("ContainerView");
            viewContents.setPath("view");
            viewContents.setSkip(false);
            ObjectSpec start = new ObjectSpec();
            start.setObj(view);
            start.setSkip(true);
            start.setSelectSet(new SelectionSpec[] {viewContents});
            return retrieve(vim, content, new ObjectSpec[] {start});
        } finally {
            vim.destroyView(view);
        }
    }

    /** The given objects only. */
    public List<ObjectProperties> of(VimPortType vim, ServiceContent content, List<ManagedObjectReference> objects)
            throws RemoteException {
        if (objects.isEmpty()) {
            return List.of();
        }
        ObjectSpec[] specs = new ObjectSpec[objects.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new ObjectSpec();
            specs[i].setObj(objects.get(i));
            specs[i].setSkip(false);
        }
        return retrieve(vim, content, specs);
    }

    private List<ObjectProperties> retrieve(VimPortType vim, ServiceContent content, ObjectSpec[] objects)
            throws RemoteException {
        List<PropertySpec> props = new ArrayList<>();
        pathsByType.forEach((type, paths) -> {
            PropertySpec p = new PropertySpec();
            p.setType(type);
            p.setAll(false);
            p.setPathSet(paths);
            props.add(p);
        });
        PropertyFilterSpec filter = new PropertyFilterSpec();
        filter.setPropSet(props.toArray(PropertySpec[]::new));
        filter.setObjectSet(objects);
        RetrieveOptions options = new RetrieveOptions();
        options.setMaxObjects(PAGE);
        ManagedObjectReference collector = content.getPropertyCollector();
        List<ObjectProperties> found = new ArrayList<>();
        RetrieveResult page = vim.retrievePropertiesEx(collector, new PropertyFilterSpec[] {filter}, options);
        while (page != null) {
            if (page.getObjects() != null) {
                for (ObjectContent object : page.getObjects()) {
                    found.add(ObjectProperties.of(object));
                }
            }
            page = page.getToken() == null ? null : vim.continueRetrievePropertiesEx(collector, page.getToken());
        }
        return found;
    }
}
