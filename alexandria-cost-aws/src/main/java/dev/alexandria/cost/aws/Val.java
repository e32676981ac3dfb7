package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * An argument read for a model: a known value with its origin, or why it is not known (not set without a default,
 * unknown, or of the wrong type). Models never turn a missing value into a guess: they carry the reason to a
 * "not priced" line.
 */
final class Val<T> {

    private final T value;
    private final Origin origin;
    private final String problem;
    private final boolean absent;

    private Val(T value, Origin origin, String problem, boolean absent) {
        this.value = value;
        this.origin = origin;
        this.problem = problem;
        this.absent = absent;
    }

    static <T> Val<T> of(T value, Origin origin) {
        return new Val<>(value, origin, null, false);
    }

    static <T> Val<T> problem(String problem) {
        return new Val<>(null, null, problem, false);
    }

    boolean known() {
        return problem == null && !absent;
    }

    boolean isAbsent() {
        return absent;
    }

    T value() {
        if (!known()) {
            throw new IllegalStateException(problem());
        }
        return value;
    }

    Origin origin() {
        return origin;
    }

    /** Why the value is not known, for a "not priced" line. */
    String problem() {
        return problem != null ? problem : "not set";
    }

    /** The provider's (or AWS's) default when the argument is not set; unknown and wrong values stay so. */
    Val<T> orDefault(T dflt, String detail) {
        return absent ? of(dflt, Origin.of(Origin.Kind.PROVIDER_DEFAULT, detail)) : this;
    }

    <R> Val<R> map(Function<T, R> f) {
        return known() ? of(f.apply(value), origin) : new Val<>(null, null, problem, absent);
    }

    static Val<String> string(ResourceAttributes a, String name) {
        return read(a, name, AttributeValue::asString, "a string");
    }

    static Val<BigDecimal> number(ResourceAttributes a, String name) {
        return read(a, name, AttributeValue::asNumber, "a number");
    }

    static Val<Boolean> bool(ResourceAttributes a, String name) {
        return read(a, name, AttributeValue::asBool, "true or false");
    }

    private static <T> Val<T> read(ResourceAttributes a, String name, Function<AttributeValue, Optional<T>> as,
            String expected) {
        AttributeValue v = a.get(name);
        if (v.isAbsent()) {
            return new Val<>(null, null, name + " is not set", true);
        }
        if (v.isUnknown()) {
            String why = v.unknownReason().isBlank() ? "pass --inputs" : v.unknownReason();
            return problem(name + " = " + v.expression() + " is not known: " + why);
        }
        Optional<T> t = as.apply(v);
        if (t.isEmpty()) {
            return problem(name + " = " + v.expression() + " is not " + expected);
        }
        return of(t.get(), v.origin().orElse(Origin.of(Origin.Kind.ATTRIBUTE, name + " = " + v.expression())));
    }
}
