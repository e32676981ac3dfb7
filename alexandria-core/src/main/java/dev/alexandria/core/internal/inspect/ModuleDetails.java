package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of a module's HCL that are not its interface but decide whether a new version is safe for the
 * callers' state and inputs: {@code moved} and {@code removed} blocks, the {@code count}/{@code for_each} of
 * module calls, and the conditions of variable {@code validation} blocks. Read for comparing two versions of a
 * module; {@link ModuleInspector} reports the diagnostics of the same files, so this reader ignores them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moved       the {@code moved} blocks, in reading order
 * @param removed     the {@code removed} blocks, in reading order
 * @param moduleCalls the {@code count}/{@code for_each} of each module call, by call name, in reading order
 * @param validations the {@code validation} blocks of each variable, by variable name
 * @param requirementLocations where Terraform's {@code required_version} ({@code terraform}) and each
 *                    {@code required_providers} entry ({@code provider.<name>}) are first written
 * @param hidden      the declarations that files which failed to parse still show (their block headers), in
 *                    reading order: a declaration listed here is in the version, though what it says is unknown
 */
public record ModuleDetails(List<Moved> moved, List<Removed> removed, Map<String, Repetition> moduleCalls,
        Map<String, List<Validation>> validations, Map<String, SourceLocation> requirementLocations,
        List<Hidden> hidden) {

    /**
     * Copies the components.
     *
     * @param moved       the {@code moved} blocks
     * @param removed     the {@code removed} blocks
     * @param moduleCalls the repetition of each module call
     * @param validations the validations of each variable
     * @param requirementLocations where the requirements are written
     * @param hidden      the declarations hidden by syntax errors
     */
    public ModuleDetails {
        hidden = List.copyOf(hidden);
        requirementLocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requirementLocations));
        moved = List.copyOf(moved);
        removed = List.copyOf(removed);
        moduleCalls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moduleCalls));
        Map<String, List<Validation>> v = new LinkedHashMap<>();
        validations.forEach((k, list) -> v.put(k, List.copyOf(list)));
        validations = java.util.Collections.unmodifiableMap(v);
    }

    /** @return details of a module with none of these blocks */
    public static ModuleDetails empty() {
        return new ModuleDetails(List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * A declaration in a file that failed to parse, or whose block header is wrong, known only by its header.
     *
     * @param type     the block type ({@code variable}, {@code output}, {@code resource}, {@code module} …), or
     *                 {@code *} for a file in which no header could be recognised (a {@code .tf.json} file that is
     *                 not valid JSON): anything may be declared there
     * @param labels   the labels that name the declaration; fewer than the block type takes when a label is
     *                 missing or empty (then any declaration of that kind may be hidden)
     * @param location where the header is (file and line)
     * @param problem  what is wrong with the header, as validation words the HCL error ({@code summary: detail});
     *                 empty when a syntax error in the file hides the block
     */
    public record Hidden(String type, List<String> labels, SourceLocation location, String problem) {
        /**
         * Checks and copies the components.
         *
         * @param type     the block type
         * @param labels   the labels
         * @param location where the header is
         * @param problem  what is wrong with the header, or empty
         */
        public Hidden {
            Objects.requireNonNull(type, "type");
            labels = List.copyOf(labels);
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(problem, "problem");
        }

        /** @return the header as written, such as {@code variable "name"} */
        public String header() {
            StringBuilder sb = new StringBuilder(type);
            labels.forEach(l -> sb.append(" \"").append(l).append('"'));
            return sb.toString();
        }
    }

    /**
     * A {@code moved} block: state at {@code from} now belongs to {@code to}.
     *
     * @param from     the old address as written ({@code aws_instance.a}, {@code module.x["k"]})
     * @param to       the new address as written
     * @param location where the block starts
     */
    public record Moved(String from, String to, SourceLocation location) {
        /**
         * Checks the components.
         *
         * @param from     the old address
         * @param to       the new address
         * @param location where the block starts
         */
        public Moved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A {@code removed} block: the object at {@code from} leaves the configuration.
     *
     * @param from     the address as written
     * @param destroy  the {@code lifecycle { destroy }} argument; Terraform's default is true
     * @param location where the block starts
     */
    public record Removed(String from, boolean destroy, SourceLocation location) {
        /**
         * Checks the components.
         *
         * @param from     the address
         * @param destroy  whether the object is destroyed
         * @param location where the block starts
         */
        public Removed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * How a module call repeats.
     *
     * @param count   the source text of {@code count}, if given
     * @param forEach the source text of {@code for_each}, if given
     */
    public record Repetition(Optional<String> count, Optional<String> forEach) {
        /**
         * Checks the components.
         *
         * @param count   the source text of {@code count}, or empty
         * @param forEach the source text of {@code for_each}, or empty
         */
        public Repetition {
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(forEach, "forEach");
        }
    }

    /**
     * A variable's {@code validation} block.
     *
     * @param condition    the source text of {@code condition}
     * @param errorMessage the source text of {@code error_message}
     * @param location     where the block starts
     */
    public record Validation(String condition, String errorMessage, SourceLocation location) {
        /**
         * Checks the components.
         *
         * @param condition    the condition's source text
         * @param errorMessage the error message's source text
         * @param location     where the block starts
         */
        public Validation {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(errorMessage, "errorMessage");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * Reads a module folder; files are named as {@link ModuleInspector#inspect(Path)} names them. A folder or
     * file that cannot be read gives no details (the inspector reports it).
     *
     * @param folder the module folder
     * @return the details
     */
    public static ModuleDetails read(Path folder) {
        Objects.requireNonNull(folder, "folder");
        TreeMap<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path f : dir) {
                String name = f.getFileName().toString();
                if (ModuleInspector.isConfigFile(name) && Files.isRegularFile(f)) {
                    files.put(name, f);
                }
            }
        } catch (IOException | RuntimeException e) {
            return empty();
        }
        Reader reader = new Reader();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            try {
                if (Files.size(e.getValue()) > ModuleInspector.MAX_FILE_BYTES) {
                    continue;
                }
                String display = e.getValue().toString();
                reader.add(e.getKey(), display, ModuleInspector.decode(Files.readAllBytes(e.getValue()), display,
                        new ArrayList<>()));
            } catch (IOException | RuntimeException ex) {
                // unreadable: the inspector reports it
            }
        }
        return reader.details();
    }

    /**
     * The configuration files of a folder ({@code *.tf}, {@code *.tf.json}, by Terraform's rule), decoded as
     * UTF-8, for reading a module from memory. Files that cannot be read or are larger than
     * {@link ModuleInspector#MAX_FILE_BYTES} are left out.
     *
     * @param folder the module folder
     * @return file name to content, sorted by name; empty when the folder cannot be read
     */
    public static Map<String, String> configFiles(Path folder) {
        Objects.requireNonNull(folder, "folder");
        TreeMap<String, String> out = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path f : dir) {
                String name = f.getFileName().toString();
                if (ModuleInspector.isConfigFile(name) && Files.isRegularFile(f)
                        && Files.size(f) <= ModuleInspector.MAX_FILE_BYTES) {
                    out.put(name, new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /**
     * Tells whether a file name is a configuration file by Terraform's rule: {@code .tf} or {@code .tf.json},
     * not hidden, not an editor backup.
     *
     * @param name a file name
     * @return whether Terraform reads it
     */
    public static boolean isConfigFile(String name) {
        return ModuleInspector.isConfigFile(name);
    }

    /**
     * Reads configuration held in memory, named as {@link ModuleInspector#inspectSources} names it.
     *
     * @param path  the folder name to report
     * @param files file name to content; names that are not {@code .tf}/{@code .tf.json} are skipped
     * @return the details
     */
    public static ModuleDetails read(String path, Map<String, String> files) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(files, "files");
        Reader reader = new Reader();
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            if (ModuleInspector.isConfigFile(e.getKey())) {
                String display = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
                reader.add(e.getKey(), display, e.getValue().toCharArray());
            }
        }
        return reader.details();
    }

    /**
     * Parses one configuration file, adding its diagnostics to {@code diags} and the headers of the declarations
     * its syntax errors hide to {@code hidden}.
     */
    static Syntax.Body parse(String name, String display, char[] chars, List<Diagnostic> diags,
            List<Hidden> hidden) {
        if (name.endsWith(".json")) {
            int before = diags.size();
            Syntax.Body body = JsonSyntaxReader.read(chars, display, diags);
            diags.subList(before, diags.size()).stream().filter(Diagnostic::isError).findFirst()
                    .ifPresent(d -> hidden.add(new Hidden("*", List.of(), d.location(), "")));
            badHeaders(body, display, hidden);
            return body;
        }
        HclParser parser = new HclParser(chars, display, diags);
        Syntax.Body body = parser.parseFile();
        for (HclParser.Header h : parser.hiddenHeaders()) {
            hidden.add(new Hidden(h.type(), h.labels(), SourceLocation.of(display, h.line(), h.column()), ""));
        }
        badHeaders(body, display, hidden);
        return body;
    }

    /**
     * Adds the blocks that parse but that the interface drops with an error for their header ({@code variable
     * "a" "b"}, {@code resource "t"}): what they declare is unknown, as for a syntax error.
     */
    private static void badHeaders(Syntax.Body body, String display, List<Hidden> hidden) {
        for (Syntax.Block b : body.blocks) {
            SourceLocation at = SourceLocation.of(display, b.line, b.column);
            ModuleBuilder.headerError(b, at).ifPresent(d -> hidden.add(new Hidden(b.type,
                    ModuleBuilder.declaredLabels(b), at, d.message())));
        }
    }

    /**
     * Reads a module held in memory once for both its interface and its details: each file is parsed once (the
     * diff needs both, and parsing is most of its work).
     *
     * @param path    the folder name to report
     * @param files   file name to content; names that are not {@code .tf}/{@code .tf.json} are skipped
     * @param options inspector options
     * @return the interface (with every diagnostic) and the details
     */
    public static Read readWithInterface(String path, Map<String, String> files, InspectOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        ModuleBuilder builder = new ModuleBuilder(path, options, new ArrayList<>());
        Reader reader = new Reader();
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            if (ModuleInspector.isConfigFile(e.getKey())) {
                String display = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
                Syntax.Body body = parse(e.getKey(), display, e.getValue().toCharArray(), builder.diagnostics(),
                        reader.hidden);
                builder.addBody(e.getKey(), body);
                reader.addParsed(e.getKey(), display, body);
            }
        }
        return new Read(builder.build(), reader.details());
    }

    /**
     * A module's interface and details, read together.
     *
     * @param iface   the interface
     * @param details the details
     */
    public record Read(dev.alexandria.api.model.ModuleInterface iface, ModuleDetails details) {
        /**
         * Checks the components.
         *
         * @param iface   the interface
         * @param details the details
         */
        public Read {
            Objects.requireNonNull(iface, "iface");
            Objects.requireNonNull(details, "details");
        }
    }

    /** Gathers the blocks of several files; override files are read after the others and replace their values. */
    private static final class Reader {
        private final List<Moved> moved = new ArrayList<>();
        private final List<Removed> removed = new ArrayList<>();
        private final Map<String, Repetition> calls = new LinkedHashMap<>();
        private final Map<String, List<Validation>> validations = new LinkedHashMap<>();
        private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
        private final List<Object[]> overrides = new ArrayList<>();
        private final List<Hidden> hidden = new ArrayList<>();

        void add(String name, String display, char[] chars) {
            List<Diagnostic> ignored = new ArrayList<>();
            addParsed(name, display, parse(name, display, chars, ignored, hidden));
        }

        /** Adds a file parsed by {@link #parse} (the hidden headers already gathered); never modifies it. */
        void addParsed(String name, String display, Syntax.Body body) {
            if (ModuleInspector.isOverrideFile(name)) {
                overrides.add(new Object[] {name, display, body});
                return;
            }
            read(body, false);
        }

        private void read(Syntax.Body body, boolean override) {
            for (Syntax.Block b : body.blocks) {
                switch (b.type) {
                    case "moved": {
                        String from = address(b.body.attribute("from"));
                        String to = address(b.body.attribute("to"));
                        if (from != null && to != null && !override) {
                            moved.add(new Moved(from, to, at(b)));
                        }
                        break;
                    }
                    case "removed": {
                        String from = address(b.body.attribute("from"));
                        if (from != null && !override) {
                            removed.add(new Removed(from, destroy(b), at(b)));
                        }
                        break;
                    }
                    case "module":
                        if (b.labels.size() == 1) {
                            Repetition before = calls.get(b.labels.get(0));
                            Optional<String> count = text(b.body.attribute("count"));
                            Optional<String> forEach = text(b.body.attribute("for_each"));
                            if (override && before != null) {
                                count = count.isPresent() ? count : before.count();
                                forEach = forEach.isPresent() ? forEach : before.forEach();
                            }
                            if (!override || before != null) {
                                calls.put(b.labels.get(0), new Repetition(count, forEach));
                            }
                        }
                        break;
                    case "terraform": {
                        Syntax.Attribute rv = b.body.attribute("required_version");
                        if (rv != null) {
                            locations.putIfAbsent("terraform", SourceLocation.of(b.file, rv.line, rv.column));
                        }
                        for (Syntax.Block inner : b.body.blocks) {
                            if (inner.type.equals("required_providers")) {
                                for (Syntax.Attribute a : inner.body.attributes) {
                                    locations.putIfAbsent("provider." + a.name, SourceLocation.of(inner.file, a.line,
                                            a.column));
                                }
                            }
                        }
                        break;
                    }
                    case "variable":
                        if (b.labels.size() == 1) {
                            List<Validation> list = new ArrayList<>();
                            for (Syntax.Block inner : b.body.blocks) {
                                if (inner.type.equals("validation")) {
                                    list.add(new Validation(text(inner.body.attribute("condition")).orElse(""),
                                            text(inner.body.attribute("error_message")).orElse(""), at(inner)));
                                }
                            }
                            if (!override || !list.isEmpty()) {
                                validations.put(b.labels.get(0), list);
                            }
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        ModuleDetails details() {
            for (Object[] o : overrides) {
                read((Syntax.Body) o[2], true);
            }
            overrides.clear();
            return new ModuleDetails(moved, removed, calls, validations, locations, hidden);
        }

        /** An address as written: a reference's source text, or a JSON string's value. */
        private static String address(Syntax.Attribute a) {
            if (a == null) {
                return null;
            }
            LiteralValue lit = Literals.literal(a.expr);
            String s = lit instanceof LiteralValue.StringValue sv ? sv.value() : a.text();
            return s.replaceAll("\\s+", "");
        }

        private static boolean destroy(Syntax.Block removed) {
            for (Syntax.Block inner : removed.body.blocks) {
                if (inner.type.equals("lifecycle")) {
                    Syntax.Attribute d = inner.body.attribute("destroy");
                    if (d != null && Literals.literal(d.expr) instanceof LiteralValue.BoolValue bv) {
                        return bv.value();
                    }
                }
            }
            return true;
        }

        private static Optional<String> text(Syntax.Attribute a) {
            return a == null ? Optional.empty() : Optional.of(a.text());
        }

        private static SourceLocation at(Syntax.Block b) {
            return SourceLocation.of(b.file, b.line, b.column);
        }
    }
}
