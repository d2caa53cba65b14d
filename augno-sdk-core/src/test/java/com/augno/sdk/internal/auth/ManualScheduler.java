package com.augno.sdk.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scheduler on a {@link FakeClock}: {@code execute} runs the task at once in the calling thread;
 * delayed tasks wait until the test moves time with {@link #advance(Duration)} or
 * {@link #runNext()}, which run them at their due time, in order.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final FakeClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean shutdown;

    ManualScheduler(FakeClock clock) {
        this.clock = clock;
    }

    /** Moves time forward by {@code d}, running every task that falls due, at its due time. */
    void advance(Duration d) {
        Instant target = clock.instant().plus(d);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream()
                        .filter(t -> !t.due.isAfter(target))
                        .min(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.seq))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
            }
            clock.set(next.due);
            next.runnable.run();
        }
        clock.set(target);
    }

    /** Moves time to the earliest pending task and runs it; returns false when none is pending. */
    boolean runNext() {
        Task next;
        synchronized (this) {
            next = tasks.stream()
                    .min(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.seq))
                    .orElse(null);
            if (next == null) {
                return false;
            }
            tasks.remove(next);
        }
        clock.set(next.due);
        next.runnable.run();
        return true;
    }

    /** Waits (bounded) until at least {@code n} tasks are pending. */
    synchronized boolean awaitPending(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tasks.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized int pending() {
        return tasks.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task t = new Task(command, clock.instant().plusNanos(unit.toNanos(delay)), sequence.incrementAndGet());
        synchronized (this) {
            tasks.add(t);
            notifyAll();
        }
        return t;
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        command.run();
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        synchronized (this) {
            List<Runnable> out = new ArrayList<>();
            tasks.forEach(t -> out.add(t.runnable));
            tasks.clear();
            return out;
        }
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }

    private final class Task implements ScheduledFuture<Object> {
        final Runnable runnable;
        final Instant due;
        final long seq;
        volatile boolean cancelled;

        Task(Runnable runnable, Instant due, long seq) {
            this.runnable = runnable;
            this.due = due;
            this.seq = seq;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (ManualScheduler.this) {
                cancelled = tasks.remove(this);
            }
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
