package dev.alexandria.core.internal.cost;

import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The instances of a resource or module call: one without {@code count} or {@code for_each}, else one per index or
 * key, each with its scope ({@code count.index}, {@code each.key}, {@code each.value}). A count or for_each that
 * cannot be known is a reason, never an assumed 1.
 */
final class Instances {

    /** One instance: its address suffix ({@code [0]}, {@code ["a"]}, or empty) and its scope. */
    record Instance(String suffix, HclScope scope, Optional<HclValue> key) {
    }

    /** The instances, or why they cannot be known. */
    record Expansion(List<Instance> instances, String problem) {
        boolean known() {
            return problem == null;
        }
    }

    private Instances() {
    }

    static Expansion expand(ModuleConfiguration.Block b, HclScope scope, Inputs inputs) {
        Optional<ModuleConfiguration.Expression> count = b.attribute("count");
        Optional<ModuleConfiguration.Expression> forEach = b.attribute("for_each");
        if (count.isPresent()) {
            ModuleConfiguration.Expression e = count.get();
            Evaluation v = e.evaluate(scope);
            if (!v.value().isKnown()) {
                return new Expansion(List.of(), "count = " + e.text() + " is not known"
                        + why(e, scope, inputs));
            }
            Optional<BigDecimal> n = v.value().asNumber();
            if (n.isEmpty() || n.get().signum() < 0 || n.get().stripTrailingZeros().scale() > 0) {
                return new Expansion(List.of(), "count = " + e.text() + " is " + v.value().hcl()
                        + ", not a whole number of 0 or more");
            }
            int c = n.get().intValueExact();
            List<Instance> out = new ArrayList<>(c);
            for (int i = 0; i < c; i++) {
                out.add(new Instance("[" + i + "]", scope.toBuilder().countIndex(i).build(),
                        Optional.of(HclValue.of(i))));
            }
            return new Expansion(out, null);
        }
        if (forEach.isPresent()) {
            ModuleConfiguration.Expression e = forEach.get();
            HclValue v = e.evaluate(scope).value();
            if (!v.isKnown()) {
                return new Expansion(List.of(), "for_each = " + e.text() + " is not known"
                        + why(e, scope, inputs));
            }
            Map<String, HclValue> keyed = new TreeMap<>();
            switch (v.kind()) {
                case MAP, OBJECT -> keyed.putAll(v.attributes());
                case SET, LIST, TUPLE -> {
                    for (HclValue el : v.elements()) {
                        if (!el.isKnown()) {
                            return new Expansion(List.of(), "for_each = " + e.text() + " has elements that are not "
                                    + "known" + why(e, scope, inputs));
                        }
                        Optional<String> s = el.asString();
                        if (s.isEmpty()) {
                            return new Expansion(List.of(), "for_each = " + e.text() + " must be a map or a set of "
                                    + "strings; an element is " + el.hcl());
                        }
                        keyed.put(s.get(), el);
                    }
                }
                case NULL -> {
                    return new Expansion(List.of(), "for_each = " + e.text() + " is null");
                }
                default -> {
                    return new Expansion(List.of(), "for_each = " + e.text() + " must be a map or a set of strings, "
                            + "not " + v.hcl());
                }
            }
            List<Instance> out = new ArrayList<>(keyed.size());
            keyed.forEach((k, val) -> out.add(new Instance("[\"" + k + "\"]", scope.toBuilder()
                    .each(HclValue.of(k), val).build(), Optional.of(HclValue.of(k)))));
            return new Expansion(out, null);
        }
        return new Expansion(List.of(new Instance("", scope, Optional.empty())), null);
    }

    /**
     * Why a known expansion has no instances, for a "0 instances" line: the expression, its value when it is not a
     * literal, and where that value came from ({@code count = var.create ? 1 : 0 = 0 (default of var.create)}).
     *
     * @param b      the resource or module call, whose {@code count} or {@code for_each} gave no instances
     * @param scope  its scope
     * @param inputs where the module's variables got their values
     * @return the reason
     */
    static String zero(ModuleConfiguration.Block b, HclScope scope, Inputs inputs) {
        boolean count = b.attribute("count").isPresent();
        ModuleConfiguration.Expression e = b.attribute(count ? "count" : "for_each").orElseThrow();
        String value = count ? "0" : e.evaluate(scope).value().hcl();
        String what = (count ? "count = " : "for_each = ") + e.text() + (e.isLiteral() ? "" : " = " + value)
                + (count ? "" : ", empty");
        if (e.isLiteral() || e.variables().isEmpty()) {
            return what;
        }
        List<String> given = new ArrayList<>();
        for (String var : new java.util.TreeSet<>(e.variables())) {
            if (inputs.given().contains(var)) {
                given.add("var." + var);
            }
        }
        if (!given.isEmpty()) {
            return what + " (" + String.join(", ", given) + " " + inputs.source() + ")";
        }
        return what + " (default of " + String.join(", ", new java.util.TreeSet<>(e.variables()).stream()
                .map(n -> "var." + n).toList()) + ")";
    }

    /**
     * Why an expression is unknown: its variables without a value (the user's to pass, or the caller's), those
     * given an unknown value by a caller (with the caller's reason), or values known only after apply.
     */
    static String why(ModuleConfiguration.Expression e, HclScope scope, Inputs inputs) {
        List<String> missing = new ArrayList<>();
        List<String> traced = new ArrayList<>();
        List<String> afterApply = new ArrayList<>();
        for (String name : e.variables()) {
            HclValue v = scope.variables().get(name);
            if (v == null || v.isWhollyKnown()) {
                continue;
            }
            if (inputs.unknownWhy().containsKey(name)) {
                traced.add("var." + name + " (" + inputs.source() + "): " + inputs.unknownWhy().get(name));
            } else if (inputs.given().contains(name)) {
                afterApply.add("var." + name);
            } else {
                missing.add("var." + name);
            }
        }
        if (!missing.isEmpty()) {
            String have = missing.size() == 1 ? " has" : " have";
            return ": " + String.join(", ", missing) + have + (inputs.root()
                    ? " no default and no input — not priced, pass --inputs"
                    : " no default and the caller does not pass " + (missing.size() == 1 ? "it" : "them"));
        }
        if (!traced.isEmpty()) {
            return ": " + traced.get(0);
        }
        if (!afterApply.isEmpty()) {
            return ": " + String.join(", ", afterApply) + " " + inputs.source() + (afterApply.size() == 1 ? " is"
                    : " are") + " only known after apply";
        }
        return ": it depends on values known only after apply (resource attributes, data sources or module outputs)";
    }
}
