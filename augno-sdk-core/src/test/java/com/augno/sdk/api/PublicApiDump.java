package com.augno.sdk.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One line per public member of a type, in a form that names types by their simple (nested) name so
 * that a move between packages is not a difference: {@code group.Type#method(Param, ...): Return},
 * {@code group.Type#<init>(...)} for public constructors, {@code group.Type.FIELD: Type} for public
 * static fields, and {@code group.Type: class|enum|interface} for the type itself. Members inherited
 * from a base class are listed too (what a caller can call is what counts, not where it is declared);
 * {@code Object}'s and {@code Enum}'s own members are not.
 */
final class PublicApiDump {

    private PublicApiDump() {}

    /** The lines of {@code type} and its public nested types, prefixed with {@code group}. */
    static List<String> lines(String group, Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        add(group, type, out);
        return new ArrayList<>(out);
    }

    private static void add(String group, Class<?> type, TreeSet<String> out) {
        String self = group + "." + name(type);
        out.add(self + ": " + kind(type));
        for (Constructor<?> c : type.getConstructors()) {
            out.add(self + "#<init>(" + params(c) + ")");
        }
        for (Method m : type.getMethods()) {
            Class<?> owner = m.getDeclaringClass();
            if (m.isSynthetic()
                    || m.isBridge()
                    || owner == Object.class
                    || owner == Enum.class
                    || owner.isInterface() && owner.getName().startsWith("java.")) {
                continue;
            }
            if (type.isEnum()
                    && Modifier.isStatic(m.getModifiers())
                    && (m.getName().equals("values") || m.getName().equals("valueOf"))) {
                continue;
            }
            out.add(self + "#" + m.getName() + "(" + params(m) + "): " + render(m.getGenericReturnType()));
        }
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getDeclaringClass() == type) {
                out.add(self + "." + f.getName() + ": " + render(f.getGenericType()));
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (Modifier.isPublic(nested.getModifiers())) {
                add(group, nested, out);
            }
        }
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isInterface()) {
            return "interface";
        }
        return Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
    }

    private static String params(Executable e) {
        Type[] types = e.getGenericParameterTypes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String r = render(types[i]);
            if (e.isVarArgs() && i == types.length - 1 && r.endsWith("[]")) {
                r = r.substring(0, r.length() - 2) + "...";
            }
            names.add(r);
        }
        return String.join(", ", names);
    }

    static String name(Class<?> c) {
        if (c.isArray()) {
            return name(c.getComponentType()) + "[]";
        }
        Class<?> outer = c.getEnclosingClass();
        return outer == null ? c.getSimpleName() : name(outer) + "." + c.getSimpleName();
    }

    static String render(Type t) {
        if (t instanceof Class<?> c) {
            return name(c);
        }
        if (t instanceof ParameterizedType p) {
            return render(p.getRawType())
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(PublicApiDump::render)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        if (t instanceof GenericArrayType a) {
            return render(a.getGenericComponentType()) + "[]";
        }
        if (t instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + render(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + render(upper);
        }
        if (t instanceof TypeVariable<?> v) {
            return v.getName();
        }
        return t.getTypeName();
    }
}
