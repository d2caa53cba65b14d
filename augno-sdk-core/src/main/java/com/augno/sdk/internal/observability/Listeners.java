package com.augno.sdk.internal.observability;

import com.augno.sdk.observability.AugnoListener;
import com.augno.sdk.observability.KeyCacheEvent;
import com.augno.sdk.observability.RequestFinished;
import com.augno.sdk.observability.RequestStarted;
import com.augno.sdk.runtime.RuntimeWarning;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. The caller's listeners as one: each event goes to each listener in order; an exception
 * a listener throws is caught, the first one logged at WARN (class names only: its message is
 * the caller's text and not known to be safe), so a listener never breaks a call. Callers hold a
 * {@code null} {@code Listeners} when none is set, so an unobserved client pays one null check.
 */
public final class Listeners implements AugnoListener {
    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final List<AugnoListener> listeners;
    private final AtomicBoolean warned = new AtomicBoolean();

    private Listeners(List<AugnoListener> listeners) {
        this.listeners = listeners;
    }

    /** Returns the listeners as one, or null when there are none. */
    public static @Nullable Listeners of(List<AugnoListener> listeners) {
        return listeners.isEmpty() ? null : new Listeners(List.copyOf(listeners));
    }

    @Override
    public void onRequestStarted(RequestStarted event) {
        each(l -> l.onRequestStarted(event));
    }

    @Override
    public void onRequestFinished(RequestFinished event) {
        each(l -> l.onRequestFinished(event));
    }

    @Override
    public void onKeyCacheEvent(KeyCacheEvent event) {
        each(l -> l.onKeyCacheEvent(event));
    }

    @Override
    public void onRuntimeWarning(RuntimeWarning warning) {
        each(l -> l.onRuntimeWarning(warning));
    }

    private void each(Consumer<AugnoListener> call) {
        for (AugnoListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                if (warned.compareAndSet(false, true)) {
                    log.warn(
                            "An AugnoListener ({}) threw {}; ignored, the call goes on. Later failures of"
                                    + " listeners of this client are not logged.",
                            l.getClass().getName(),
                            e.getClass().getName());
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Listeners(" + listeners.size() + ")";
    }
}
