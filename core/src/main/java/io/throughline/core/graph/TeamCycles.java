package io.throughline.core.graph;

import io.throughline.core.common.Team;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups of teams that wait on one another in a circle: the strongly connected components of the
 * team graph (edge = an open dependency from consumer team to provider team) with two or more
 * teams. Tarjan's algorithm with an explicit stack, so long chains cannot overflow the call stack.
 */
public final class TeamCycles {

    private TeamCycles() {
    }

    /** Cycles among the open (requested or committed) dependencies; each group reported once. */
    public static List<SortedSet<Team>> of(Collection<DependencyStatus> statuses) {
        Map<Team, Set<Team>> edges = new TreeMap<>();
        for (DependencyStatus status : statuses) {
            if (status.dependency().state().isOpen()) {
                edges.computeIfAbsent(status.consumerTeam(), team -> new TreeSet<>()).add(status.providerTeam());
            }
        }
        return inGraph(edges);
    }

    /** Cycles in a team graph given as adjacency sets; self-loops are not cycles between teams. */
    public static List<SortedSet<Team>> inGraph(Map<Team, ? extends Collection<Team>> edges) {
        Map<Team, Integer> ids = new HashMap<>();
        List<Team> teams = new ArrayList<>();
        edges.forEach((from, targets) -> {
            register(from, ids, teams);
            targets.forEach(to -> register(to, ids, teams));
        });
        int n = teams.size();
        int[][] adjacency = new int[n][];
        for (int v = 0; v < n; v++) {
            Collection<Team> targets = edges.get(teams.get(v));
            adjacency[v] = targets == null ? new int[0] : targets.stream().mapToInt(ids::get).toArray();
        }
        List<SortedSet<Team>> cycles = new ArrayList<>();
        for (int[] component : components(adjacency)) {
            if (component.length > 1) {
                SortedSet<Team> group = new TreeSet<>();
                for (int v : component) {
                    group.add(teams.get(v));
                }
                cycles.add(Collections.unmodifiableSortedSet(group));
            }
        }
        cycles.sort(Comparator.comparing(SortedSet::first));
        return List.copyOf(cycles);
    }

    private static void register(Team team, Map<Team, Integer> ids, List<Team> teams) {
        if (ids.putIfAbsent(team, teams.size()) == null) {
            teams.add(team);
        }
    }

    /** Iterative Tarjan: every strongly connected component of the graph. */
    static List<int[]> components(int[][] adjacency) {
        int n = adjacency.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] nextEdge = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        List<int[]> components = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            calls.push(root);
            while (!calls.isEmpty()) {
                int v = calls.peek();
                if (nextEdge[v] < adjacency[v].length) {
                    int w = adjacency[v][nextEdge[v]++];
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int parent = calls.peek();
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    List<Integer> members = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        members.add(w);
                    } while (w != v);
                    components.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return components;
    }
}
