package com.augno.tools.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The declarations the importer reads from augno-go's generated Go files: struct types with their
 * fields, string enums with their constants, and service methods with their doc comments and
 * bodies. A line-based reader fits because the files are machine-written in one layout.
 */
final class GoSource {

    /** A struct field: Go name, Go type, struct tag, doc comment (lines joined by newlines). */
    record GoField(String name, String type, String tag, String doc) {

        @Nullable
        String tagValue(String key) {
            Matcher m = Pattern.compile("\\b" + key + ":\"([^\"]*)\"").matcher(tag);
            return m.find() ? m.group(1) : null;
        }

        /** The wire name from the tag, before any {@code ,option}. */
        @Nullable
        String wireName(String key) {
            String v = tagValue(key);
            if (v == null) {
                return null;
            }
            int comma = v.indexOf(',');
            return comma < 0 ? v : v.substring(0, comma);
        }
    }

    /** A service method: receiver service type, Go name, argument list, result type, doc, body. */
    record GoMethod(String service, String name, String args, String result, String doc, String body) {}

    private static final Pattern STRUCT = Pattern.compile("^type (\\w+) struct \\{$");
    private static final Pattern STRING_TYPE = Pattern.compile("^type (\\w+) string$");
    private static final Pattern CONST = Pattern.compile("^\\t(\\w+)\\s+(\\w+) = \"([^\"]*)\"$");
    private static final Pattern FIELD = Pattern.compile("^\\t(\\w+)\\s+(\\S+)(?:\\s+`([^`]*)`)?$");
    private static final Pattern METHOD =
            Pattern.compile("^func \\(r \\*(\\w+Service)\\) (\\w+)\\((.*)\\) \\(res \\*(\\w+), err error\\) \\{$");

    final Map<String, List<GoField>> structs = new LinkedHashMap<>();
    final Map<String, List<String>> enums = new LinkedHashMap<>();
    final Map<String, String> typeDocs = new LinkedHashMap<>();
    final List<GoMethod> methods = new ArrayList<>();

    /** Reads one file's declarations into this source. */
    void read(String text) {
        String[] lines = text.split("\n", -1);
        List<String> doc = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.startsWith("//")) {
                doc.add(stripComment(line));
                i++;
                continue;
            }
            Matcher m;
            if ((m = STRUCT.matcher(line)).matches()) {
                typeDocs.put(m.group(1), String.join("\n", doc));
                List<GoField> fields = new ArrayList<>();
                i = readStruct(lines, i + 1, fields);
                structs.put(m.group(1), fields);
            } else if ((m = STRING_TYPE.matcher(line)).matches()) {
                typeDocs.put(m.group(1), String.join("\n", doc));
                enums.putIfAbsent(m.group(1), new ArrayList<>());
                i++;
            } else if (line.equals("const (")) {
                i++;
                while (i < lines.length && !lines[i].equals(")")) {
                    Matcher c = CONST.matcher(lines[i]);
                    if (c.matches()) {
                        enums.computeIfAbsent(c.group(2), k -> new ArrayList<>())
                                .add(c.group(3));
                    }
                    i++;
                }
                i++;
            } else if ((m = METHOD.matcher(line)).matches()) {
                StringBuilder body = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].equals("}")) {
                    body.append(lines[i]).append('\n');
                    i++;
                }
                methods.add(new GoMethod(
                        m.group(1), m.group(2), m.group(3), m.group(4), String.join("\n", doc), body.toString()));
                i++;
            } else {
                i++;
            }
            doc.clear();
        }
    }

    private static int readStruct(String[] lines, int start, List<GoField> fields) {
        List<String> doc = new ArrayList<>();
        int i = start;
        while (i < lines.length && !lines[i].equals("}")) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.startsWith("//")) {
                doc.add(stripComment(trimmed));
                i++;
                continue;
            }
            if (line.startsWith("\tJSON struct {") || line.endsWith("struct {")) {
                // The decoder's metadata block (JSON struct { ... } `json:"-"`): not a wire field.
                int depth = 1;
                i++;
                while (i < lines.length && depth > 0) {
                    if (lines[i].trim().endsWith("{")) {
                        depth++;
                    } else if (lines[i].trim().startsWith("}")) {
                        depth--;
                    }
                    i++;
                }
                doc.clear();
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (f.matches()) {
                fields.add(new GoField(
                        f.group(1), f.group(2), f.group(3) == null ? "" : f.group(3), String.join("\n", doc)));
            }
            doc.clear();
            i++;
        }
        return i + 1;
    }

    private static String stripComment(String line) {
        String s = line.substring(2);
        return s.startsWith(" ") ? s.substring(1) : s;
    }
}
