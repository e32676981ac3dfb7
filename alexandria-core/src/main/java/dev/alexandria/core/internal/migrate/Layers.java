package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.model.Layer;
import dev.alexandria.core.internal.text.Suggestions;
import java.util.Arrays;
import java.util.Collection;
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
        return Suggestions.closest(text, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }
}
