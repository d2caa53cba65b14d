package com.augno.sdk.testing.internal;

/** A resource with hand-written behaviour: registers its routes and reaches the shared services. */
abstract class Resource {
    final Store store;
    final Auditor audit;
    private final Counters counters;

    Resource(Store store, Auditor audit, Counters counters) {
        this.store = store;
        this.audit = audit;
        this.counters = counters;
    }

    /** Adds this resource's routes. */
    abstract void register(Router router);

    /** Counts a created resource under the request's {@code Idempotency-Key}. */
    final void countCreation(Ctx ctx) {
        counters.countCreation(ctx.idempotencyKey);
    }
}
