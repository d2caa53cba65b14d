package com.augno.sdk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Decodes a model-typed field of a generated model with that model's own deserializer, but
 * builds that deserializer only when a value for the field first arrives.
 *
 * <p>Why: Jackson builds a model's deserializer together with those of every model it refers to,
 * transitively. {@code ApiKeyInfo.role} reaches {@code Role}, {@code Owner}, {@code Account},
 * {@code Address} and their enums (27 classes, about 35 ms of a cold start), although the API sends
 * most such objects only when asked through {@code include}. With this deserializer on the field,
 * what is never sent is never introspected. Nulls and absent fields read as null, as before; the
 * nested model's own checks (required fields) run unchanged when a value comes.
 *
 * <p>The generator puts it on every creator parameter whose type is a generated model
 * ({@code @JsonDeserialize(using = LazyModelDeserializer.class)}). Thread-safe: the delegate is
 * looked up at most a few times under a race, and Jackson caches what it builds.
 */
public final class LazyModelDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final @Nullable JavaType type;
    private final transient @Nullable BeanProperty property;
    private transient volatile @Nullable JsonDeserializer<Object> delegate;

    /** For Jackson, which makes one from the annotation and then asks for the contextual one. */
    public LazyModelDeserializer() {
        super(Object.class);
        this.type = null;
        this.property = null;
    }

    private LazyModelDeserializer(JavaType type, @Nullable BeanProperty property) {
        super(type);
        this.type = type;
        this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
            throws JsonMappingException {
        JavaType t = property != null ? property.getType() : ctxt.getContextualType();
        if (t == null) {
            throw JsonMappingException.from(ctxt, "LazyModelDeserializer needs a typed property");
        }
        return new LazyModelDeserializer(t, property);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> d = delegate;
        if (d == null) {
            JavaType t = type;
            if (t == null) { // only the annotation's instance, which Jackson always contextualizes first
                throw JsonMappingException.from(ctxt, "LazyModelDeserializer used without its property's type");
            }
            d = ctxt.findContextualValueDeserializer(t, property);
            delegate = d;
        }
        return d.deserialize(p, ctxt);
    }
}
