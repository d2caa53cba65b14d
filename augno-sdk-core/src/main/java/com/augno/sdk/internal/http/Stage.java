package com.augno.sdk.internal.http;

/**
 * Not API. One step of the {@link Transport}'s chain for an attempt, in the manner of OkHttp's
 * interceptors: each stage looks at the call's {@link Exchange} and either passes it on, asks for
 * another attempt, finishes the call (the result in {@link Exchange#result}), or throws the call's
 * error. Stages are shared by every call of a client and hold no per-call state.
 */
interface Stage {
    /** What the chain does after a stage. */
    enum Verdict {
        /** The next stage decides. */
        NEXT,
        /** Send another attempt (the stage has waited, if a wait was due). */
        RETRY,
        /** The call is answered: {@link Exchange#result} holds the value. */
        DONE
    }

    /**
     * Handles the current attempt of {@code x}.
     *
     * @throws com.augno.sdk.errors.AugnoException the call's error, when this stage ends the call
     */
    Verdict handle(Exchange x);
}
