package com.augno.sdk.catalog;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Units of measure ({@code /v1/catalog/units}): full CRUD. List and get also return the global system units, which cannot be changed. Reach it with {@code client.units()}.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class UnitService {
    private static final String PATH = "/v1/catalog/units";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public UnitService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists units (account-owned and system) (first page; {@code autoPager()} walks the rest). Needs permission {@code units:read}. */
    public Page<Unit> list() {
        return list(UnitListParams.builder().build(), RequestOptions.none());
    }

    /** Lists units (account-owned and system) matching {@code params}. Needs permission {@code units:read}. */
    public Page<Unit> list(UnitListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(UnitListParams)}, with per-request options. Needs permission {@code units:read}. */
    public Page<Unit> list(UnitListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, Unit.class);
    }

    /**
     * Gets one Unit by id. Needs permission {@code units:read}.
     *
     * @param include {@link UnitInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public Unit get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code units:read}. */
    public Unit get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, Unit.class);
    }

    /** Creates an account-owned unit (never a base unit). Needs permission {@code units:create}. */
    public Unit create(UnitCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** As {@link #create(UnitCreateParams)}, with per-request options. Needs permission {@code units:create}. */
    public Unit create(UnitCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.post(PATH, null, null, params.toBody(), params.include(), options, Unit.class);
    }

    /**
     * Updates an account-owned unit (its {@code type} cannot change). Needs permission {@code units:update}.
     *
     * @throws IllegalArgumentException before anything is sent, when {@code params} sets no field
     *     (the API refuses an empty update)
     */
    public Unit update(String id, UnitUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /** As {@link #update(String, UnitUpdateParams)}, with per-request options. Needs permission {@code units:update}. */
    public Unit update(String id, UnitUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.patch(PATH, id, params.toBody(), params.include(), options, Unit.class);
    }

    /** Deletes an account-owned unit; it also leaves every unit group. Needs permission {@code units:delete}. */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /** As {@link #delete(String)}, with per-request options. Needs permission {@code units:delete}. */
    public void delete(String id, RequestOptions options) {
        calls.delete(PATH, id, options);
    }
}
