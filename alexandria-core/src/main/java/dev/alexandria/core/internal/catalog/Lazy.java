package dev.alexandria.core.internal.catalog;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed at most once, on first use (also under concurrent use), or given from the start.
 *
 * <p>Thread-safe.
 *
 * @param <T> the value type
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute, T value) {
        this.compute = compute;
        this.value = value;
    }

    /** A value computed on first use; the supplier must not return null. */
    static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(Objects.requireNonNull(compute, "compute"), null);
    }

    /** A value known already. */
    static <T> Lazy<T> done(T value) {
        return new Lazy<>(null, Objects.requireNonNull(value, "value"));
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "a lazy value computed null");
                    value = v;
                    compute = null;
                }
            }
        }
        return v;
    }
}
