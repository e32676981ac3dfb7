package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Wording shared by the evaluator's diagnostics, after HCL and Terraform. Stateless. */
final class Messages {

    private Messages() {
    }

    /**
     * Terraform's "Did you mean" hint: a candidate within edit distance 2 ({@code didyoumean.NameSuggestion}).
     * Terraform takes the first one in Go's random map order; this takes the closest, the first in name order
     * among equals, so the hint does not change from run to run.
     *
     * @return {@code " Did you mean "x"?"}, or empty
     */
    static String suggestion(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : new java.util.TreeSet<>(candidates)) {
            int d = distance(given, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " Did you mean " + Convert.quote(best) + "?";
    }

    /** Levenshtein distance in code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    /** HCL's {@code describeConditionalTypeMismatch}. */
    static String conditionalMismatch(TypeConstraint t, TypeConstraint f) {
        if (Types.isObject(t) && Types.isObject(f)) {
            Map<String, TypeConstraint> ta = Types.attrs(t);
            Map<String, TypeConstraint> fa = Types.attrs(f);
            List<String> tn = new ArrayList<>(ta.keySet());
            tn.sort(Types::compareKeys);
            List<String> fn = new ArrayList<>(fa.keySet());
            fn.sort(Types::compareKeys);
            for (String name : tn) {
                if (!fa.containsKey(name)) {
                    return "The 'true' value includes object attribute " + Convert.quote(name) + ", which is absent in "
                            + "the 'false' value";
                }
                if (!Types.same(ta.get(name), fa.get(name))) {
                    return "Type mismatch for object attribute " + Convert.quote(name) + ": "
                            + conditionalMismatch(ta.get(name), fa.get(name));
                }
            }
            for (String name : fn) {
                if (!ta.containsKey(name)) {
                    return "The 'false' value includes object attribute " + Convert.quote(name) + ", which is absent "
                            + "in the 'true' value";
                }
            }
        } else if (Types.isTuple(t) && Types.isTuple(f)) {
            List<TypeConstraint> te = Types.tupleElems(t);
            List<TypeConstraint> fe = Types.tupleElems(f);
            if (te.size() != fe.size()) {
                return "The 'true' tuple has length " + te.size() + ", but the 'false' tuple has length " + fe.size();
            }
            for (int i = 0; i < te.size(); i++) {
                if (!Types.same(te.get(i), fe.get(i))) {
                    return "Type mismatch for tuple element " + i + ": " + conditionalMismatch(te.get(i), fe.get(i));
                }
            }
        } else if (Types.isCollection(t) && Types.isCollection(f)) {
            TypeConstraint te = Types.elem(t);
            TypeConstraint fe = Types.elem(f);
            boolean sameKind = ((TypeConstraint.Collection) t).kind() == ((TypeConstraint.Collection) f).kind();
            if (sameKind && ((Types.isObject(te) && Types.isObject(fe)) || (Types.isTuple(te) && Types.isTuple(fe)))) {
                String noun = ((TypeConstraint.Collection) t).kind().name().toLowerCase(java.util.Locale.ROOT);
                return "Mismatched " + noun + " element types: " + conditionalMismatch(te, fe);
            }
        }
        String tn = Types.friendly(t);
        String fn = Types.friendly(f);
        if (tn.equals(fn)) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the "
                    + "'false' value";
        }
        return "The 'true' value is " + tn + ", but the 'false' value is " + fn;
    }
}
