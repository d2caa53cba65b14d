package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.ApiDescription.Param;
import com.augno.tools.generator.Layout.ServiceSpec;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Services (one per service path, {@code actions} folded in), group entry points and include constants. */
final class ServiceWriter {

    private final Layout layout;
    private final Types types;
    private final Map<String, String> handWritten;

    ServiceWriter(Layout layout, Types types, Map<String, String> handWritten) {
        this.layout = layout;
        this.types = types;
        this.handWritten = handWritten;
    }

    JavaFile service(ServiceSpec s) {
        String pkg = layout.packageOf(s.group);
        ClassName self = ClassName.get(pkg, s.className);
        TypeSpec.Builder type = TypeSpec.classBuilder(s.className).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (s.isGroup()) {
            type.addJavadoc("The {@code $L} group of the API: reach it with {@code client.$L()}.\n\n", s.group, s.group)
                    .addJavadoc(
                            "<p>Thread-safe and cheap: every call goes through the client's transport (current key, "
                                    + "retries, typed errors); services below are created on first use.\n")
                    .addStaticBlock(CodeBlock.of("$T.register($T.class, $T::new);\n", Types.API_GROUPS, self, self))
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .addParameter(Types.CLIENT_CONTEXT, "context")
                            .addStatement("this.context = context")
                            .build());
        } else {
            type.addJavadoc(
                            "The operations under {@code $L}; reach it with {@code client.$L()}.\n\n",
                            s.path,
                            accessPath(s))
                    .addJavadoc("<p>Thread-safe; every call goes through the client's transport (current key, retries, "
                            + "typed errors).\n")
                    .addMethod(MethodSpec.constructorBuilder()
                            .addParameter(Types.CLIENT_CONTEXT, "context")
                            .addStatement("this.context = context")
                            .build());
        }
        type.addField(FieldSpec.builder(Types.CLIENT_CONTEXT, "context", Modifier.PRIVATE, Modifier.FINAL)
                .build());
        for (Map.Entry<String, ServiceSpec> child : s.children.entrySet()) {
            String own = handWritten.get(child.getValue().path);
            ClassName c = own != null ? ClassName.bestGuess(own) : ClassName.get(pkg, child.getValue().className);
            // A hand-written service lives in another package: it registers its private constructor
            // with ApiGroups, so that no public constructor takes the internal ClientContext.
            String member = JavaNames.member(child.getKey());
            MethodSpec.Builder getter = MethodSpec.methodBuilder(member)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(c)
                    .addJavadoc("Returns the operations under {@code $L}.\n", child.getValue().path);
            if (own != null) {
                // Made once per client by ApiGroups, which also keeps it.
                getter.addStatement("return $T.create($T.class, context)", Types.API_GROUPS, c);
            } else {
                // Made on first use and kept: a racy single check, safe because a service is
                // immutable (one final field), so a second copy made by a race is harmless.
                String field = member + "Service";
                type.addField(FieldSpec.builder(
                                c.annotated(
                                        AnnotationSpec.builder(Types.NULLABLE).build()),
                                field)
                        .addModifiers(Modifier.PRIVATE)
                        .build());
                getter.addStatement("$T s = $N", c, field)
                        .beginControlFlow("if (s == null)")
                        .addStatement("s = new $T(context)", c)
                        .addStatement("$N = s", field)
                        .endControlFlow()
                        .addStatement("return s");
            }
            type.addMethod(getter.build());
        }
        for (Operation op : s.operations) {
            addOperation(type, s, op);
        }
        JobServiceExtras.addTo(type, s, pkg);
        return JavaFile.builder(pkg, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static String accessPath(ServiceSpec s) {
        String[] parts = s.path.split("\\.", -1);
        List<String> calls = new ArrayList<>();
        for (String p : parts) {
            calls.add(JavaNames.member(p) + "()");
        }
        String joined = String.join(".", calls);
        return joined.substring(0, joined.length() - 2);
    }

    private void addOperation(TypeSpec.Builder type, ServiceSpec s, Operation op) {
        String pkg = layout.packageOf(s.group);
        String method = layout.methodName.get(op.id());
        String paramsName = layout.paramsClassName.get(op.id());
        ClassName params = paramsName == null ? null : ClassName.get(pkg, paramsName);
        TypeName returns = returnType(op);
        List<String> pathArgs = new ArrayList<>();
        for (Param p : op.pathParams()) {
            pathArgs.add(JavaNames.member(p.name()));
        }
        String javadoc = javadoc(s, op);

        MethodSpec.Builder full =
                MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(returns);
        pathArgs.forEach(a -> full.addParameter(String.class, a));
        boolean raw = RawBodies.isRaw(op);
        if (raw) {
            full.addParameter(Types.RAW_BODY, "body");
        }
        if (params != null) {
            full.addParameter(params, "params");
        }
        full.addParameter(Types.REQUEST_OPTIONS, "options");
        full.addJavadoc(javadoc)
                .addJavadoc(RawBodies.paramDoc(op))
                .addJavadoc(paramDocs(pathArgs, params != null, true))
                .addJavadoc(throwsDocs());
        if (params != null) {
            full.addStatement("$T.requireNonNull(params, $S)", Types.OBJECTS, "params == null");
        }
        full.addStatement("$T.requireNonNull(options, $S)", Types.OBJECTS, "options == null");
        CodeBlock.Builder args = CodeBlock.builder().add("$T.$L, $S", Types.HTTP_METHOD, op.method(), op.path());
        pathArgs.forEach(a -> args.add(", $N", a));
        full.addStatement("$T request = $T.request($L)", Types.API_REQUEST_BUILDER, Types.ENDPOINT, args.build());
        if (params != null) {
            full.addStatement("params.applyTo(request)");
            if (op.method().equals("PATCH")) {
                // The API refuses PATCH {}: refused before sending, naming what to do.
                full.addStatement("$T.refuseEmptyPatch(request, $S)", Types.ENDPOINT, params.simpleName());
            }
        }
        if (raw) {
            full.addStatement("request.body($T.requireNonNull(body, $S))", Types.OBJECTS, "body == null");
        }
        full.addStatement("request.options(options)");
        switch (op.result().kind()) {
            case "list":
                full.addStatement("return context.executePage(request.build(), $T.class)", elementClass(op));
                break;
            case "empty":
            case "raw":
                full.addStatement("context.execute(request.build(), $T.class)", Types.JSON_NODE);
                break;
            default:
                full.addStatement("return context.execute(request.build(), $T.class)", elementClass(op));
                break;
        }
        type.addMethod(full.build());

        MethodSpec.Builder noOptions =
                MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(returns);
        pathArgs.forEach(a -> noOptions.addParameter(String.class, a));
        List<String> callArgs = new ArrayList<>(pathArgs);
        if (raw) {
            noOptions.addParameter(Types.RAW_BODY, "body");
            callArgs.add("body");
        }
        if (params != null) {
            noOptions.addParameter(params, "params");
            callArgs.add("params");
        }
        callArgs.add("$T.none()");
        noOptions
                .addJavadoc(javadoc)
                .addJavadoc(RawBodies.paramDoc(op))
                .addJavadoc(paramDocs(pathArgs, params != null, false))
                .addJavadoc(throwsDocs());
        noOptions.addStatement(
                (returns.equals(TypeName.VOID) ? "" : "return ") + method + "(" + String.join(", ", callArgs) + ")",
                Types.REQUEST_OPTIONS);
        type.addMethod(noOptions.build());

        if (params != null && !hasRequired(op)) {
            MethodSpec.Builder bare = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returns);
            pathArgs.forEach(a -> bare.addParameter(String.class, a));
            List<String> bareArgs = new ArrayList<>(pathArgs);
            bareArgs.add("$T.builder().build()");
            bareArgs.add("$T.none()");
            bare.addJavadoc(javadoc)
                    .addJavadoc(paramDocs(pathArgs, false, false))
                    .addJavadoc(throwsDocs());
            bare.addStatement(
                    (returns.equals(TypeName.VOID) ? "" : "return ") + method + "(" + String.join(", ", bareArgs) + ")",
                    params,
                    Types.REQUEST_OPTIONS);
            type.addMethod(bare.build());
        }
    }

