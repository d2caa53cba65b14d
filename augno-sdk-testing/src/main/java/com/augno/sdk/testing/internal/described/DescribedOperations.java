package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Serves any described operation generically: create, get, list, update and delete on a stateful
 * store per resource, actions that change a record's status, {@code 202} operations that start a
 * {@link JobBoard job}, empty-object answers. The engine calls it for every request no hand-written
 * route matches, after authentication, permission and {@code include} checks, under its lock.
 */
public final class DescribedOperations {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ApiDescription api;
    private final ResourceStore store = new ResourceStore();
    private final ModelRenderer renderer;
    private final RequestValidator validator;
    private final JobBoard jobs;
    private final StatusActions statuses;
    private final Predicate<String> handWrittenCollection;
    /** The collection templates a described create operation adds to. */
    private final java.util.Set<String> creatable = new java.util.HashSet<>();

    /**
     * Creates the generic part of the fake.
     *
     * @param api the description
     * @param handWrittenCollection whether a collection template ({@code /v1/sales/customers}) is
     *     served by hand-written routes: records there are not in this store, so a sub-resource or
     *     action under one of them does not check that its parent exists
     */
    public DescribedOperations(ApiDescription api, Predicate<String> handWrittenCollection) {
        this.api = api;
        this.renderer = new ModelRenderer(api, store);
        this.validator = new RequestValidator(new BodyRules(api));
        this.jobs = new JobBoard(store, api);
        this.statuses = new StatusActions(api);
        this.handWrittenCollection = handWrittenCollection;
        for (Operation op : api.operations()) {
            if (op.name.equals("create") && op.method.equals("POST")) {
                creatable.add(op.path);
            }
        }
    }

    /** Sets how long a job runs on the fake's clock before it completes. */
    public void jobDuration(Duration duration) {
        jobs.duration(duration);
    }

    /**
     * Answers one request for {@code op}.
     *
     * @throws DescribedError when the request is invalid or names a missing record
     */
    public DescribedResult handle(Operation op, DescribedCall call) {
        validator.check(op, call);
        ResourcePath rp = new ResourcePath(op.path);
        String kind = op.resultKind;
        if (kind.equals("job")) {
            int actions = op.path.indexOf("/actions/");
            String resource = actions < 0 ? op.path : op.path.substring(0, actions);
            StoredRecord job = jobs.start(op.name, resource, scoped(call, JobBoard.COLLECTION), call.now());
            return new DescribedResult(op.status, render(job, op, call));
        }
        switch (op.name) {
            case "create":
                if (op.method.equals("POST") && !rp.endsWithParam() && kind.equals("single")) {
                    return create(op, call, rp);
                }
                break;
            case "list":
                break;
            case "get":
                if (rp.endsWithParam() && kind.equals("single")) {
                    return new DescribedResult(op.status, render(record(op, rp, call), op, call));
                }
                break;
            case "update":
                if (rp.endsWithParam()) {
                    return update(op, call, rp);
                }
                break;
            case "delete":
                if (rp.endsWithParam()) {
                    return delete(op, call, rp);
                }
                break;
            default:
                break;
        }
        if (kind.equals("list")) {
            return list(op, call, rp);
        }
        return action(op, call, rp);
    }

    private DescribedResult create(Operation op, DescribedCall call, ResourcePath rp) {
        checkParent(rp, call);
        String model = model(op);
        ObjectNode values = body(call);
        values.remove("id");
        StoredRecord r = store.create(scoped(call, rp.concretePath(call.pathValues())), model, values, call.now());
        assignNestedIds(model, values);
        return new DescribedResult(op.status, render(r, op, call));
    }

    private DescribedResult list(Operation op, DescribedCall call, ResourcePath rp) {
        checkParent(rp, call);
        List<StoredRecord> matching = new ArrayList<>();
        for (StoredRecord r : store.newestFirst(scoped(call, rp.concretePath(call.pathValues())))) {
            if (ListFilter.matches(op, call, r)) {
                matching.add(r);
            }
        }
        return new DescribedResult(op.status, Pager.page(call, matching, r -> render(r, op, call)));
    }

