package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small helpers shared by the model types. Not API. */
final class Layers {

    private Layers() {
    }

    /** @return the layer ids in rank order, comma separated */
    static String ids() {
        return Arrays.stream(Layer.values()).map(Layer::id).collect(Collectors.joining(", "));
    }
}
