package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.model.Layer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small shared rules of the plan: kebab-case, the layer list, "did you mean". */
final class Layers {

    static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    static final String ALL = Arrays.stream(Layer.values()).map(Layer::id).collect(Collectors.joining(", "));

    private Layers() {
    }

    /** {@code " (did you mean networking?)"} when a known name is close, else empty. */
    static String suggestion(String text, Collection<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(text, k)))
                .filter(k -> distance(text, k) <= Math.max(2, k.length() / 3))
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
