package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a module's lifecycle data that opening the library cannot make, because they depend on the day
 * judged or on the module's level: the recorded {@code maturity_history} (of {@code .alexandria.yaml}, else of
 * the registry entry) must end with the level {@code maturity:} names, no history date may lie after the day
 * judged, and no {@code critical_bug_dates} entry either. Each problem is an error at the file:line of the value,
 * saying what is wrong and how to fix it; {@code status} lists them, and the lifecycle's writes refuse while
 * they stand (a promotion would judge days in level and recent bugs from them, and every write appends to the
 * history). Stateless.
 */
final class LifecycleData {

    static final String HISTORY_MISMATCH = "maturity-history-mismatch";
    static final String FUTURE_DATE = "future-date";

    private LifecycleData() {
    }

    /**
     * @param root   the library root
     * @param module the module
     * @param asOf   the day judged
     * @param bugs   whether to check {@code critical_bug_dates} too (a promotion judges them; a deprecation
     *               does not)
     * @return the problems; empty when the data is sound
     */
    static List<Finding> problems(Path root, LibraryModule module, LocalDate asOf, boolean bugs) {
        if (!suspect(module, asOf, bugs)) {
            return List.of(); // the usual case: no YAML parser is loaded, as status outside git needs none
        }
        try {
            root = root.toRealPath();
        } catch (java.io.IOException e) {
            return List.of(); // opening reports a library root that cannot be read
        }
        List<Finding> out = new ArrayList<>();
        MaturityLevel level = module.metadata().maturity();
        String metaDisplay = "_library/" + module.path() + "/.alexandria.yaml";
        Optional<Doc> meta = read(root, module.directory().resolve(".alexandria.yaml"),
                metaDisplay);
        boolean historyInMetadata = !module.metadata().maturityHistory().isEmpty();
        if (meta.isPresent() && historyInMetadata) {
            history(meta.get(), "/maturity_history", level, asOf, ".alexandria.yaml", out);
        } else if (module.registryEntry().map(e -> !e.maturityHistory().isEmpty()).orElse(false)) {
            Optional<Doc> registry = read(root, root.resolve("_catalog/module-registry.yaml"),
                    "_catalog/module-registry.yaml");
            Optional<String> entry = registry.flatMap(r -> entryPointer(r, module.id().value()));
            if (entry.isPresent()) {
                history(registry.get(), entry.get() + "/maturity_history", level, asOf, "its registry entry", out);
            }
        }
        if (bugs) {
            meta.ifPresent(doc -> bugDates(doc, asOf, out));
        }
        return out;
    }

    /**
     * Whether the module's model shows a problem: only then are the files read again for the lines (the model
     * has no locations).
     */
    private static boolean suspect(LibraryModule module, LocalDate asOf, boolean bugs) {
        List<dev.alexandria.api.model.MaturityChange> history = module.metadata().maturityHistory();
        if (history.isEmpty()) {
            history = module.registryEntry().map(e -> e.maturityHistory()).orElse(List.of());
        }
        boolean historyWrong = !history.isEmpty() && (history.get(history.size() - 1).level()
                != module.metadata().maturity() || history.stream().anyMatch(c -> c.date().isAfter(asOf)));
        return historyWrong || bugs && module.metadata().evidence().criticalBugDates().stream()
                .anyMatch(d -> d.isAfter(asOf));
    }

