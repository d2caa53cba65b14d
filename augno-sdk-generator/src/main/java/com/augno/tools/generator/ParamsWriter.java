package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.ApiDescription.Param;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Params classes (one per operation with query parameters or a body) and input classes (request
 * objects nested in a body). Both wrap {@code ParamValues}: three states per field (absent, cleared
 * = JSON null, set), unknown extra fields, immutable with a builder.
 */
final class ParamsWriter {

    /** One settable value: where it goes on the wire and how it is typed. */
    record Slot(String wire, String type, boolean required, boolean clearable, String holder, String member) {}

    private final Layout layout;
    private final Types types;

    ParamsWriter(Layout layout, Types types) {
        this.layout = layout;
        this.types = types;
    }

    JavaFile params(Operation op, Layout.ServiceSpec service) {
        String cls = java.util.Objects.requireNonNull(layout.paramsClassName.get(op.id()), op.id());
        Set<String> used = new HashSet<>(Set.of(
                "include",
                "putAdditionalQueryParameter",
                "putAdditionalBodyProperty",
                "queryValues",
                "bodyValues",
                "applyTo",
                "request"));
        List<Slot> slots = new ArrayList<>();
        for (Param p : op.queryParams()) {
            if (!p.name().equals("include")) {
                slots.add(new Slot(
                        p.name(),
                        p.type(),
                        p.required(),
                        false,
                        "queryValues",
                        ModelWriter.unique(JavaNames.member(p.name()), used)));
            }
        }
        @Nullable String bodyModel = op.body() == null ? null : op.body().model();
        boolean hasBody = bodyModel != null;
        if (bodyModel != null) {
            Model body = layout.api.models().get(bodyModel);
            for (Field f : body == null ? List.<Field>of() : body.fields()) {
                slots.add(new Slot(
                        f.name(),
                        f.type(),
                        f.required(),
                        f.clearable(),
                        "bodyValues",
                        ModelWriter.unique(JavaNames.member(f.name()), used)));
            }
        }
        String what =
                "the parameters of {@code " + op.method() + " " + op.path() + "} (operation {@code " + op.id() + "})";
        return write(
                layout.packageOf(service.group),
                cls,
                what,
                slots,
                hasBody,
                op.include().isEmpty() ? null : Layout.includeClassName(service),
                false);
    }

    JavaFile input(String model) {
        Model m = java.util.Objects.requireNonNull(layout.api.models().get(model), model);
        Set<String> used = new HashSet<>(Set.of("putAdditionalProperty", "wireValues", "bodyValues"));
        List<Slot> slots = new ArrayList<>();
        for (Field f : m.fields()) {
            slots.add(new Slot(
                    f.name(),
                    f.type(),
                    f.required(),
                    f.clearable() || f.nullable(),
                    "bodyValues",
                    ModelWriter.unique(JavaNames.member(f.name()), used)));
        }
        String what = "the request object {@code " + model + "}, sent inside a request body";
        return write(
                java.util.Objects.requireNonNull(layout.modelPackage.get(model)),
                java.util.Objects.requireNonNull(layout.inputClassName.get(model)),
                what,
                slots,
                true,
                null,
                true);
    }

