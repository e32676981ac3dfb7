package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.SourceLocation;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML file: its text, its tree and where every node is. Locations are found by JSON pointer
 * ({@code /modules/2/version}): the key's position for mapping members, the value's start for everything, and
 * the end of every container, which the minimal-diff writer needs.
 *
 * <p>Locations are kept in a compact tree beside the nodes (a few dozen bytes per node), not in maps keyed by
 * pointer strings: a registry of thousands of modules has hundreds of thousands of nodes, and building a
 * pointer string and three map entries for each cost more than parsing the file. The maps are built only
 * when they are asked for.
 *
 * <p>Immutable once built; thread-safe.
 */
final class YamlDocument {

    /** No location: a node that is not a mapping member has no key; a scalar has no end. */
    static final long NONE = -1;

    private final String file;
    private final String text;
    private volatile JsonNode root;
    private final Loc locs;
    private final Class<?> model;
    private final Object bound;
    private volatile Maps maps;

    YamlDocument(String file, String text, JsonNode root, Loc locs) {
        this(file, text, locs, null, null);
        this.root = root;
    }

    /**
     * A document read straight into its record ({@link YamlFiles#parse(String, String, Class)}): its tree is read
     * from the text when it is first asked for.
     */
    YamlDocument(String file, String text, Loc locs, Class<?> model, Object bound) {
        this.file = file;
        this.text = text;
        this.root = null;
        this.locs = locs;
        this.model = model;
        this.bound = bound;
    }

    /**
     * The record this document was bound to while it was parsed.
     *
     * @return the record, or {@code null} if it was not bound to {@code type} that way
     */
    <T> T bound(Class<T> type) {
        return type == model ? type.cast(bound) : null;
    }

    /** @return the file as users see it, relative to the library root */
    String file() {
        return file;
    }

    /** @return the text */
    String text() {
        return text;
    }

    /** @return the tree */
    JsonNode root() {
        JsonNode r = root;
        if (r == null) {
            // the text was parsed once already, without a problem, so it parses again the same way
            r = YamlFiles.parse(text, file).root();
            root = r;
        }
        return r;
    }

    /** @return where every mapping key is, by the pointer of its member */
    Map<String, SourceLocation> keyLocations() {
        return Collections.unmodifiableMap(maps().keys);
    }

    /** @return where every value starts, by pointer */
    Map<String, SourceLocation> valueLocations() {
        return Collections.unmodifiableMap(maps().values);
    }

    /** @return where every container ends, by pointer */
    Map<String, SourceLocation> endLocations() {
        return Collections.unmodifiableMap(maps().ends);
    }

    /**
     * The best location for a pointer: its key, else its value, else the nearest ancestor that has one, else
     * the file.
     */
    SourceLocation locate(String pointer) {
        Loc found = locs;
        Loc at = locs;
        for (String segment : segments(pointer)) {
            at = at == null ? null : at.child(segment);
            if (at == null) {
                break;
            }
            found = at;
        }
        if (found == null) {
            return SourceLocation.of(file, 1, 1);
        }
        return location(found.key != NONE ? found.key : found.value);
    }

    /** The node at a pointer, if present. */
    Optional<JsonNode> node(String pointer) {
        JsonNode n = root().at(pointer.isEmpty() ? "" : pointer);
        return n.isMissingNode() ? Optional.empty() : Optional.of(n);
    }

    /** The value's location (not the key's). */
    Optional<SourceLocation> valueLocation(String pointer) {
        return exact(pointer).map(l -> location(l.value));
    }

    /** Where the container at a pointer ends. */
    Optional<SourceLocation> endLocation(String pointer) {
        return exact(pointer).filter(l -> l.end != NONE).map(l -> location(l.end));
    }

    private Optional<Loc> exact(String pointer) {
        Loc at = locs;
        for (String segment : segments(pointer)) {
            if (at == null) {
                return Optional.empty();
            }
            at = at.child(segment);
        }
        return Optional.ofNullable(at);
    }

    private static String[] segments(String pointer) {
        if (pointer.isEmpty()) {
            return new String[0];
        }
        String[] parts = pointer.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].indexOf('~') >= 0) {
                parts[i] = parts[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return parts;
    }

    private SourceLocation location(long packed) {
        return SourceLocation.of(file, (int) (packed >>> 32), (int) packed);
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    private Maps maps() {
        Maps m = maps;
        if (m == null) {
            m = new Maps();
            if (locs != null) {
                m.fill(this, "", locs);
            }
            maps = m;
        }
        return m;
    }

    /** The pointer-keyed maps, built on first use (the writer's way of finding things). */
    private static final class Maps {
        final Map<String, SourceLocation> keys = new HashMap<>();
        final Map<String, SourceLocation> values = new HashMap<>();
        final Map<String, SourceLocation> ends = new HashMap<>();

        void fill(YamlDocument doc, String pointer, Loc loc) {
            if (loc.key != NONE) {
                keys.put(pointer, doc.location(loc.key));
            }
            values.put(pointer, doc.location(loc.value));
            if (loc.end != NONE) {
                ends.put(pointer, doc.location(loc.end));
            }
            for (int i = 0; i < loc.size; i++) {
                String segment = loc.names == null ? Integer.toString(i) : YamlFiles.escape(loc.names[i]);
                fill(doc, pointer + "/" + segment, loc.children[i]);
            }
        }
    }

    /**
     * Where one node is: its key (for a mapping member), its value, its end (for a container), each packed as
     * line and column, and its children in order, with their names for a mapping.
     */
    static final class Loc {
        /** From this many members on, a mapping's members are also found by name through a hash map. */
        static final int INDEXED_FROM = 16;

        final long key;
        final long value;
        long end = NONE;
        String[] names;
        Loc[] children;
        int size;
        /**
         * A large mapping's members by name, the first of each name (as the scan below finds it), so that
         * finding every member of a mapping of n keys costs n lookups, not n² comparisons. Filled while the
         * document is built, before it is shared.
         */
        private Map<String, Loc> byName;

        Loc(long key, long value) {
            this.key = key;
            this.value = value;
        }

        void add(String name, Loc child) {
            if (children == null) {
                children = new Loc[4];
                if (name != null) {
                    names = new String[4];
                }
            } else if (size == children.length) {
                children = Arrays.copyOf(children, size * 2);
                if (names != null) {
                    names = Arrays.copyOf(names, size * 2);
                }
            }
            if (names != null) {
                names[size] = name;
            }
            children[size++] = child;
            if (byName != null) {
                byName.putIfAbsent(name, child);
            } else if (names != null && size == INDEXED_FROM) {
                byName = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    byName.putIfAbsent(names[i], children[i]);
                }
            }
        }

        Loc child(String segment) {
            if (byName != null) {
                return byName.get(segment);
            }
            if (names != null) {
                for (int i = 0; i < size; i++) {
                    if (names[i].equals(segment)) {
                        return children[i];
                    }
                }
                return null;
            }
            if (children == null || segment.isEmpty() || segment.length() > 9) {
                return null;
            }
            for (int i = 0; i < segment.length(); i++) {
                if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                    return null;
                }
            }
            int index = Integer.parseInt(segment);
            return index < size ? children[index] : null;
        }
    }

    @Override
    public String toString() {
        return "YamlDocument{" + file + "}";
    }
}
