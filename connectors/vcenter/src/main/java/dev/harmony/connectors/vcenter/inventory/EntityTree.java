package dev.harmony.connectors.vcenter.inventory;

import com.vmware.vim25.ManagedObjectReference;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and parents of datacenters, folders and compute resources, to answer "which datacenter
 * holds this" and "which folder path is this VM in" without asking vCenter once per object.
 */
final class EntityTree {
    private record Node(String type, String name, String parentId) {
    }

    private final Map<String, Node> nodes = new HashMap<>();

    EntityTree(List<ObjectProperties> entities) {
        for (ObjectProperties e : entities) {
            ManagedObjectReference parent = e.reference("parent");
            nodes.put(e.id(), new Node(e.type(), e.text("name"), parent == null ? null : parent.getVal()));
        }
    }

    /** The name of the datacenter above the object, or empty when there is none (an ESX host). */
    String datacenterOf(String id) {
        for (Node n = nodes.get(id); n != null; n = nodes.get(n.parentId())) {
            if ("Datacenter".equals(n.type())) {
                return n.name();
            }
        }
        return "";
    }

    /**
     * The folder path of a VM inside its datacenter's VM folder, e.g. {@code /apps/web}; {@code /}
     * directly in the VM folder. The datacenter's hidden {@code vm} folder is left out, as the
     * vSphere client does.
     */
    String folderPath(String parentFolderId) {
        Deque<String> names = new ArrayDeque<>();
        Node n = nodes.get(parentFolderId);
        while (n != null && "Folder".equals(n.type())) {
            Node up = nodes.get(n.parentId());
            if (up != null && "Datacenter".equals(up.type())) {
                break;
            }
            names.push(n.name());
            n = up;
        }
        return "/" + String.join("/", names);
    }
}