    private boolean hasRequired(Operation op) {
        if (op.queryParams().stream().anyMatch(Param::required)) {
            return true;
        }
        if (op.body() == null || op.body().model() == null) {
            return false;
        }
        var body = layout.api.models().get(op.body().model());
        return body != null && body.fields().stream().anyMatch(f -> f.required());
    }

    private TypeName elementClass(Operation op) {
        String model = op.result().model();
        TypeName t = model == null ? Types.JSON_NODE : types.of(model, false);
        return t instanceof ParameterizedTypeName p ? p.rawType() : t;
    }

    private TypeName returnType(Operation op) {
        switch (op.result().kind()) {
            case "list":
                return ParameterizedTypeName.get(Types.PAGE, elementClass(op));
            case "empty":
            case "raw":
                return TypeName.VOID;
            default:
                return elementClass(op);
        }
    }

    private String javadoc(ServiceSpec s, Operation op) {
        StringBuilder d = new StringBuilder();
        String call = "{@code " + op.method() + " " + op.path() + "}";
        switch (op.result().kind()) {
            case "list":
                d.append("Lists {@code ")
                        .append(op.result().model())
                        .append("} objects with ")
                        .append(call)
                        .append(": returns the first page; {@code autoPager()} on it walks the rest.");
                break;
            case "job":
                d.append("Starts ")
                        .append(call)
                        .append(", which the API accepts with {@code 202} and a job to poll ")
                        .append("until it finishes: {@code client.core().jobs().await(job, timeout)} waits for it ")
                        .append("(backoff, deadline, typed errors).");
                break;
            case "empty":
                d.append("Sends ")
                        .append(call)
                        .append("; the API answers {@code ")
                        .append(op.status())
                        .append("} with an empty object.");
                break;
            default:
                d.append("Sends ")
                        .append(call)
                        .append(" and returns the {@code ")
                        .append(op.result().model())
                        .append("} the API answers with ({@code ")
                        .append(op.status())
                        .append("}).");
                break;
        }
        d.append("\n\n<p>");
        String p = op.permission();
        if (p == null) {
            d.append("The API documents no permission for this call.");
        } else if (p.startsWith("role-type:")) {
            d.append("Needs a key whose role type is {@code ")
                    .append(p.substring("role-type:".length()))
                    .append("}.");
        } else if (p.contains(" ")) {
            d.append("Needs one of the permissions {@code ")
                    .append(p.replace(" ", "}, {@code "))
                    .append("}.");
        } else {
            d.append("Needs the permission {@code ").append(p).append("}.");
        }
        if (!op.include().isEmpty()) {
            d.append(" Sub-objects it can expand are listed in {@code ")
                    .append(Layout.includeClassName(s))
                    .append("}.");
        }
        d.append(" Operation {@code ").append(op.id()).append("}.\n\n");
        return d.toString().replace("$", "$$");
    }

