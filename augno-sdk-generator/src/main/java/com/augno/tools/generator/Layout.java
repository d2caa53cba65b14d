package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription;
import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides where every generated type lives and what it is called: one package per API group
 * ({@code com.augno.sdk.api.<group>}); a model or enum lives in the package of the first group
 * that uses it (groups in {@link #GROUP_ORDER}, so shared types such as {@code Owner} land in
 * {@code core}); request models used as nested inputs are classes of their own, and get an
 * {@code Input} suffix when a response model has the same name.
 */
final class Layout {

    static final String BASE_PACKAGE = "com.augno.sdk.api";

    /** Groups in the order they claim shared types; unknown groups follow alphabetically. */
    static final List<String> GROUP_ORDER = List.of(
            "core", "auth", "identity", "catalog", "sales", "operations", "finance", "messaging", "settings", "ai");

    /** One Java service class: the operations of one service path (its {@code actions} folded in). */
    static final class ServiceSpec {
        final String path;
        final String group;
        final String className;
        final List<Operation> operations = new ArrayList<>();
        final Map<String, ServiceSpec> children = new TreeMap<>();
        final TreeSet<String> include = new TreeSet<>();

        ServiceSpec(String path, String group, String className) {
            this.path = path;
            this.group = group;
            this.className = className;
        }

        boolean isGroup() {
            return path.equals(group);
        }
    }

    final ApiDescription api;
    final Map<String, String> modelPackage = new TreeMap<>();
    final Map<String, String> enumPackage = new TreeMap<>();
    final Set<String> responseModels = new TreeSet<>();
    final Set<String> inputModels = new TreeSet<>();
    final Map<String, String> inputClassName = new TreeMap<>();
    final Map<String, ServiceSpec> services = new TreeMap<>();
    final Map<String, ServiceSpec> groups = new TreeMap<>();
    final Map<String, ServiceSpec> serviceOfOperation = new HashMap<>();
    final Map<String, String> paramsClassName = new HashMap<>();
    final Map<String, String> methodName = new HashMap<>();

    Layout(ApiDescription api) {
        this(api, Map.of());
    }

    /**
     * Lays out {@code api}; {@code placed} names the group of a model or enum that must not land in
     * the first group using it (from {@code api/overrides.json}).
     */
    Layout(ApiDescription api, Map<String, String> placed) {
        this.api = api;
        placed.forEach((type, group) -> {
            if (api.enums().containsKey(type)) {
                enumPackage.put(type, BASE_PACKAGE + "." + group);
            } else if (api.models().containsKey(type)) {
                modelPackage.put(type, BASE_PACKAGE + "." + group);
            } else {
                throw new IllegalArgumentException(
                        "overrides.json places " + type + " in " + group + ", but the description has no such type");
            }
        });
        List<Operation> ordered = new ArrayList<>(api.operations());
        ordered.sort(Comparator.comparing((Operation o) -> groupRank(o.group())).thenComparing(Operation::id));
        for (Operation op : ordered) {
            String pkg = BASE_PACKAGE + "." + op.group();
            if (op.result().model() != null) {
                claim(op.result().model(), pkg, false);
            }
            for (ApiDescription.Param p : op.queryParams()) {
                claimType(p.type(), pkg, true);
            }
            if (op.body() != null && op.body().model() != null) {
                Model body = api.models().get(op.body().model());
                if (body != null) {
                    for (Field f : body.fields()) {
                        claimType(f.type(), pkg, true);
                    }
                }
            }
        }
        for (String m : inputModels) {
            inputClassName.put(m, JavaNames.type(m) + (responseModels.contains(m) ? "Input" : ""));
        }
        buildServices(ordered);
    }

    private static int groupRank(String group) {
        int i = GROUP_ORDER.indexOf(group);
        return i < 0 ? GROUP_ORDER.size() : i;
    }

    private void claimType(String type, String pkg, boolean input) {
        String t = elementType(type);
        if (api.enums().containsKey(t)) {
            enumPackage.putIfAbsent(t, pkg);
        } else if (api.models().containsKey(t)) {
            claim(t, pkg, input);
        }
    }

    private void claim(String model, String pkg, boolean input) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(model);
        while (!todo.isEmpty()) {
            String m = todo.pop();
            Model def = api.models().get(m);
            if (def == null) {
                if (api.enums().containsKey(m)) {
                    enumPackage.putIfAbsent(m, pkg);
                }
                continue;
            }
            Set<String> role = input ? inputModels : responseModels;
            if (!role.add(m)) {
                continue;
            }
            modelPackage.putIfAbsent(m, pkg);
            for (Field f : def.fields()) {
                String t = elementType(f.type());
                if (api.models().containsKey(t)) {
                    todo.push(t);
                } else if (api.enums().containsKey(t)) {
                    enumPackage.putIfAbsent(t, pkg);
                }
            }
        }
    }

    private void buildServices(List<Operation> ordered) {
        for (Operation op : ordered) {
            String path = op.service();
            List<String> segments = new ArrayList<>(List.of(path.split("\\.", -1)));
            if (segments.size() > 1 && segments.get(segments.size() - 1).equals("actions")) {
                segments.remove(segments.size() - 1);
            }
            ServiceSpec spec = service(segments);
            String name = op.name();
            if (spec.operations.stream()
                    .anyMatch(o -> java.util.Objects.requireNonNull(methodName.get(o.id()))
                            .equals(methodName(name)))) {
                // Two operations of the same name in one class (an action shadowing CRUD): keep the
                // action's own sub-service.
                spec = service(List.of(path.split("\\.", -1)));
            }
            spec.operations.add(op);
            spec.include.addAll(op.include());
            serviceOfOperation.put(op.id(), spec);
            methodName.put(op.id(), methodName(name));
        }
        for (ServiceSpec s : services.values()) {
            for (Operation op : s.operations) {
                if (!op.queryParams().isEmpty()
                        || op.body() != null && op.body().model() != null) {
                    String stem = s.isGroup() ? JavaNames.type(s.group) : s.className.replaceAll("Service$", "");
                    paramsClassName.put(op.id(), stem + JavaNames.pascal(op.name()) + "Params");
                }
            }
        }
    }

    /** An operation's method name; a Java keyword ({@code continue}) gets a {@code do} prefix. */
    static String methodName(String name) {
        String member = JavaNames.member(name);
        return member.equals(name) ? member : "do" + JavaNames.type(name);
    }

    private ServiceSpec service(List<String> segments) {
        String path = String.join(".", segments);
        ServiceSpec existing = services.get(path);
        if (existing != null) {
            return existing;
        }
        String group = segments.get(0);
        ServiceSpec spec;
        if (segments.size() == 1) {
            spec = new ServiceSpec(path, group, JavaNames.type(group) + "Api");
            groups.put(group, spec);
        } else {
            StringBuilder cls = new StringBuilder();
            for (String s : segments.subList(1, segments.size())) {
                cls.append(JavaNames.singular(JavaNames.type(s)));
            }
            spec = new ServiceSpec(path, group, cls + "Service");
            ServiceSpec parent = service(segments.subList(0, segments.size() - 1));
            parent.children.put(segments.get(segments.size() - 1), spec);
        }
        services.put(path, spec);
        return spec;
    }

    String packageOf(String group) {
        return BASE_PACKAGE + "." + group;
    }

    @Nullable
    String modelPackage(String model) {
        return modelPackage.get(model);
    }

    static String elementType(String type) {
        String t = type;
        while (t.startsWith("list<") || t.startsWith("map<")) {
            t = t.substring(t.indexOf('<') + 1, t.length() - 1);
        }
        return t;
    }

    /** Every generated class name per package, to find clashes before writing anything. */
    Map<String, List<String>> classNames() {
        Map<String, List<String>> byPackage = new LinkedHashMap<>();
        responseModels.forEach(m -> byPackage
                .computeIfAbsent(modelPackage.get(m), k -> new ArrayList<>())
                .add(JavaNames.type(m)));
        inputModels.forEach(m -> byPackage
                .computeIfAbsent(modelPackage.get(m), k -> new ArrayList<>())
                .add(inputClassName.get(m)));
        enumPackage.forEach(
                (e, p) -> byPackage.computeIfAbsent(p, k -> new ArrayList<>()).add(JavaNames.type(e)));
        for (ServiceSpec s : services.values()) {
            List<String> names = byPackage.computeIfAbsent(packageOf(s.group), k -> new ArrayList<>());
            names.add(s.className);
            if (!s.include.isEmpty()) {
                names.add(includeClassName(s));
            }
            s.operations.stream()
                    .map(o -> paramsClassName.get(o.id()))
                    .filter(n -> n != null)
                    .forEach(names::add);
        }
        return byPackage;
    }

    static String includeClassName(ServiceSpec s) {
        return (s.isGroup() ? JavaNames.type(s.group) : s.className.replaceAll("Service$", "")) + "Include";
    }
}
