package dev.harmony.engine.planner;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.simulation.MigrationOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The steps every policy shares: check the request, find candidates, build the problem, let the policy
 * search, then judge the placement it chose, order its moves into safe batches, keep only the moves the
 * simulator predicts to help (re-ordering after each drop), and write the plan.
 */
final class PlanPipeline {
    /** How a policy turns the problem into a placement: the seed's scan, or the solver. */
    interface Search {
        PlacementSolution search(Problem problem, Candidates candidates, SolverRunner solver, Consumer<PlanProgress> progress);
    }

    private static final int IMPACT_ROUNDS = 3;
    private final PlannerOptions options;
    private final HealthOptions health;

    PlanPipeline(PlannerOptions options, HealthOptions health) {
        this.options = options;
        this.health = health;
    }

    PlanOutcome run(String policy, PlanningRequest request, Search search, Consumer<PlanProgress> progress) {
        long began = System.nanoTime();
        PoolView pool = new PoolView(request, options, health);
        List<Blocker> blockers = new FeasibilityCheck(pool).check();
        Set<String> forecast = new HashSet<>();
        request.forecasts().forEach(f -> forecast.add(f.vmId()));
        pool.vms.keySet().stream().filter(v -> !forecast.contains(v)).findFirst().ifPresent(v -> blockers.add(
                new Blocker(Blocker.Kind.BAD_INPUT, v, "VM " + v + " has no demand forecast; every VM needs one to plan")));
        if (!blockers.isEmpty()) {
            return new PlanOutcome.Blocked(blockers);
        }
        long scoringStart = System.nanoTime();
        Candidates candidates = new CandidateFinder(pool).find();
        Problem problem = new ProblemBuilder(pool, MigrationOptions.defaults()).build(candidates);
        SolverRunner solver = new SolverRunner(options.timeLimit(), options.stepLimit(), options.seed());
        HardSoftLongScore before = solver.score(problem.solution());
        Map<String, Long> hardBefore = solver.hardByConstraint(problem.solution());
        Duration scoringTime = Duration.ofNanos(System.nanoTime() - scoringStart);
        long solveStart = System.nanoTime();
        PlacementSolution best = search.search(problem, candidates, solver, progress);
        Duration solveTime = Duration.ofNanos(System.nanoTime() - solveStart);
        HardSoftLongScore after = solver.score(best);
        List<String> unresolved = new ArrayList<>();
        if (after.hardScore() < 0) {
            if (worse(solver.hardByConstraint(best), hardBefore)) {
                // The solver traded one broken hard rule for another (e.g. emptied more of a closing host by
                // overfilling another). Keep those of its moves that, one by one, make no hard rule worse.
                List<String> problems = solver.hardProblems(best);
                int offered = (int) best.assignments().stream().filter(VmAssignment::moved).count();
                int kept = options.partialPlans() ? keepMovesThatWorsenNothing(best, hardBefore, solver) : 0;
                if (kept == 0) {
                    return new PlanOutcome.Blocked(problems.stream().limit(10).map(p -> new Blocker(
                            Blocker.Kind.NO_FEASIBLE_PLACEMENT, p.substring(0, p.indexOf(':')),
                            "no placement found that keeps every hard rule: " + p)).toList());
                }
                after = solver.score(best);
                unresolved.add(String.format(Locale.ROOT, "partial: no placement found that keeps every hard rule; kept %d of the"
                        + " solver's %d moves, those that make no hard rule worse than it is now", kept, offered));
            }
            if (after.hardScore() < 0) {
                unresolved.addAll(solver.hardProblems(best).stream()
                        .map(p -> "unresolved (already so now, no allowed move fixes it): " + p).toList());
            }
        }
        List<BatchOrderer.Wanted> wanted = new ArrayList<>();
        for (VmAssignment a : best.assignments()) {
            if (a.moved()) {
                wanted.add(new BatchOrderer.Wanted(a.getId(), a.getHost().id()));
            }
        }
        int proposed = wanted.size();
        return finish(policy, pool, candidates, problem, wanted, unresolved, proposed, before, after, scoringTime, solveTime,
                began);
    }