    private static String paramDocs(List<String> pathArgs, boolean params, boolean options) {
        StringBuilder d = new StringBuilder();
        pathArgs.forEach(a ->
                d.append("@param ").append(a).append(" the {@code ").append(a).append("} path segment\n"));
        if (params) {
            d.append("@param params the query parameters and body\n");
        }
        if (options) {
            d.append("@param options per-request options\n");
        }
        return d.toString();
    }

    private static String throwsDocs() {
        return "@throws com.augno.sdk.errors.AugnoApiException (a subclass) when the API answers with an error\n"
                + "@throws com.augno.sdk.errors.ApiConnectionException when no response came back\n";
    }

    JavaFile include(ServiceSpec s) {
        String pkg = layout.packageOf(s.group);
        String cls = Layout.includeClassName(s);
        TypeSpec.Builder type = TypeSpec.classBuilder(cls)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code include} values the operations under {@code $L} accept.\n", s.path)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        Set<String> used = new java.util.HashSet<>();
        for (String v : s.include) {
            type.addField(FieldSpec.builder(
                            String.class,
                            ModelWriter.unique(JavaNames.constant(v), used),
                            Modifier.PUBLIC,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("{@code $L}.\n", v)
                    .initializer("$S", v)
                    .build());
        }
        return JavaFile.builder(pkg, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
