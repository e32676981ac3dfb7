package dev.alexandria.core.internal.cost;

import java.util.Map;
import java.util.Set;

/**
 * Where a module's input variables got their values: the names given (by {@code --inputs} for the estimated
 * module, by the caller's arguments for a called one), why those given as unknown are unknown (traced back to the
 * caller), and how to say where they came from.
 *
 * @param given      the variables given a value
 * @param unknownWhy for variables given an unknown value, why (the caller's reason)
 * @param source     {@code from --inputs} or {@code passed by module.network}
 * @param root       whether this is the estimated module (a missing value is then the user's to pass)
 */
record Inputs(Set<String> given, Map<String, String> unknownWhy, String source, boolean root) {

    static Inputs root(Set<String> given) {
        return new Inputs(Set.copyOf(given), Map.of(), "from --inputs", true);
    }
}
