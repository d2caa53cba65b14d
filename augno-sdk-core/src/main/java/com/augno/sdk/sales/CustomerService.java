package com.augno.sdk.sales;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Customers ({@code /v1/sales/customers}): full CRUD with every {@code include} value. Reach it with {@code client.customers()}.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class CustomerService {
    private static final String PATH = "/v1/sales/customers";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public CustomerService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists customers (first page; {@code autoPager()} walks the rest). Needs permission {@code customers:read}. */
    public Page<Customer> list() {
        return list(CustomerListParams.builder().build(), RequestOptions.none());
    }

    /** Lists customers matching {@code params}. Needs permission {@code customers:read}. */
    public Page<Customer> list(CustomerListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(CustomerListParams)}, with per-request options. Needs permission {@code customers:read}. */
    public Page<Customer> list(CustomerListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, Customer.class);
    }

    /**
     * Gets one Customer by id. Needs permission {@code customers:read} (or {@code suppliers:read}).
     *
     * @param include {@link CustomerInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public Customer get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code customers:read} (or {@code suppliers:read}). */
    public Customer get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, Customer.class);
    }

    /** Creates a customer with inline bill-to and ship-to addresses. Needs permission {@code customers:create}. */
    public Customer create(CustomerCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** As {@link #create(CustomerCreateParams)}, with per-request options. Needs permission {@code customers:create}. */
    public Customer create(CustomerCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.post(PATH, null, null, params.toBody(), params.include(), options, Customer.class);
    }

    /**
     * Updates a customer: fields not set stay, cleared fields are sent as {@code null}. Needs permission {@code customers:update}.
     *
     * @throws IllegalArgumentException before anything is sent, when {@code params} sets no field
     *     (the API refuses an empty update)
     */
    public Customer update(String id, CustomerUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /** As {@link #update(String, CustomerUpdateParams)}, with per-request options. Needs permission {@code customers:update}. */
    public Customer update(String id, CustomerUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.patch(PATH, id, params.toBody(), params.include(), options, Customer.class);
    }

    /** Deletes a customer; refused with a {@link com.augno.sdk.errors.ConflictException} while a sales order references it. Needs permission {@code customers:delete}. */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /** As {@link #delete(String)}, with per-request options. Needs permission {@code customers:delete}. */
    public void delete(String id, RequestOptions options) {
        calls.delete(PATH, id, options);
    }
}
