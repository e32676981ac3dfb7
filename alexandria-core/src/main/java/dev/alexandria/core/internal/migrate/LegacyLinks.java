package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.yaml.YamlLimits;
import dev.alexandria.core.internal.yaml.YamlQuoting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of the legacy paths a migration left behind: {@code _catalog/legacy-links.yaml}, one entry per
 * symlink with the module it points to and the date of the migration, so that {@code migrate --check} can tell
 * when a link is due for removal.
 *
 * <pre>{@code
 * links:
 *   - path: vpc                                       # the legacy path, relative to the library root
 *     module: vpc-advanced
 *     target: _library/foundations/networking/vpc-advanced
 *     migrated: 2026-11-30
 * }</pre>
 */
final class LegacyLinks {

    /** The file, relative to the library root: {@value}. */
    static final String FILE = "_catalog/legacy-links.yaml";

    static final String HEADER = """
            # Legacy paths left by `alexandria migrate`: each is a relative symlink into _library, so that callers
            # outside the library keep working. `alexandria migrate --check` reports links that are dangling, past
            # their removal date (the migration date plus migrate.legacy_link_months of settings.yaml, 12 by
            # default) or still referenced by code. Written by `alexandria migrate`; remove an entry together with
            # its symlink.
            """;

    private static final ObjectMapper YAML = new ObjectMapper(YamlQuoting.writer()
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    /**
     * One legacy link.
     *
     * @param path     the legacy path relative to the library root, with {@code /} separators
     * @param module   the id of the module it points to
     * @param target   the module's folder relative to the library root ({@code _library/<layer>/<category>/<id>})
     * @param migrated the date of the migration that left it
     * @param line     the line of the entry in the file, 0 when not read from one
     */
    record Link(String path, String module, String target, LocalDate migrated, int line) {
        Link {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(migrated, "migrated");
        }
    }

    private LegacyLinks() {
    }

    /**
     * Reads the record.
     *
     * @param root the library root
     * @return the links, by path; empty when there is no file
     * @throws CatalogException if the file cannot be read or an entry is incomplete; the message names the line
     */
    static List<Link> read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode doc;
        String text = null;
        try {
            text = YamlLimits.readText(file, YamlLimits.Kind.CATALOG);
            doc = YamlLimits.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            // worded as every other YAML file of the library is (file:line:col, what is wrong, how to fix it)
            dev.alexandria.api.model.Finding f = dev.alexandria.core.internal.yaml.YamlErrors.of(e, FILE,
                    text == null ? "" : text);
            throw new CatalogException(f.location(), f.message() + f.hint().map(h -> "; " + h).orElse(""), e);
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(FILE), "cannot be read: " + e.getMessage(), e);
        }
        List<Link> out = new ArrayList<>();
        JsonNode links = doc == null ? null : doc.get("links");
        if (links == null || links.isNull()) {
            return out;
        }
        if (!links.isArray()) {
            throw new CatalogException(SourceLocation.of(FILE), "'links' must be a list of legacy links");
        }
        int[] lines = entryLines(file);
        for (int i = 0; i < links.size(); i++) {
            JsonNode n = links.get(i);
            int line = i < lines.length ? lines[i] : 0;
            String path = text(n, "path", i, line);
            String module = text(n, "module", i, line);
            String target = text(n, "target", i, line);
            String date = text(n, "migrated", i, line);
            LocalDate migrated;
            try {
                migrated = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CatalogException(SourceLocation.of(FILE, line, 0), "legacy link '" + path
                        + "' has migrated: " + date + ", which is not a date; write it as YYYY-MM-DD", e);
            }
            out.add(new Link(path, module, target, migrated, line));
        }
        return out;
    }

    private static String text(JsonNode n, String key, int index, int line) {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new CatalogException(SourceLocation.of(FILE, line, 0), "legacy link " + (index + 1)
                    + " has no '" + key + "'; every link needs path, module, target and migrated");
        }
        return v.asText();
    }

    /** The line of each "- " entry of the links list (the file is ours, so its layout is known). */
    private static int[] entryLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).stripLeading().startsWith("- ")) {
                    at.add(i + 1);
                }
            }
            return at.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            return new int[0];
        }
    }

    /**
     * The text of the record holding these links, sorted by path.
     *
     * @param links the links
     * @return the file's text
     */
    static String render(List<Link> links) {
        ObjectNode doc = YAML.createObjectNode();
        ArrayNode list = doc.putArray("links");
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(Link::path));
        for (Link l : sorted) {
            ObjectNode n = list.addObject();
            n.put("path", l.path());
            n.put("module", l.module());
            n.put("target", l.target());
            n.put("migrated", l.migrated().toString());
        }
        try {
            return HEADER + "\n" + YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + FILE, e);
        }
    }

    /**
     * Merges new links into recorded ones: a path recorded again keeps its first migration date unless it now
     * points to another module folder.
     *
     * @param recorded the links on file
     * @param fresh    the links of this migration
     * @return the merged links, by path
     */
    static List<Link> merge(List<Link> recorded, List<Link> fresh) {
        Map<String, Link> byPath = new TreeMap<>();
        recorded.forEach(l -> byPath.put(l.path(), l));
        for (Link l : fresh) {
            Link old = byPath.get(l.path());
            if (old != null && old.target().equals(l.target()) && old.module().equals(l.module())) {
                continue;
            }
            LocalDate since = old == null ? l.migrated() : old.migrated();
            byPath.put(l.path(), new Link(l.path(), l.module(), l.target(), since, 0));
        }
        return new ArrayList<>(byPath.values());
    }

    /**
     * The relative symlink text from a legacy path to a module folder.
     *
     * @param legacy the link's place (absolute)
     * @param target the module folder (absolute)
     * @return the relative target, with {@code /} separators
     */
    static Path relativeTarget(Path legacy, Path target) {
        return legacy.getParent().relativize(target);
    }

    /**
     * Whether a recorded entry is the same as another, ignoring where it was read.
     *
     * @param a a list of links
     * @param b another
     * @return whether they hold the same links
     */
    static boolean same(List<Link> a, List<Link> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<Link> x = a.stream().sorted(Comparator.comparing(Link::path)).iterator();
        Iterator<Link> y = b.stream().sorted(Comparator.comparing(Link::path)).iterator();
        while (x.hasNext()) {
            Link l = x.next();
            Link m = y.next();
            if (!l.path().equals(m.path()) || !l.module().equals(m.module()) || !l.target().equals(m.target())
                    || !l.migrated().equals(m.migrated())) {
                return false;
            }
        }
        return true;
    }

    static Optional<Link> find(List<Link> links, String path) {
        return links.stream().filter(l -> l.path().equals(path)).findFirst();
    }
}
