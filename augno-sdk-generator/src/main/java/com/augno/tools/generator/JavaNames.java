package com.augno.tools.generator;

import java.util.Locale;
import java.util.Set;

/** Java spellings of the description's names: classes, members, constants. */
final class JavaNames {

    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "record",
            "yield",
            "sealed",
            "permits",
            // Methods every object has, and the members the generated classes declare themselves.
            "getClass",
            "hashCode",
            "toString",
            "equals",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize",
            "additionalProperties",
            "builder",
            "toBuilder",
            "build",
            "of",
            "known",
            "is");

    /** Class names that would hide java.lang or our own types in generated files. */
    private static final Set<String> RESERVED_TYPES = Set.of(
            "Object",
            "Record",
            "Error",
            "Override",
            "Process",
            "Package",
            "Module",
            "Class",
            "Thread",
            "Runtime",
            "System",
            "String",
            "Integer",
            "Long",
            "Boolean",
            "Double",
            "Void",
            "Enum",
            "Iterable",
            "Exception",
            "Character",
            "Number",
            "Math",
            "Compiler",
            "Deprecated",
            "Optional",
            "List",
            "Map",
            "Objects",
            "Page",
            "RequestOptions",
            "Builder",
            "Known",
            "Nullable",
            "JsonNode",
            "Instant",
            "LocalDate",
            "BigDecimal",
            "Collection",
            "Arrays",
            "ApiObject",
            "OpenEnum",
            "ParamValues");

    private JavaNames() {}

    /** {@code APIKey} to {@code ApiKey}, {@code AIAgent} to {@code AiAgent}, {@code owner_account} to {@code OwnerAccount}. */
    static String type(String name) {
        String pascal = pascal(name);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pascal.length()) {
            char c = pascal.charAt(i);
            if (Character.isUpperCase(c)) {
                int j = i;
                while (j < pascal.length() && Character.isUpperCase(pascal.charAt(j))) {
                    j++;
                }
                int run = j - i;
                if (run > 1) {
                    // An acronym: keep its first letter upper case; the last upper letter starts the next
                    // word when a lower-case letter follows.
                    int end = j < pascal.length() && Character.isLowerCase(pascal.charAt(j)) ? j - 1 : j;
                    out.append(c).append(pascal.substring(i + 1, end).toLowerCase(Locale.ROOT));
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        String t = out.toString();
        return RESERVED_TYPES.contains(t) ? t + "Value" : t;
    }

    /** {@code owner_account} or {@code unit-groups} to {@code OwnerAccount} / {@code UnitGroups}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean up = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String s = out.toString();
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) ? "V" + s : s;
    }

    /** {@code owner_account} to {@code ownerAccount}; reserved words get a {@code Value} suffix. */
    static String member(String name) {
        // type() suffixes a reserved class name with Value (Object -> ObjectValue); undo only that,
        // so that old_value stays oldValue.
        String typed = type(pascal(name));
        String bare = typed.replaceAll("Value$", "");
        String t = RESERVED_TYPES.contains(bare) ? bare : typed;
        String m = t.isEmpty() ? "value" : Character.toLowerCase(t.charAt(0)) + t.substring(1);
        return RESERVED.contains(m) ? m + "Value" : m;
    }

    /** {@code owner.account} or {@code in-progress} to {@code OWNER_ACCOUNT} / {@code IN_PROGRESS}. */
    static String constant(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(value.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toUpperCase(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
            out.setLength(out.length() - 1);
        }
        String s = out.toString();
        if (s.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(s.charAt(0)) ? "V_" + s : s;
    }

    /** {@code units} to {@code Unit}, {@code categories} to {@code Category}, {@code addresses} to {@code Address}. */
    static String singular(String pascal) {
        if (pascal.endsWith("ies")) {
            return pascal.substring(0, pascal.length() - 3) + "y";
        }
        if (pascal.endsWith("sses") || pascal.endsWith("uses") || pascal.endsWith("xes") || pascal.endsWith("ches")) {
            return pascal.substring(0, pascal.length() - 2);
        }
        if (pascal.endsWith("s") && !pascal.endsWith("ss")) {
            return pascal.substring(0, pascal.length() - 1);
        }
        return pascal;
    }
}
