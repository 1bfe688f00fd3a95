package dev.harmony.viz.graph;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;

/**
 * The affinity graph on GraphStream's model: one node per VM (attributes {@code name}, {@code host},
 * {@code load}) and one edge per scored pair ({@code affinity}). Not thread-safe: confine it to one
 * thread, as {@link LiveGraphFeed} does, and hand {@link #scene()} to the FX thread.
 */
public final class AffinityGraphModel {
    private static final String NOT_PLACED = "(not placed)";
    private final Graph graph = new SingleGraph("affinity", true, false);
    private List<Host> hosts = List.of();
    private String basis = AffinityPairs.none().basis();
    private boolean structureChanged = true;
    private boolean loadsChanged;
    private GraphScene last = GraphScene.empty();
    private long version;

    /** Adds, removes and re-homes VM nodes to match the inventory; pairs of removed VMs go with them. */
    public void setInventory(InventorySnapshot inventory) {
        hosts = List.copyOf(inventory.hosts());
        Set<String> keep = new HashSet<>();
        for (Vm vm : inventory.vms()) {
            keep.add(vm.id());
            Node node = graph.getNode(vm.id());
            if (node == null) {
                node = graph.addNode(vm.id());
                node.setAttribute("load", Float.NaN);
            }
            node.setAttribute("name", vm.name());
            node.setAttribute("host", inventory.placement().hostOf(vm.id()).orElse(NOT_PLACED));
        }
        List<Node> gone = graph.nodes().filter(n -> !keep.contains(n.getId())).toList();
        gone.forEach(graph::removeNode);
        structureChanged = true;
    }

    /** Replaces every pair: pairs not given are dropped; pairs naming an unknown VM are skipped. */
    public void setPairs(AffinityPairs pairs) {
        Set<String> keep = new HashSet<>();
        for (AffinityEntry e : pairs.entries()) {
            String id = put(e);
            if (id != null) {
                keep.add(id);
            }
        }
        List<Edge> gone = graph.edges().filter(e -> !keep.contains(e.getId())).toList();
        gone.forEach(graph::removeEdge);
        basis = pairs.basis();
        structureChanged = true;
    }

    /** Adds or changes the given pairs and leaves the others as they are. */
    public void updatePairs(Collection<AffinityEntry> changed) {
        changed.forEach(this::put);
        structureChanged |= !changed.isEmpty();
    }

    /** Sets the CPU load (0–1) of the given VMs; unknown VMs are ignored. */
    public void setLoads(Map<String, Float> loads) {
        loads.forEach((vm, value) -> {
            Node node = graph.getNode(vm);
            if (node != null) {
                node.setAttribute("load", value);
                loadsChanged = true;
            }
        });
    }

    public int vmCount() {
        return graph.getNodeCount();
    }

    public int pairCount() {
        return graph.getEdgeCount();
    }

    /** The scene as the model is now: a new layout after structural changes, else the last with new loads. */
    public GraphScene scene() {
        if (structureChanged) {
            last = build();
        } else if (loadsChanged) {
            last = last.withLoads(loads(last.vmIds), ++version);
        }
        structureChanged = false;
        loadsChanged = false;
        return last;
    }

    private String put(AffinityEntry e) {
        Node a = graph.getNode(e.vmA());
        Node b = graph.getNode(e.vmB());
        if (a == null || b == null || a == b) {
            return null;
        }
        String id = e.vmA().compareTo(e.vmB()) < 0 ? e.vmA() + "\u0000" + e.vmB() : e.vmB() + "\u0000" + e.vmA();
        Edge edge = graph.getEdge(id);
        if (edge == null) {
            edge = graph.addEdge(id, a, b);
        }
        edge.setAttribute("affinity", e.score());
        return id;
    }

    private GraphScene build() {
        Map<String, List<Node>> byHost = new HashMap<>();
        graph.nodes().forEach(n -> byHost.computeIfAbsent((String) n.getAttribute("host"), k -> new ArrayList<>()).add(n));
        List<Host> shown = new ArrayList<>(hosts);
        shown.sort(Comparator.comparing(Host::availabilityZone).thenComparing(Host::name).thenComparing(Host::id));
        List<String> hostIds = new ArrayList<>(shown.stream().map(Host::id).toList());
        List<String> hostNames = new ArrayList<>(shown.stream().map(Host::name).toList());
        List<Boolean> maintenance = new ArrayList<>(shown.stream().map(Host::inMaintenance).toList());
        byHost.keySet().stream().filter(h -> !hostIds.contains(h)).sorted().forEach(h -> {
            hostIds.add(h);
            hostNames.add(h);
            maintenance.add(false);
        });
        int n = graph.getNodeCount();
        String[] ids = new String[n];
        String[] names = new String[n];
        int[] hostOf = new int[n];
        int[][] vmsByHost = new int[hostIds.size()][];
        Map<String, Integer> row = new HashMap<>();
        int next = 0;
        for (int h = 0; h < hostIds.size(); h++) {
            List<Node> members = new ArrayList<>(byHost.getOrDefault(hostIds.get(h), List.of()));
            members.sort(Comparator.comparing((Node v) -> (String) v.getAttribute("name"), NaturalOrder.INSTANCE)
                    .thenComparing(Node::getId));
            vmsByHost[h] = new int[members.size()];
            for (int k = 0; k < members.size(); k++) {
                Node v = members.get(k);
                ids[next] = v.getId();
                names[next] = (String) v.getAttribute("name");
                hostOf[next] = h;
                row.put(v.getId(), next);
                vmsByHost[h][k] = next++;
            }
        }
        boolean[] mainOf = new boolean[hostIds.size()];
        for (int h = 0; h < mainOf.length; h++) {
            mainOf[h] = maintenance.get(h);
        }
        int m = graph.getEdgeCount();
        int[] a = new int[m];
        int[] b = new int[m];
        float[] score = new float[m];
        boolean[] together = new boolean[m];
        int e = 0;
        for (Edge edge : (Iterable<Edge>) graph.edges()::iterator) {
            a[e] = row.get(edge.getSourceNode().getId());
            b[e] = row.get(edge.getTargetNode().getId());
            score[e] = (Float) edge.getAttribute("affinity");
            together[e] = hostOf[a[e]] == hostOf[b[e]];
            e++;
        }
        return new GraphScene(new GraphScene.Vms(ids, names, hostOf, loads(ids)),
                new GraphScene.Hosts(hostIds.toArray(String[]::new), hostNames.toArray(String[]::new), mainOf, vmsByHost),
                HostGroupedLayout.place(vmsByHost, n), new GraphScene.Edges(a, b, score, together), basis, ++version);
    }

    private float[] loads(String[] ids) {
        float[] out = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = (Float) graph.getNode(ids[i]).getAttribute("load");
        }
        return out;
    }
}