    private PlanOutcome finish(String policy, PoolView pool, Candidates candidates, Problem problem,
                               List<BatchOrderer.Wanted> wanted, List<String> unresolved, int proposed,
                               HardSoftLongScore before, HardSoftLongScore after, Duration scoringTime,
                               Duration solveTime, long began) {
        long impactStart = System.nanoTime();
        BatchOrderer orderer = new BatchOrderer(problem, pool);
        ImpactCheck impact = new ImpactCheck(pool, health);
        Map<String, String> dropped = new LinkedHashMap<>();
        // Moves that repair a must-rule stay whatever their gain, as evacuations do.
        Set<String> repairs = CandidateFinder.breakingMustRules(pool);
        BatchOrderer.Order order = orderer.order(wanted);
        ImpactCheck.Impact measured = impact.measure(order.steps());
        for (int round = 0; round < IMPACT_ROUNDS; round++) {
            dropped.putAll(order.leftOut());
            Set<String> harmful = harmful(order.steps(), measured.gains(), pool, options.minGain(), repairs);
            if (harmful.isEmpty() && order.leftOut().isEmpty()) {
                break;
            }
            for (String vm : harmful) {
                dropped.put(vm, String.format(Locale.ROOT, "%s: the simulator predicts it adds no more than %.2f points of pool health", vm,
                        options.minGain()));
            }
            wanted = wanted.stream().filter(w -> !dropped.containsKey(w.vm())).toList();
            order = orderer.order(wanted);
            measured = impact.measure(order.steps());
        }
        List<String> notes = new ArrayList<>();
        notes.add("predicted affinity: " + pool.request.affinity().name());
        notes.addAll(unresolved);
        dropped.values().forEach(d -> notes.add("dropped: " + d));
        MoveReasons reasons = new MoveReasons(pool, candidates);
        MigrationPlan plan = new PlanAssembler(pool, problem, reasons).assemble(policy, order.steps(), measured.gains(),
                measured.healthBefore(), measured.healthAfter(), notes);
        PlanReport report = new PlanReport(policy, pool.request.affinity().name(), candidates.vms().size(), candidates.pairs().size(),
                candidates.hot().stream().map(CandidateFinder::describe).toList(), proposed,
                List.copyOf(dropped.values()), unresolved, before.toShortString(), after.toShortString(), scoringTime,
                solveTime, Duration.ofNanos(System.nanoTime() - impactStart), Duration.ofNanos(System.nanoTime() - began));
        return new PlanOutcome.Planned(plan, report);
    }

    private static boolean worse(Map<String, Long> hard, Map<String, Long> before) {
        return hard.entrySet().stream().anyMatch(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L));
    }

    /**
     * Puts every VM the solver moved back where it runs, then moves them again one at a time, in the solver's
     * order, keeping a move only when no hard constraint then costs more than it does now; a second pass
     * retries the ones refused (a later move may have made room).
     *
     * @return how many moves were kept
     */
    private static int keepMovesThatWorsenNothing(PlacementSolution best, Map<String, Long> before, SolverRunner solver) {
        List<VmAssignment> moved = best.assignments().stream().filter(VmAssignment::moved).toList();
        Map<VmAssignment, HostSlot> target = new LinkedHashMap<>();
        for (VmAssignment a : moved) {
            target.put(a, a.getHost());
            a.setHost(a.facts().original());
        }
        int kept = 0;
        List<VmAssignment> refused = new ArrayList<>(moved);
        for (int pass = 0; pass < 2 && !refused.isEmpty(); pass++) {
            List<VmAssignment> again = new ArrayList<>();
            for (VmAssignment a : refused) {
                a.setHost(target.get(a));
                if (worse(solver.hardByConstraint(best), before)) {
                    a.setHost(a.facts().original());
                    again.add(a);
                } else {
                    kept++;
                }
            }
            if (again.size() == refused.size()) {
                break;
            }
            refused = again;
        }
        return kept;
    }

    /** VMs whose steps together gain no more than {@code minGain}, unless they leave a closing host or repair a must-rule. */
    private static Set<String> harmful(List<Step> steps, double[] gains, PoolView pool, double minGain, Set<String> repairs) {
        Map<String, Double> byVm = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            byVm.merge(steps.get(i).vm(), gains[i], Double::sum);
        }
        Set<String> out = new HashSet<>();
        byVm.forEach((vm, gain) -> {
            if (gain <= minGain && !pool.rules.closed(pool.hostOf(vm)) && !repairs.contains(vm)) {
                out.add(vm);
            }
        });
        return out;
    }
}