    private DescribedResult update(Operation op, DescribedCall call, ResourcePath rp) {
        StoredRecord r = record(op, rp, call);
        ObjectNode body = body(call);
        r.values.setAll(body);
        assignNestedIds(r.model, r.values);
        r.updatedAt = call.now();
        return new DescribedResult(op.status, answer(op, r, call));
    }

    private DescribedResult delete(Operation op, DescribedCall call, ResourcePath rp) {
        StoredRecord r = record(op, rp, call);
        // A link (DELETE /v1/catalog/items/{id}/attributes/{attribute_id}) names a record that lives
        // elsewhere: removing the link leaves that record alone.
        if (r.collection.equals(scoped(call, rp.recordCollection(call.pathValues())))) {
            store.delete(r, call.now());
        }
        return new DescribedResult(op.status, answer(op, r, call));
    }

    /** Actions and other operations: change the addressed record where obvious, else render. */
    private DescribedResult action(Operation op, DescribedCall call, ResourcePath rp) {
        StoredRecord r = rp.addressesRecord() ? target(op, rp, call, true) : null;
        if (r != null && r.model.equals(JobBoard.MODEL) && op.name.equals("cancel")) {
            jobs.cancel(r, call.now());
        } else if (r != null && r.model.equals(op.resultModel) && !op.method.equals("GET")) {
            String status = statuses.statusAfter(op.name, r.model);
            ObjectNode body = body(call);
            for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (hasField(r.model, name)) {
                    r.values.set(name, body.get(name));
                }
            }
            if (status != null) {
                r.values.put("status", status);
            }
            r.updatedAt = call.now();
        }
        if (r != null && r.model.equals(op.resultModel)) {
            return new DescribedResult(op.status, render(r, op, call));
        }
        String model = op.resultModel;
        if (!op.resultKind.equals("single") || model == null) {
            return new DescribedResult(op.status, F.objectNode());
        }
        ObjectNode values = body(call);
        if (op.method.equals("GET")) {
            values = store.singleton(scoped(call, rp.concretePath(call.pathValues())))
                    .deepCopy();
        } else if (hasField(model, "id") && !op.method.equals("PUT")) {
            values.remove("id");
            StoredRecord created =
                    store.create(scoped(call, rp.concretePath(call.pathValues())), model, values, call.now());
            return new DescribedResult(op.status, render(created, op, call));
        }
        if (r != null && hasField(model, "id") && !values.has("id")) {
            values.put("id", r.id);
        }
        return new DescribedResult(op.status, renderer.values(model, values, call.now(), call.includes()));
    }

    private JsonNode answer(Operation op, StoredRecord r, DescribedCall call) {
        if (op.resultKind.equals("single") && op.resultModel != null) {
            return render(r, op, call);
        }
        return F.objectNode();
    }

    private ObjectNode render(StoredRecord r, Operation op, DescribedCall call) {
        if (r.model.equals(JobBoard.MODEL)) {
            jobs.refresh(r, call.now());
        }
        String model = op.resultModel != null && api.model(op.resultModel) != null ? op.resultModel : r.model;
        return renderer.record(r, model, call.includes(), "");
    }

    /**
     * Returns the record the last path parameter names. An action under a collection the
     * hand-written routes serve has no record here: null when {@code lenient}.
     */
    private @Nullable StoredRecord target(Operation op, ResourcePath rp, DescribedCall call, boolean lenient) {
        if (lenient && handWrittenCollection.test(rp.recordCollectionTemplate())) {
            return null;
        }
        return record(op, rp, call);
    }

    /**
     * Returns the record the last path parameter names: 404 when unknown, 410 when deleted. A
     * nested collection ({@code /v1/catalog/items/{id}/attributes/{attribute_id}}) or an action
     * may name a record that lives elsewhere ({@code /v1/messaging/messages/{id}} for a message
     * created under its conversation): a live record of the same account with that id is found
     * when it is nested or of the operation's model.
     */
    private StoredRecord record(Operation op, ResourcePath rp, DescribedCall call) {
        String id = rp.recordId(call.pathValues());
        try {
            return store.get(scoped(call, rp.recordCollection(call.pathValues())), id);
        } catch (DescribedError e) {
            StoredRecord anywhere = store.byId(id);
            boolean nested = rp.recordCollectionTemplate().contains("{");
            boolean action = !op.name.equals("get") && !op.name.equals("update") && !op.name.equals("delete");
            if (e.status == 404
                    && anywhere != null
                    && anywhere.collection.startsWith(call.accountId() + "/")
                    && (nested || action || anywhere.model.equals(op.resultModel))) {
                return anywhere;
            }
            throw e;
        }
    }

    /** A sub-collection's parent must exist where this store creates such parents. */
    private void checkParent(ResourcePath rp, DescribedCall call) {
        String parent = rp.parentCollectionTemplate();
        if (parent == null || handWrittenCollection.test(parent) || !creatable.contains(parent)) {
            return;
        }
        store.get(scoped(call, rp.recordCollection(call.pathValues())), rp.recordId(call.pathValues()));
    }

    private String model(Operation op) {
        String m = op.resultModel;
        return m == null ? "Object" : m;
    }

    private boolean hasField(String model, String name) {
        List<Field> fields = api.model(model);
        if (fields != null) {
            for (Field f : fields) {
                if (f.name.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Gives the objects of a stored list (sales-order lines) their own ids, once. */
    private void assignNestedIds(String model, ObjectNode values) {
        List<Field> fields = api.model(model);
        if (fields == null) {
            return;
        }
        for (Field f : fields) {
            JsonNode v = values.get(f.name);
            if (v == null || !v.isArray()) {
                continue;
            }
            String element = elementModel(f.type);
            for (JsonNode e : v) {
                if (e.isObject() && !e.has("id")) {
                    ((ObjectNode) e).put("id", ResourceStore.newId(IdPrefixes.of(element == null ? f.name : element)));
                }
            }
        }
    }

    private @Nullable String elementModel(String type) {
        if (type.startsWith("list<")) {
            return type.substring(5, type.length() - 1);
        }
        List<Field> fields = api.model(type);
        if (fields != null) {
            for (Field f : fields) {
                if (f.name.equals("data") && f.type.startsWith("list<")) {
                    return f.type.substring(5, f.type.length() - 1);
                }
            }
        }
        return null;
    }

    /** Each account has its own records: collections are keyed by account id and path. */
    private static String scoped(DescribedCall call, String path) {
        return call.accountId() + path;
    }

    private static ObjectNode body(DescribedCall call) {
        ObjectNode b = call.body();
        return b == null ? F.objectNode() : b.deepCopy();
    }

    /**
     * Stores a record in a collection the API fills by other means (notifications, items, email
     * logs): its model is the one the collection's get or list operation answers with.
     *
     * @param accountId the account the record belongs to
     * @param collectionPath a concrete collection path, e.g. {@code /v1/messaging/notifications}
     * @param fields the record's fields; {@code id}, timestamps and {@code object} are filled in
     * @return the new record's id
     * @throws IllegalArgumentException if no described operation reads that collection
     */
    public String seed(String accountId, String collectionPath, ObjectNode fields, java.time.Instant now) {
        String model = null;
        for (Operation op : api.operations()) {
            if (op.method.equals("GET") && op.resultModel != null) {
                if ((op.resultKind.equals("single") && ResourcePath.fits(op.path, collectionPath + "/x"))
                        || (op.resultKind.equals("list") && ResourcePath.fits(op.path, collectionPath))) {
                    model = op.resultModel;
                    break;
                }
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("no described operation reads the collection " + collectionPath);
        }
        ObjectNode values = fields.deepCopy();
        return store.create(accountId + collectionPath, model, values, now).id;
    }

    /**
     * Returns the values of a live record of a collection (a hand-written route checks that an id
     * it is given names one), or null when there is none or it was deleted.
     *
     * @param accountId the account whose records are searched
     * @param collectionPath a concrete collection path, e.g. {@code /v1/finance/payment-terms}
     */
    public @Nullable ObjectNode find(String accountId, String collectionPath, String id) {
        try {
            return store.get(accountId + collectionPath, id).values;
        } catch (DescribedError e) {
            return null;
        }
    }

    /** Returns every operation of the description by id (for the engine's route table). */
    public Map<String, Operation> operations() {
        Map<String, Operation> out = new java.util.LinkedHashMap<>();
        for (Operation op : api.operations()) {
            out.put(op.id, op);
        }
        return out;
    }
}
