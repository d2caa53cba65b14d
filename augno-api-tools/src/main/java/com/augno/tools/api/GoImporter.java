package com.augno.tools.api;

import com.augno.tools.api.ApiDescription.Body;
import com.augno.tools.api.ApiDescription.EnumDef;
import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.ApiDescription.Param;
import com.augno.tools.api.ApiDescription.Result;
import com.augno.tools.api.GoSource.GoField;
import com.augno.tools.api.GoSource.GoMethod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Front end (a): the API description from augno-go's Go sources.
 *
 * <p>Facts read: the service tree (struct fields of type {@code XxxService} from {@code Client}
 * down), each method's HTTP method and path, its params struct ({@code query:} tags are query
 * parameters, {@code path:} tags path parameters, an embedded {@code XxxParam} or {@code json:}
 * fields the body), {@code api:"required"}, {@code param.Opt} (optional), pointers (nullable),
 * {@code format:} tags, and the doc comments' facts: {@code Any of "..."} (include values),
 * "requires the permission: `x`", "202", "raw request body", and "null" (nullable; clearable in
 * a PATCH body).
 */
public final class GoImporter {

    private static final Pattern PATH_LITERAL = Pattern.compile("path := \"([^\"]*)\"");
    private static final Pattern PATH_FORMAT = Pattern.compile("path := fmt\\.Sprintf\\(\"([^\"]*)\", (.*)\\)");
    private static final Pattern PATH_ARG = Pattern.compile("url\\.PathEscape\\(([\\w.]+)\\)");
    private static final Pattern HTTP_METHOD = Pattern.compile("http\\.Method(\\w+)");
    private static final Pattern ANY_OF = Pattern.compile("Any of ((?:\"[^\"]*\"(?:,\\s*)?)+)\\.", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PERMISSION =
            Pattern.compile("requires the permissions?:?((?:\\s*(?:,|and|or)?\\s*`[^`]+`)+)");
    private static final Pattern ASYNC = Pattern.compile("202|[Pp]oll the returned job");
    private static final Pattern ROLE_TYPE = Pattern.compile("requires the `([^`]+)` role type");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern NULL_WORD =
            Pattern.compile("\\bnull\\b|\\bno expiration\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLEAR_WORD = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);

    private final GoSource source;
    private final Map<String, String> servicePaths = new LinkedHashMap<>();
    private final Map<String, Model> models = new TreeMap<>();
    private final Map<String, EnumDef> enums = new TreeMap<>();
    private final Deque<String> pendingModels = new ArrayDeque<>();
    private final java.util.Set<String> patchModels = new java.util.HashSet<>();
    private final List<String> warnings = new ArrayList<>();

    private GoImporter(GoSource source) {
        this.source = source;
    }

    /**
     * Imports the given Go files.
     *
     * @param files file name to content; {@code _test.go} files and non-Go files are ignored
     * @param apiVersion the {@code Augno-Version} the sources send
     * @param sourceId a short identifier of the sources, e.g. {@code augno-go@8113601}
     * @return the description
     */
    public static ApiDescription importFiles(Map<String, String> files, String apiVersion, String sourceId) {
        GoSource source = new GoSource();
        files.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".go") && !e.getKey().endsWith("_test.go"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> source.read(e.getValue()));
        return new GoImporter(source).run(apiVersion, sourceId);
    }

    private ApiDescription run(String apiVersion, String sourceId) {
        walkServices("Client", "");
        List<Operation> operations = new ArrayList<>();
        for (GoMethod m : source.methods) {
            String service = servicePaths.get(m.service());
            if (service == null) {
                warnings.add("method of an unreachable service: " + m.service() + "." + m.name());
                continue;
            }
            operations.add(operation(service, m));
        }
        while (!pendingModels.isEmpty()) {
            String goName = pendingModels.pop();
            String name = modelName(goName);
            if (!models.containsKey(name)) {
                models.put(name, new Model(List.of()));
                models.put(name, model(goName, patchModels.contains(goName)));
            }
        }
        operations.sort(Comparator.comparing(Operation::id));
        ApiDescription d = new ApiDescription(
                ApiDescription.FORMAT,
                apiVersion,
                Map.of("go", sourceId),
                operations,
                new TreeMap<>(models),
                new TreeMap<>(enums));
        return Expansions.apply(d);
    }

    private void walkServices(String type, String prefix) {
        List<GoField> fields = source.structs.get(type);
        if (fields == null) {
            return;
        }
        for (GoField f : fields) {
            if (f.type().endsWith("Service") && f.tag().isEmpty()) {
                String path = prefix.isEmpty() ? Names.lowerCamel(f.name()) : prefix + "." + Names.lowerCamel(f.name());
                servicePaths.put(f.type(), path);
                walkServices(f.type(), path);
            }
        }
    }

    private Operation operation(String service, GoMethod m) {
        String name = m.name().equals("New") ? "create" : Names.lowerCamel(m.name());
        Matcher hm = HTTP_METHOD.matcher(m.body());
        String method = hm.find() ? hm.group(1).toUpperCase(Locale.ROOT) : "GET";
        String group = service.contains(".") ? service.substring(0, service.indexOf('.')) : service;

        Map<String, String> args = new LinkedHashMap<>(); // Go arg name -> Go type
        for (String a : m.args().split(",")) {
            String[] parts = a.trim().split("\\s+");
            if (parts.length == 2 && !parts[0].equals("ctx") && !parts[0].equals("opts")) {
                args.put(parts[0], parts[1]);
            }
        }
        @Nullable String paramsType = null;
        for (Map.Entry<String, String> a : args.entrySet()) {
            if (a.getValue().endsWith("Params")) {
                paramsType = a.getValue();
            }
        }
        List<GoField> paramFields = paramsType == null ? List.of() : source.structs.getOrDefault(paramsType, List.of());

        List<Param> pathParams = new ArrayList<>();
        String path = pathOf(m, paramFields, pathParams);

        List<Param> query = new ArrayList<>();
        List<String> include = new ArrayList<>();
        @Nullable Body body = null;
        List<GoField> inlineBody = new ArrayList<>();
        for (GoField f : paramFields) {
            String q = f.wireName("query");
            if (q != null) {
                query.add(new Param(q, type(f, false), f.tag().contains("api:\"required\"")));
                if (q.equals("include")) {
                    include.addAll(anyOf(f.doc()));
                }
            } else if (f.tagValue("path") != null) {
                continue;
            } else if (f.tag().isEmpty() && f.type().endsWith("Param")) {
                body = new Body("json", modelName(f.type()));
                pendingModels.push(f.type());
                if (method.equals("PATCH")) {
                    patchModels.add(f.type());
                }
            } else {
                String j = f.wireName("json");
                if (j != null && !j.equals("-")) {
                    inlineBody.add(f);
                }
            }
        }
        if (!inlineBody.isEmpty() && paramsType != null) {
            String bodyName = paramsType.substring(0, paramsType.length() - "Params".length()) + "Body";
            models.put(bodyName, fieldsModel(inlineBody, method.equals("PATCH")));
            body = new Body("json", bodyName);
        }
        if (m.doc().contains("raw request body")) {
            body = new Body("raw", null);
        }
        query.sort(Comparator.comparing(Param::name));

        Result result = result(m, method);
        int status = status(m, method, result);
        return new ApiDescription.Operation(
                service + "." + name,
                group,
                service,
                name,
                method,
                path,
                pathParams,
                query,
                body,
                include,
                permission(m.doc()),
                status,
                result);
    }

    private String pathOf(GoMethod m, List<GoField> paramFields, List<Param> pathParams) {
        Matcher lit = PATH_LITERAL.matcher(m.body());
        if (lit.find()) {
            return "/" + lit.group(1);
        }
        Matcher fmt = PATH_FORMAT.matcher(m.body());
        if (!fmt.find()) {
            warnings.add("no path in " + m.service() + "." + m.name());
            return "/";
        }
        String template = fmt.group(1);
        Matcher arg = PATH_ARG.matcher(fmt.group(2));
        StringBuilder out = new StringBuilder("/");
        int from = 0;
        while (arg.find()) {
            int at = template.indexOf("%s", from);
            String goArg = arg.group(1);
            String wire;
            if (goArg.contains(".")) {
                String field = goArg.substring(goArg.indexOf('.') + 1);
                wire = paramFields.stream()
                        .filter(f -> f.name().equals(field))
                        .map(f -> f.tagValue("path"))
                        .filter(v -> v != null)
                        .findFirst()
                        .orElse(Names.snake(field));
            } else {
                wire = Names.snake(goArg);
            }
            out.append(template, from, at).append('{').append(wire).append('}');
            pathParams.add(new Param(wire, "string", true));
            from = at + 2;
        }
        out.append(template.substring(from));
        return out.toString();
    }

    private Result result(GoMethod m, String method) {
        String r = m.result();
        List<GoField> fields = source.structs.getOrDefault(r, List.of());
        if (r.equals("Job") && !method.equals("GET") && ASYNC.matcher(m.doc()).find()) {
            pendingModels.push(r);
            return new Result("job", "Job");
        }
        if (fields.isEmpty()) {
            return new Result("empty", null);
        }
        boolean hasPageInfo = fields.stream().anyMatch(f -> f.type().equals("PageInfo"));
        @Nullable
        GoField data = fields.stream()
                .filter(f -> "data".equals(f.wireName("json")) && f.type().startsWith("[]"))
                .findFirst()
                .orElse(null);
        if (hasPageInfo && data != null) {
            // The items may be models, enums or plain strings.
            return new Result("list", goType(data.type().substring(2), data.tagValue("format"), true));
        }
        pendingModels.push(r);
        return new Result("single", modelName(r));
    }

    private static int status(GoMethod m, String method, Result result) {
        if (result.kind().equals("job") || (!method.equals("GET") && m.doc().contains("202"))) {
            return 202;
        }
        return method.equals("POST") && !m.name().equals("Merge") ? 201 : 200;
    }

    private static @Nullable String permission(String doc) {
        String flat = doc.replace('\n', ' ');
        Matcher role = ROLE_TYPE.matcher(flat);
        if (role.find()) {
            return "role-type:" + role.group(1);
        }
        Matcher p = PERMISSION.matcher(flat);
        if (!p.find()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Matcher b = BACKTICKED.matcher(p.group(1));
        while (b.find()) {
            names.add(b.group(1));
        }
        return String.join(" ", names);
    }

    private static List<String> anyOf(String doc) {
        Matcher a = ANY_OF.matcher(doc);
        List<String> values = new ArrayList<>();
        if (a.find()) {
            Matcher q = QUOTED.matcher(a.group(1));
            while (q.find()) {
                values.add(q.group(1));
            }
        }
        return values;
    }

    private Model model(String goName, boolean patch) {
        return fieldsModel(source.structs.getOrDefault(goName, List.of()), patch);
    }

    private Model fieldsModel(List<GoField> goFields, boolean patch) {
        List<Field> fields = new ArrayList<>();
        for (GoField f : goFields) {
            String wire = f.wireName("json");
            if (wire == null || wire.equals("-")) {
                continue;
            }
            boolean required = f.tag().contains("api:\"required\"");
            boolean nullable =
                    f.type().startsWith("*") || NULL_WORD.matcher(f.doc()).find();
            boolean clearable = patch && CLEAR_WORD.matcher(f.doc()).find();
            fields.add(new Field(wire, type(f, true), required, nullable || clearable, false, clearable));
        }
        fields.sort(Comparator.comparing(Field::name));
        return new Model(fields);
    }

    private String type(GoField f, boolean collect) {
        return goType(f.type(), f.tagValue("format"), collect);
    }

    private String goType(String t, @Nullable String format, boolean collect) {
        if (t.startsWith("param.Opt[") && t.endsWith("]")) {
            return goType(t.substring("param.Opt[".length(), t.length() - 1), format, collect);
        }
        if (t.startsWith("*")) {
            return goType(t.substring(1), format, collect);
        }
        if (t.startsWith("[]")) {
            return "list<" + goType(t.substring(2), format, collect) + ">";
        }
        if (t.startsWith("map[string]")) {
            return "map<" + goType(t.substring("map[string]".length()), format, collect) + ">";
        }
        switch (t) {
            case "string":
                if ("decimal".equals(format)) {
                    return "decimal";
                }
                if ("date-time".equals(format)) {
                    return "datetime";
                }
                return "date".equals(format) ? "date" : "string";
            case "time.Time":
                return "date".equals(format) ? "date" : "datetime";
            case "int64":
            case "int":
                return "integer";
            case "float64":
            case "float32":
                return "number";
            case "bool":
                return "boolean";
            case "any":
                return "any";
            default:
                break;
        }
        if (source.enums.containsKey(t) && !source.enums.get(t).isEmpty()) {
            enums.put(t, new EnumDef(List.copyOf(source.enums.get(t))));
            return t;
        }
        if (source.structs.containsKey(t)) {
            if (collect) {
                pendingModels.push(t);
            }
            return modelName(t);
        }
        warnings.add("unknown Go type " + t + ", described as any");
        return "any";
    }

    /** What the importer could not express, for the report. */
    List<String> warnings() {
        return warnings;
    }

    /** Request types end in {@code Param} in Go; the description names them as the API does. */
    static String modelName(String goName) {
        return goName.endsWith("Param") ? goName.substring(0, goName.length() - "Param".length()) : goName;
    }
}
