package dev.harmony.engine.planner;

import dev.harmony.engine.model.Strength;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders moves into batches so that no state on the way overloads a host or breaks a must-anti-affinity
 * rule: a VM counts on both hosts until its batch ends, a batch holds at most so many moves and touches
 * each host at most so many times. When moves wait on each other (a swap between two full hosts) one VM
 * goes to a staging host first. A move that cannot be ordered safely even so is left out, with why.
 */
final class BatchOrderer {
    /** The ordered steps and the moves left out. */
    record Order(List<Step> steps, Map<String, String> leftOut) {
    }

    /** A move to order: the VM and its final host. */
    record Wanted(String vm, String to) {
    }

    private final Problem problem;
    private final PoolView pool;

    BatchOrderer(Problem problem, PoolView pool) {
        this.problem = problem;
        this.pool = pool;
    }

    Order order(List<Wanted> moves) {
        HostState state = new HostState(problem, pool);
        Map<String, String> at = new HashMap<>();
        moves.forEach(m -> at.put(m.vm(), pool.hostOf(m.vm())));
        List<Wanted> pending = new ArrayList<>(moves);
        List<Step> steps = new ArrayList<>();
        Map<String, String> leftOut = new HashMap<>();
        Set<String> staged = new HashSet<>();
        int batch = 0;
        while (!pending.isEmpty()) {
            batch++;
            List<Step> current = new ArrayList<>();
            Map<String, Integer> touches = new HashMap<>();
            for (Wanted m : List.copyOf(pending)) {
                if (current.size() >= pool.options.maxMovesPerBatch()) {
                    break;
                }
                String from = at.get(m.vm());
                if (admissible(m.vm(), from, m.to(), touches, state)) {
                    begin(new Step(m.vm(), from, m.to(), batch, false), current, touches, state);
                    pending.remove(m);
                }
            }
            if (current.isEmpty()) {
                Wanted stuck = pending.get(0);
                String from = at.get(stuck.vm());
                String stage = staged.contains(stuck.vm()) ? null : stagingHost(stuck, from, state);
                if (stage == null) {
                    leftOut.put(stuck.vm(), "cannot move " + stuck.vm() + " from " + from + " to " + stuck.to() + " without"
                            + " overloading " + stuck.to() + " on the way" + (staged.contains(stuck.vm()) ? "" : ", and no host"
                            + " has room to stage it"));
                    pending.remove(stuck);
                    batch--;
                    continue;
                }
                staged.add(stuck.vm());
                begin(new Step(stuck.vm(), from, stage, batch, true), current, touches, state);
            }
            for (Step s : current) {
                state.finish(facts(s.vm()), s.from(), s.to());
                at.put(s.vm(), s.to());
            }
            steps.addAll(current);
        }
        steps.sort(Comparator.comparingInt(Step::batch));
        return new Order(steps, leftOut);
    }

    private boolean admissible(String vm, String from, String to, Map<String, Integer> touches, HostState state) {
        int cap = pool.options.maxPerHostPerBatch();
        if (touches.getOrDefault(from, 0) >= cap || touches.getOrDefault(to, 0) >= cap) {
            return false;
        }
        return state.fits(facts(vm), to) && !apartPartnerOn(vm, to, state);
    }

    private void begin(Step s, List<Step> current, Map<String, Integer> touches, HostState state) {
        current.add(s);
        touches.merge(s.from(), 1, Integer::sum);
        touches.merge(s.to(), 1, Integer::sum);
        state.start(facts(s.vm()), s.to());
    }

    /** An open host, other than both ends, that the VM's rules allow and that has room: the emptiest. */
    private String stagingHost(Wanted m, String from, HostState state) {
        VmFacts f = facts(m.vm());
        String best = null;
        for (HostSlot h : problem.byHost().values()) {
            if (h.id().equals(from) || h.id().equals(m.to()) || h.closed() || f.rules().breaksMustHost(h)
                    || f.rules().breaksZone(h) || f.rules().breaksCompliance(h) || h.id().equals(f.leftRecently())
                    || apartPartnerOn(m.vm(), h.id(), state) || !state.fits(f, h.id())) {
                continue;
            }
            if (best == null || state.pressure(h.id()) < state.pressure(best)) {
                best = h.id();
            }
        }
        return best;
    }

    private boolean apartPartnerOn(String vm, String host, HostState state) {
        for (RulePair p : pool.rules.pairs()) {
            if (!p.together() && p.strength() == Strength.MUST && (p.vmA().equals(vm) || p.vmB().equals(vm))) {
                String other = p.vmA().equals(vm) ? p.vmB() : p.vmA();
                if (state.holds(host, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private VmFacts facts(String vm) {
        return problem.byVm().get(vm).facts();
    }
}
