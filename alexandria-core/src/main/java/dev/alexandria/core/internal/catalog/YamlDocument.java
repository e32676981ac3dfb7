package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.SourceLocation;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML file: its text, its tree and where every node is. Locations are kept per JSON pointer
 * ({@code /modules/2/version}): the key's position for mapping members, the value's start for everything, and
 * the end of every container, which the minimal-diff writer needs.
 */
record YamlDocument(String file, String text, JsonNode root, Map<String, SourceLocation> keyLocations,
                    Map<String, SourceLocation> valueLocations, Map<String, SourceLocation> endLocations) {

    /** Wraps the maps without copying them: a registry has hundreds of thousands of locations. */
    YamlDocument {
        keyLocations = Collections.unmodifiableMap(keyLocations);
        valueLocations = Collections.unmodifiableMap(valueLocations);
        endLocations = Collections.unmodifiableMap(endLocations);
    }

    /**
     * The best location for a pointer: its key, else its value, else the nearest ancestor that has one, else
     * the file.
     */
    SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation at = keyLocations.get(p);
            if (at == null) {
                at = valueLocations.get(p);
            }
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return SourceLocation.of(file, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The node at a pointer, if present. */
    Optional<JsonNode> node(String pointer) {
        JsonNode n = root.at(pointer.isEmpty() ? "" : pointer);
        return n.isMissingNode() ? Optional.empty() : Optional.of(n);
    }

    /** The value's location (not the key's). */
    Optional<SourceLocation> valueLocation(String pointer) {
        return Optional.ofNullable(valueLocations.get(pointer));
    }

    /** Where the container at a pointer ends. */
    Optional<SourceLocation> endLocation(String pointer) {
        return Optional.ofNullable(endLocations.get(pointer));
    }
}
