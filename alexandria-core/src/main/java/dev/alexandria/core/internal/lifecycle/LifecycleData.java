package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.core.internal.catalog.YamlAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
        try {
            root = root.toRealPath();
        } catch (java.io.IOException e) {
            return List.of(); // opening reports a library root that cannot be read
        }
        List<Finding> out = new ArrayList<>();
        MaturityLevel level = module.metadata().maturity();
        String metaDisplay = "_library/" + module.path() + "/.alexandria.yaml";
        Optional<YamlAccess.Document> meta = read(root, module.directory().resolve(".alexandria.yaml"),
                metaDisplay);
        boolean historyInMetadata = !module.metadata().maturityHistory().isEmpty();
        if (meta.isPresent() && historyInMetadata) {
            history(meta.get(), "/maturity_history", level, asOf, ".alexandria.yaml", out);
        } else if (module.registryEntry().map(e -> !e.maturityHistory().isEmpty()).orElse(false)) {
            Optional<YamlAccess.Document> registry = read(root, root.resolve("_catalog/module-registry.yaml"),
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

    private static void history(YamlAccess.Document doc, String at, MaturityLevel level, LocalDate asOf,
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

    private static void bugDates(YamlAccess.Document doc, LocalDate asOf, List<Finding> out) {
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
    private static Optional<String> entryPointer(YamlAccess.Document registry, String id) {
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

    private static Optional<YamlAccess.Document> read(Path root, Path file, String display) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YamlAccess.read(root, file, display));
        } catch (CatalogException e) {
            return Optional.empty(); // opening reports a file that does not parse
        }
    }
}
