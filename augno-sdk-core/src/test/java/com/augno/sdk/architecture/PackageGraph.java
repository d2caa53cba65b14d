package com.augno.sdk.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The import graph between the packages under a root, from ArchUnit's class dependencies. */
final class PackageGraph {
    private final Map<String, Set<String>> edges = new TreeMap<>();

    private PackageGraph() {}

    static PackageGraph of(JavaClasses classes, String root) {
        PackageGraph g = new PackageGraph();
        for (JavaClass c : classes) {
            String from = c.getPackageName();
            if (!under(from, root)) {
                continue;
            }
            Set<String> out = g.edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String to = (target.isArray() ? target.getBaseComponentType() : target).getPackageName();
                if (!to.equals(from) && under(to, root)) {
                    out.add(to);
                    g.edges.computeIfAbsent(to, k -> new TreeSet<>());
                }
            }
        }
        return g;
    }

    private static boolean under(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** Returns every package in a strongly connected group of more than one package (Tarjan). */
    Set<String> packagesOnCycles() {
        Set<String> out = new TreeSet<>();
        for (Set<String> group : groups()) {
            if (group.size() > 1) {
                out.addAll(group);
            }
        }
        return out;
    }

    /** Returns, for each of {@code packages}, the packages it imports that lead back to it. */
    String describeCycles(Set<String> packages) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String p : packages) {
            List<String> back = new ArrayList<>();
            for (String to : edges.getOrDefault(p, Set.of())) {
                if (reaches(to, p)) {
                    back.add(to);
                }
            }
            out.put(p, back);
        }
        return out.toString();
    }

    private boolean reaches(String from, String to) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (p.equals(to)) {
                return true;
            }
            if (seen.add(p)) {
                todo.addAll(edges.getOrDefault(p, Set.of()));
            }
        }
        return false;
    }

    private List<Set<String>> groups() {
        List<Set<String>> result = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, index, low, stack, onStack, counter, result);
            }
        }
        return result;
    }

    private static int at(Map<String, Integer> numbers, String pkg) {
        Integer n = numbers.get(pkg);
        if (n == null) {
            throw new IllegalStateException("not numbered yet: " + pkg);
        }
        return n;
    }

    private void connect(
            String v,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            int[] counter,
            List<Set<String>> result) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, counter, result);
                low.put(v, Math.min(at(low, v), at(low, w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(at(low, v), at(index, w)));
            }
        }
        if (at(low, v) == at(index, v)) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            result.add(group);
        }
    }
}