    private static void history(Doc doc, String at, MaturityLevel level, LocalDate asOf,
                                String where, List<Finding> out) {
        JsonNode list = doc.root().at(at);
        if (!list.isArray() || list.isEmpty()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Optional<LocalDate> d = date(list.get(i).get("date"));
            if (d.isPresent() && d.get().isAfter(asOf)) {
                JsonNode l = list.get(i).get("level");
                out.add(Finding.error(FUTURE_DATE, doc.locate(at + "/" + i + "/date"), "maturity_history says "
                        + (l != null && l.isTextual() ? l.asText() : "a level") + " was entered on " + d.get()
                        + ", after today (" + asOf + ")", "a level is entered on the day it changes: correct the "
                        + "date to " + asOf + " or earlier"));
            }
        }
        int last = list.size() - 1;
        JsonNode lastLevel = list.get(last).get("level");
        Optional<MaturityLevel> ended = lastLevel != null && lastLevel.isTextual()
                ? MaturityLevel.fromId(lastLevel.asText().strip()) : Optional.empty();
        if (ended.isPresent() && ended.get() != level) {
            out.add(Finding.error(HISTORY_MISMATCH, doc.locate(at + "/" + last + "/level"), "maturity_history of "
                    + where + " ends with " + ended.get() + date(list.get(last).get("date")).map(x -> " (" + x
                    + ")").orElse("") + ", but maturity is " + level, "add '- level: " + level + "' with the day "
                    + "it became " + level + " (date: YYYY-MM-DD) at the end of maturity_history, or correct "
                    + "maturity if " + ended.get() + " is right"));
        }
    }

    private static void bugDates(Doc doc, LocalDate asOf, List<Finding> out) {
        String at = "/evidence/critical_bug_dates";
        JsonNode list = doc.root().at(at);
        if (!list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Optional<LocalDate> d = date(list.get(i));
            if (d.isPresent() && d.get().isAfter(asOf)) {
                out.add(Finding.error(FUTURE_DATE, doc.locate(at + "/" + i), "critical_bug_dates lists " + d.get()
                        + ", after today (" + asOf + "), so no window counts it", "list the day each critical "
                        + "bug was reported: correct the date to " + asOf + " or earlier"));
            }
        }
    }

    /** The pointer of a module's entry in the registry's {@code modules:} list. */
    private static Optional<String> entryPointer(Doc registry, String id) {
        JsonNode modules = registry.root().get("modules");
        if (modules == null || !modules.isArray()) {
            return Optional.empty();
        }
        for (int i = 0; i < modules.size(); i++) {
            JsonNode entryId = modules.get(i).get("id");
            if (entryId != null && id.equals(entryId.asText())) {
                return Optional.of("/modules/" + i);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // opening reports a value that is not a date
        }
    }

    /**
     * A YAML file's tree and where each node is: a mapping member at its key, a list item at its value (as the
     * catalog's findings place them).
     */
    record Doc(String file, JsonNode root, Map<String, long[]> at) {

        SourceLocation locate(String pointer) {
            long[] p = at.get(pointer);
            return p == null ? SourceLocation.of(file, 1, 1) : SourceLocation.of(file, (int) p[0], (int) p[1]);
        }
    }

    private static Optional<Doc> read(Path root, Path file, String display) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(root)) {
                return Optional.empty(); // opening refuses a link out of the library
            }
            // opening refuses a file too large (YamlLimits.TooLarge is an IOException)
            String text = YamlLimits.readText(file, YamlLimits.Kind.ofLibraryFile(display));
            Doc doc = parse(display, text);
            return doc.root() == null ? Optional.empty() : Optional.of(doc);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // opening reports a file that cannot be read or does not parse
        }
    }

    /**
     * A YAML text's tree and where each of its values is, by JSON pointer ({@link TestRecords} reads with it too).
     *
     * @param display the file as findings name it
     * @param text    the file's text
     * @return the document; its root is null when the text holds none
     * @throws IOException a {@link com.fasterxml.jackson.core.JsonProcessingException} when the text is not YAML
     */
    static Doc parse(String display, String text) throws IOException {
        JsonNode tree = YamlLimits.mapper().readTree(text);
        Map<String, long[]> at = new HashMap<>();
        if (tree != null) {
            try (JsonParser p = YamlLimits.mapper().getFactory().createParser(text)) {
                if (p.nextToken() != null) {
                    locate(p, "", at);
                }
            }
        }
        return new Doc(display, tree, at);
    }

    /** Records where the value at the parser's current token and its children are. */
    private static void locate(JsonParser p, String pointer, Map<String, long[]> at) throws IOException {
        at.putIfAbsent(pointer, where(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = pointer + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
                at.put(child, where(p.currentTokenLocation()));
                p.nextToken();
                locate(p, child, at);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                locate(p, pointer + "/" + i++, at);
            }
        }
    }

    private static long[] where(JsonLocation l) {
        return new long[] {Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())};
    }
}
