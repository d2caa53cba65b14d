package com.augno.tools.api;

import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Marks expandable fields from the operations' {@code include} values: {@code a.b} on an
 * operation whose result is model M makes M's field {@code a} expandable (and nullable, since it
 * is null unless asked for), and field {@code b} of a's model too.
 */
final class Expansions {

    private Expansions() {}

    static ApiDescription apply(ApiDescription d) {
        Map<String, Model> models = new TreeMap<>(d.models());
        for (Operation op : d.operations()) {
            @Nullable String root = op.result().model();
            if (root == null) {
                continue;
            }
            for (String include : op.include()) {
                String model = root;
                for (String part : include.split("\\.")) {
                    Model m = models.get(model);
                    if (m == null) {
                        break;
                    }
                    List<Field> fields = new ArrayList<>();
                    @Nullable String next = null;
                    for (Field f : m.fields()) {
                        if (f.name().equals(part)) {
                            fields.add(new Field(f.name(), f.type(), f.required(), true, true, f.clearable()));
                            next = elementType(f.type());
                        } else {
                            fields.add(f);
                        }
                    }
                    models.put(model, new Model(fields));
                    if (next == null) {
                        break;
                    }
                    model = next;
                }
            }
        }
        return new ApiDescription(d.format(), d.apiVersion(), d.sources(), d.operations(), models, d.enums());
    }

    /** {@code list<Role>} and {@code Role} to {@code Role}. */
    static String elementType(String type) {
        String t = type;
        while (t.startsWith("list<") || t.startsWith("map<")) {
            t = t.substring(t.indexOf('<') + 1, t.length() - 1);
        }
        return t;
    }
}
