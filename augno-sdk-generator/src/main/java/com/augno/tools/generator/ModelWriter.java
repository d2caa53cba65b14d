package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Response models (immutable, decoded by Jackson, unknown fields kept) and open enums. */
final class ModelWriter {

    private final Layout layout;
    private final Types types;

    ModelWriter(Layout layout, Types types) {
        this.layout = layout;
        this.types = types;
    }

    JavaFile model(String name) {
        Model model = java.util.Objects.requireNonNull(layout.api.models().get(name), name);
        String pkg = java.util.Objects.requireNonNull(layout.modelPackage.get(name), name);
        String cls = JavaNames.type(name);
        ClassName self = ClassName.get(pkg, cls);
        TypeSpec.Builder type = TypeSpec.classBuilder(cls)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Types.API_OBJECT)
                .addAnnotation(AnnotationSpec.builder(Types.JSON_AUTO_DETECT)
                        .addMember("fieldVisibility", "$T.Visibility.ANY", Types.JSON_AUTO_DETECT)
                        .addMember("getterVisibility", "$T.Visibility.NONE", Types.JSON_AUTO_DETECT)
                        .addMember("isGetterVisibility", "$T.Visibility.NONE", Types.JSON_AUTO_DETECT)
                        .build())
                .addJavadoc("The API object {@code $L}, as the API answers it.\n\n", name)
                .addJavadoc("<p>Immutable once decoded. Fields this SDK version does not know are kept in {@link "
                        + "#additionalProperties()} (never printed by {@code toString}, which also redacts anything "
                        + "key-shaped). A field the API fills only when asked through {@code include} is empty "
                        + "otherwise.\n");
        MethodSpec.Builder creator =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addAnnotation(Types.JSON_CREATOR);
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        CodeBlock.Builder equals = CodeBlock.builder();
        CodeBlock.Builder toString = CodeBlock.builder().add("return $T.redact($S", Types.REDACTOR, cls + "{");
        boolean first = true;
        for (Field f : model.fields()) {
            String member = unique(JavaNames.member(f.name()), used);
            names.add(member);
            TypeName t = types.of(f.type(), false);
            boolean strict = f.required() && !f.nullable() && !f.expandable();
            boolean collection = Types.isList(f.type()) || Types.isMap(f.type());
            TypeName stored = strict
                    ? t
                    : t.annotated(AnnotationSpec.builder(Types.NULLABLE).build());
            FieldSpec.Builder field = FieldSpec.builder(stored, member, Modifier.PRIVATE, Modifier.FINAL)
                    .addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY)
                            .addMember("value", "$S", f.name())
                            .build());
            if (f.type().equals("decimal")) {
                field.addAnnotation(AnnotationSpec.builder(Types.JSON_FORMAT)
                        .addMember("shape", "$T.Shape.STRING", Types.JSON_FORMAT)
                        .build());
            }
            type.addField(field.build());
            ParameterSpec.Builder param = ParameterSpec.builder(
                            t.annotated(AnnotationSpec.builder(Types.NULLABLE).build()), member)
                    .addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY)
                            .addMember("value", "$S", f.name())
                            .build());
            if (layout.api.models().containsKey(f.type())) {
                // The nested model's deserializer is built when a value first comes, not with this
                // model's: most nested objects come only through include (LazyModelDeserializer).
                param.addAnnotation(AnnotationSpec.builder(Types.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", Types.LAZY_MODEL_DESERIALIZER)
                        .build());
            }
            creator.addParameter(param.build());
            String copy = member;
            if (t.equals(Types.JSON_NODE)) {
                // JSON null is no value (an empty Optional), as for every other field type.
                copy = member + " == null || " + member + ".isNull() ? null : " + member;
            } else if (Types.isList(f.type())) {
                copy = member + " == null ? null : "
                        + "java.util.Collections.unmodifiableList(new java.util.ArrayList<>(" + member + "))";
            } else if (Types.isMap(f.type())) {
                copy = member + " == null ? null : "
                        + "java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(" + member + "))";
            }
            if (strict) {
                creator.addStatement("this.$N = $T.required($L, $S, $S)", member, Types.CHECKS, copy, name, f.name());
            } else {
                creator.addStatement("this.$N = $L", member, copy);
            }
            MethodSpec.Builder getter = MethodSpec.methodBuilder(member).addModifiers(Modifier.PUBLIC);
            String facts = describe(f);
            if (collection) {
                getter.returns(t)
                        .addJavadoc("Returns {@code $L}$L; empty when the API sent none.\n", f.name(), facts)
                        .addStatement(
                                "return $N == null ? $T.$L() : $N",
                                member,
                                Types.COLLECTIONS,
                                Types.isList(f.type()) ? "emptyList" : "emptyMap",
                                member);
                if (strict) {
                    getter = MethodSpec.methodBuilder(member)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(t)
                            .addJavadoc("Returns {@code $L}$L.\n", f.name(), facts)
                            .addStatement("return $N", member);
                }
            } else if (strict) {
                getter.returns(Types.unboxed(t))
                        .addJavadoc("Returns {@code $L}$L.\n", f.name(), facts)
                        .addStatement("return $N", member);
            } else {
                getter.returns(ParameterizedTypeName.get(Types.OPTIONAL, t))
                        .addJavadoc(
                                "Returns {@code $L}$L, or empty when the API sent none or {@code null}.\n",
                                f.name(),
                                facts)
                        .addStatement("return $T.ofNullable($N)", Types.OPTIONAL, member);
            }
            type.addMethod(getter.build());
            equals.add("\n&& $T.equals($N, that.$N)", Types.OBJECTS, member, member);
            if (f.name().contains("secret")) {
                // A secret is never printed, not even redacted.
                toString.add(" + $S", (first ? "" : ", ") + member + "=****");
            } else if (t.equals(Types.JSON_NODE)) {
                // Free-form JSON (request bodies, query strings, changed values, metadata) holds what
                // callers sent, which can be a key pasted in the wrong place: say whether it is there.
                toString.add(
                        " + $S + ($N == null ? \"null\" : \"<not shown>\")",
                        (first ? "" : ", ") + member + "=",
                        member);
            } else if (f.name().equals("referrer")) {
                // A URL's query may carry tokens: keep the address, not its query.
                toString.add(" + $S + $T.withoutQuery($N)", (first ? "" : ", ") + member + "=", Types.REDACTOR, member);
            } else {
                toString.add(" + $S + $N", (first ? "" : ", ") + member + "=", member);
            }
            first = false;
        }
        type.addMethod(creator.build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(ParameterSpec.builder(
                                ClassName.OBJECT.annotated(
                                        AnnotationSpec.builder(Types.NULLABLE).build()),
                                "o")
                        .build())
                .beginControlFlow("if (this == o)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(o instanceof $T that))", self)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return additionalProperties().equals(that.additionalProperties())$L", equals.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement(
                        "return $T.hash(additionalProperties()$L)",
                        Types.OBJECTS,
                        names.isEmpty() ? "" : ", " + String.join(", ", names))
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Types.STRING)
                .addStatement(toString.add(" + $S)", "}").build())
                .build());
        return JavaFile.builder(pkg, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static String describe(Field f) {
        List<String> facts = new ArrayList<>();
        if (f.expandable()) {
            facts.add("filled only when named in {@code include}");
        }
        if (!f.required()) {
            facts.add("not always sent");
        } else if (f.nullable() && !f.expandable()) {
            facts.add("may be {@code null}");
        }
        return facts.isEmpty() ? "" : " (" + String.join("; ", facts) + ")";
    }

    static String unique(String name, Set<String> used) {
        String n = name;
        int i = 2;
        while (!used.add(n)) {
            n = name + i++;
        }
        return n;
    }

    JavaFile openEnum(String name) {
        String pkg = java.util.Objects.requireNonNull(layout.enumPackage.get(name), name);
        String cls = JavaNames.type(name);
        ClassName self = ClassName.get(pkg, cls);
        ClassName known = self.nestedClass("Known");
        TypeSpec.Builder knownType = TypeSpec.enumBuilder("Known")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values this SDK version knows.\n")
                .addField(String.class, "wire", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "wire")
                        .addStatement("this.wire = wire")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("Returns the wire value.\n")
                        .addStatement("return wire")
                        .build());
        TypeSpec.Builder type = TypeSpec.classBuilder(cls)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Types.OPEN_ENUM, known))
                .addJavadoc("The values of {@code $L}.\n\n", name)
                .addJavadoc(
                        "<p>An open enum: a value this SDK version does not know is kept as sent ({@link #known()} is "
                                + "then empty and {@link #value()} returns it), so decoding never fails and re-sending keeps the "
                                + "value. Equal when the raw values are equal.\n");
        Set<String> used = new HashSet<>();
        for (String v : java.util.Objects.requireNonNull(layout.api.enums().get(name), name)
                .values()) {
            String c = unique(JavaNames.constant(v), used);
            knownType.addEnumConstant(
                    c,
                    TypeSpec.anonymousClassBuilder("$S", v)
                            .addJavadoc("{@code $L}.\n", v)
                            .build());
            type.addField(FieldSpec.builder(self, c, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The value {@code $L}.\n", v)
                    .initializer("new $T($S)", self, v)
                    .build());
        }
        type.addType(knownType.build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addStatement("super(value, $T.class)", known)
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(Types.JSON_CREATOR)
                .returns(self)
                .addParameter(String.class, "value")
                .addJavadoc("Returns the value for a wire string, known or not.\n\n@param value the wire value\n"
                        + "@return the value\n@throws NullPointerException if {@code value} is null\n")
                .addStatement("return new $T(value)", self)
                .build());
        return JavaFile.builder(pkg, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