    private JavaFile write(
            String pkg,
            String cls,
            String what,
            List<Slot> slots,
            boolean hasBody,
            @Nullable String includeClass,
            boolean input) {
        ClassName self = ClassName.get(pkg, cls);
        ClassName builder = self.nestedClass("Builder");
        boolean hasQuery = !input;
        TypeSpec.Builder type = TypeSpec.classBuilder(cls)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L.\n\n", capitalize(what))
                .addJavadoc("<p>Immutable; build with {@link #builder()}. Only what is set is sent; a field cleared "
                        + "with {@code clearX()} is sent as JSON {@code null}. Fields this SDK version does not know can "
                        + "be sent with the builder's {@code putAdditional...} methods.\n");
        if (input) {
            type.addSuperinterface(Types.REQUEST_INPUT);
        }
        MethodSpec.Builder ctor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        TypeSpec.Builder b = TypeSpec.classBuilder("Builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}. Not thread-safe.\n", self);
        MethodSpec.Builder bctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Returns a builder holding this object's values.\n")
                .addStatement("$T b = new $T()", builder, builder);
        List<String> holders = new ArrayList<>();
        if (hasQuery) {
            holders.add("queryValues");
        }
        if (hasBody) {
            holders.add("bodyValues");
        }
        for (String h : holders) {
            type.addField(Types.PARAM_VALUES, h, Modifier.PRIVATE, Modifier.FINAL);
            ctor.addStatement("this.$N = builder.$N.build()", h, h);
            b.addField(FieldSpec(Types.PARAM_VALUES.nestedClass("Builder"), h));
            bctor.addStatement("this.$N = $T.builder()", h, Types.PARAM_VALUES);
            toBuilder.addStatement("b.$N = $N.toBuilder()", h, h);
        }
        toBuilder.addStatement("return b");
        type.addMethod(ctor.build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("Returns a new, empty builder.\n")
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(toBuilder.build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Builds the immutable object.\n\n@return the object\n@throws IllegalStateException if a "
                        + "required field was not set\n");
        for (Slot s : slots) {
            TypeName t = types.of(s.type(), true);
            boolean list = Types.isList(s.type());
            MethodSpec.Builder getter = MethodSpec.methodBuilder(s.member()).addModifiers(Modifier.PUBLIC);
            if (list
                    && t instanceof ParameterizedTypeName p
                    && p.typeArguments().get(0) instanceof ClassName e) {
                getter.returns(t)
                        .addJavadoc("Returns {@code $L}; empty when not set.\n", s.wire())
                        .addStatement(
                                "return $N.list($S, $T.class).orElse($T.of())", s.holder(), s.wire(), e, Types.LIST);
            } else if (t instanceof ClassName c) {
                getter.returns(ParameterizedTypeName.get(Types.OPTIONAL, t))
                        .addJavadoc("Returns {@code $L}, or empty when not set (or cleared).\n", s.wire())
                        .addStatement("return $N.get($S, $T.class)", s.holder(), s.wire(), c);
            } else {
                getter.returns(ParameterizedTypeName.get(Types.OPTIONAL, t))
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked")
                                .build())
                        .addJavadoc("Returns {@code $L}, or empty when not set (or cleared).\n", s.wire())
                        .addStatement(
                                "return $T.ofNullable(($T) $N.wireValues().get($S))",
                                Types.OPTIONAL,
                                t,
                                s.holder(),
                                s.wire());
            }
            type.addMethod(getter.build());
            if (s.clearable()) {
                // PATCH tells absent from null: the getter is empty for both, this says which.
                type.addMethod(MethodSpec.methodBuilder("clears" + JavaNames.type(s.member()))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc("Returns true when {@code $L} is sent as JSON {@code null} (cleared).\n", s.wire())
                        .addStatement("return $N.clears($S)", s.holder(), s.wire())
                        .build());
            }

            MethodSpec.Builder setter = MethodSpec.methodBuilder(s.member())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc(
                            "Sets {@code $L}$L.\n\n@param $L the value\n@return this builder\n@throws "
                                    + "NullPointerException if {@code $L} is null$L\n",
                            s.wire(),
                            s.required() ? " (required)" : "",
                            s.member(),
                            s.member(),
                            s.clearable()
                                    ? " (use {@code clear" + JavaNames.type(s.member()) + "()} to send {@code null})"
                                    : "");
            if (s.wire().equals("limit") && s.holder().equals("queryValues")) {
                setter.addParameter(TypeName.LONG, s.member())
                        .addStatement("$N.limit($N)", s.holder(), s.member())
                        .addJavadoc("@throws IllegalArgumentException if {@code limit} is outside 1 to 1000\n");
            } else if (list && t instanceof ParameterizedTypeName p) {
                setter.addParameter(
                                ParameterizedTypeName.get(
                                        Types.COLLECTION,
                                        WildcardTypeName.subtypeOf(
                                                p.typeArguments().get(0))),
                                s.member())
                        .addStatement("$N.setList($S, $N, $S)", s.holder(), s.wire(), s.member(), s.member());
            } else {
                setter.addParameter(t, s.member())
                        .addStatement("$N.set($S, $N, $S)", s.holder(), s.wire(), s.member(), s.member());
            }
            b.addMethod(setter.addStatement("return this").build());
            if (list
                    && t instanceof ParameterizedTypeName p
                    && p.typeArguments().get(0) instanceof ClassName) {
                // The varargs form of a list setter, as the hand-written params had it: ids(a, b).
                b.addMethod(MethodSpec.methodBuilder(s.member())
                        .addModifiers(Modifier.PUBLIC)
                        .varargs(true)
                        .returns(builder)
                        .addParameter(ArrayTypeName.of(p.typeArguments().get(0)), s.member())
                        .addJavadoc(
                                "Sets {@code $L}; see {@link #$L(java.util.Collection)}.\n\n@param $L the values\n"
                                        + "@return this builder\n@throws NullPointerException if {@code $L} is or holds null\n",
                                s.wire(),
                                s.member(),
                                s.member(),
                                s.member())
                        .addStatement("return $N($T.asList($N))", s.member(), Types.ARRAYS, s.member())
                        .build());
            }
            if (s.clearable()) {
                b.addMethod(MethodSpec.methodBuilder("clear" + JavaNames.type(s.member()))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(
                                "Clears {@code $L}: it is sent as JSON {@code null}.\n\n@return this builder\n",
                                s.wire())
                        .addStatement("$N.clear($S)", s.holder(), s.wire())
                        .addStatement("return this")
                        .build());
            }
            if (s.required()) {
                build.addStatement("$N.require($S, $S)", s.holder(), s.wire(), s.member());
            }
        }
        if (hasQuery) {
            type.addMethod(MethodSpec.methodBuilder("include")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(Types.LIST, Types.STRING))
                    .addJavadoc("Returns the {@code include} paths; empty when none.\n")
                    .addStatement("return queryValues.include()")
                    .build());
            if (includeClass != null) {
                b.addMethod(MethodSpec.methodBuilder("include")
                        .addModifiers(Modifier.PUBLIC)
                        .varargs(true)
                        .returns(builder)
                        .addParameter(ArrayTypeName.of(Types.STRING), "paths")
                        .addJavadoc(
                                "Adds sub-objects to expand ({@code include}, sent comma-joined); see {@link $L} for "
                                        + "the values this call accepts. Unknown values are sent as given.\n\n@param paths the "
                                        + "paths\n@return this builder\n",
                                includeClass)
                        .addStatement("queryValues.include($T.asList(paths))", Types.ARRAYS)
                        .addStatement("return this")
                        .build());
                b.addMethod(MethodSpec.methodBuilder("include")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(ParameterizedTypeName.get(Types.COLLECTION, Types.STRING), "paths")
                        .addJavadoc("Adds sub-objects to expand; see {@link #include(String...)}.\n\n@param paths the "
                                + "paths\n@return this builder\n")
                        .addStatement("queryValues.include(paths)")
                        .addStatement("return this")
                        .build());
            }
            b.addMethod(MethodSpec.methodBuilder("putAdditionalQueryParameter")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "name")
                    .addParameter(Object.class, "value")
                    .addJavadoc(
                            "Sends a query parameter this SDK version does not know (a list is sent comma-joined).\n\n"
                                    + "@param name the wire name\n@param value the value\n@return this builder\n")
                    .addStatement("queryValues.set(name, value, name)")
                    .addStatement("return this")
                    .build());
        }
        if (hasBody) {
            b.addMethod(MethodSpec.methodBuilder(input ? "putAdditionalProperty" : "putAdditionalBodyProperty")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "name")
                    .addParameter(ParameterSpec.builder(
                                    ClassName.OBJECT.annotated(AnnotationSpec.builder(Types.NULLABLE)
                                            .build()),
                                    "value")
                            .build())
                    .addJavadoc(
                            "Sends a body field this SDK version does not know; {@code null} sends JSON {@code null}.\n\n"
                                    + "@param name the wire name\n@param value the value\n@return this builder\n")
                    .beginControlFlow("if (value == null)")
                    .addStatement("bodyValues.clear(name)")
                    .nextControlFlow("else")
                    .addStatement("bodyValues.set(name, value, name)")
                    .endControlFlow()
                    .addStatement("return this")
                    .build());
        }
        b.addMethod(bctor.build());
        b.addMethod(build.addStatement("return new $T(this)", self).build());
        type.addType(b.build());

        if (input) {
            type.addMethod(MethodSpec.methodBuilder("wireValues")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(
                            Types.MAP,
                            Types.STRING,
                            ClassName.OBJECT.annotated(
                                    AnnotationSpec.builder(Types.NULLABLE).build())))
                    .addStatement("return bodyValues.wireValues()")
                    .build());
        } else {
            MethodSpec.Builder apply = MethodSpec.methodBuilder("applyTo")
                    .addParameter(Types.API_REQUEST_BUILDER, "request")
                    .addJavadoc("Adds the query parameters and the body to {@code request}.\n")
                    .addStatement("queryValues.toQuery().forEach(request::query)")
                    .addStatement("request.include(queryValues.include())");
            if (hasBody) {
                apply.addStatement("request.body(bodyValues.toBody())");
            }
            type.addMethod(apply.build());
        }
        String eq = String.join(
                " && ",
                holders.stream().map(h -> "that." + h + ".equals(" + h + ")").toList());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(ParameterSpec.builder(
                                ClassName.OBJECT.annotated(
                                        AnnotationSpec.builder(Types.NULLABLE).build()),
                                "o")
                        .build())
                .addStatement("return o instanceof $T that && $L", self, eq)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", Types.OBJECTS, String.join(", ", holders))
                .build());
        String describe = String.join(
                " + \" \" + ",
                holders.stream()
                        .map(h -> h + ".describe(\"" + h.replace("Values", "") + "\")")
                        .toList());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Types.STRING)
                .addStatement("return $T.redact($S + $L)", Types.REDACTOR, cls + " ", describe)
                .build());
        return JavaFile.builder(pkg, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static com.palantir.javapoet.FieldSpec FieldSpec(TypeName t, String name) {
        return com.palantir.javapoet.FieldSpec.builder(t, name, Modifier.PRIVATE)
                .build();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
