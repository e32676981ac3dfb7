package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.text.PlainFiles;
import dev.alexandria.core.internal.text.SymbolicLinks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a Terraform module folder - every {@code *.tf} and {@code *.tf.json} file, override files merged in
 * the way Terraform merges them - and returns its {@link ModuleInterface}.
 *
 * <p>It never throws on bad input: unreadable folders and files and syntax errors become diagnostics on the
 * result, and what could be read is still returned. The time is linear in the size of the files.
 *
 * <pre>{@code
 * ModuleInterface mi = new ModuleInspector().inspect(Path.of("_library/foundations/networking/vpc"),
 *         InspectOptions.boilerplate("context.tf"));
 * int variables = mi.ownVariableCount();
 * String json = InspectJson.render(mi);
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance may inspect many folders concurrently.
 *
 * @since 0.1.0
 */
public final class ModuleInspector {

    /**
     * The largest configuration file read, in bytes: {@value}. Real module files are a few kilobytes; a larger
     * one is refused with a diagnostic before it is read, so a stray artifact cannot exhaust the heap.
     */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Creates an inspector. */
    public ModuleInspector() {
        // stateless
    }

    /**
     * Inspects a folder with the {@linkplain InspectOptions#defaults() default options}.
     *
     * @param folder the module folder
     * @return its interface, never null
     */
    public ModuleInterface inspect(Path folder) {
        return inspect(folder, InspectOptions.defaults());
    }

    /**
     * Inspects a folder. Files are named in the result as {@code folder.resolve(name).toString()}.
     *
     * @param folder  the module folder
     * @param options the options
     * @return its interface, never null
     */
    public ModuleInterface inspect(Path folder, InspectOptions options) {
        return read(folder, options).build();
    }

    /**
     * What inspecting a folder gives besides the interface.
     *
     * @param spec                     the interface
     * @param providerVersionLocations where each provider's first version constraint is written, by local name
     * @param undeclaredReferences     the references to undeclared input variables, local values and module calls,
     *                                 as {@code terraform validate} reports them
     */
    public record Inspection(ModuleInterface spec, Map<String, SourceLocation> providerVersionLocations,
                             List<Diagnostic> undeclaredReferences) {
        /**
         * Copies the map and the list.
         *
         * @param spec                     the interface
         * @param providerVersionLocations the locations
         * @param undeclaredReferences     the errors
         */
        public Inspection {
            Objects.requireNonNull(spec, "spec");
            providerVersionLocations = Map.copyOf(providerVersionLocations);
            undeclaredReferences = List.copyOf(undeclaredReferences);
        }
    }

    /**
     * Inspects a folder, also saying where the provider constraints are written.
     *
     * @param folder  the module folder
     * @param options the options
     * @return the interface and the locations
     */
    public Inspection inspectWithLocations(Path folder, InspectOptions options) {
        ModuleBuilder builder = read(folder, options);
        ModuleInterface spec = builder.build();
        return new Inspection(spec, builder.providerVersionLocations(), spec.hasErrors() ? List.of()
                : References.undeclared(builder, spec));
    }

    /**
     * Inspects files held in memory, also giving the references to undeclared input variables, local values and
     * module calls (none when the HCL has errors, which come first).
     *
     * @param path    the module's path, shown in locations
     * @param files   the files' text by name
     * @param options the options
     * @return the interface and the undeclared references
     */
    public Inspection inspectSourcesWithReferences(String path, Map<String, String> files, InspectOptions options) {
        ModuleBuilder builder = readSources(path, files, options);
        ModuleInterface spec = builder.build();
        return new Inspection(spec, builder.providerVersionLocations(), spec.hasErrors() ? List.of()
                : References.undeclared(builder, spec));
    }

    /** Reads a folder's files into a builder, which can still give its local values after {@code build()}. */
    ModuleBuilder read(Path folder, InspectOptions options) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(options, "options");
        String path = folder.toString();
        List<Diagnostic> diags = new ArrayList<>();
        TreeMap<String, Path> files = new TreeMap<>();
        TreeMap<String, Path> irregular = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path f : dir) {
                String name = f.getFileName().toString();
                if (isConfigFile(name) && Files.isRegularFile(f)) {
                    files.put(name, f);
                } else if (isConfigFile(name) && !Files.isDirectory(f)) {
                    irregular.put(name, f); // a FIFO, socket or device would block or fail the read
                }
            }
        } catch (IOException | RuntimeException e) {
            diags.add(Diagnostic.error("Failed to read directory", "Directory " + path
                    + " does not exist or cannot be read.", SourceLocation.of(path.isBlank() ? "." : path)));
            return new ModuleBuilder(path, options, diags);
        }
        for (Path f : irregular.values()) {
            Optional<List<Path>> loop = SymbolicLinks.loop(f);
            if (loop.isPresent()) {
                diags.add(Diagnostic.error("Symbolic link loop", "The configuration file \"" + f + "\" is a symbolic "
                        + "link that loops and never reaches a file (" + SymbolicLinks.describe(null, loop.get())
                        + "), so it was not read; point the link at the file it stands for, or remove it.",
                        SourceLocation.of(f.toString())));
                continue;
            }
            diags.add(Diagnostic.error("Not a regular file", "The configuration file \"" + f + "\" is not a regular "
                    + "file (a named pipe, socket, device or broken link), so it was not read; replace it with a file or "
                    + "remove it.", SourceLocation.of(f.toString())));
        }
        ModuleBuilder builder = new ModuleBuilder(path, options, diags);
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String display = e.getValue().toString();
            char[] chars;
            try {
                long size = Files.size(e.getValue());
                if (size > MAX_FILE_BYTES) {
                    diags.add(Diagnostic.error("File too large", "The configuration file \"" + display + "\" has "
                            + size + " bytes, more than the " + MAX_FILE_BYTES + " a module file may have, which it "
                            + "passes here; remove it or move generated content out of the module folder.",
                            SizeLimit.wherePassed(e.getValue(), display, MAX_FILE_BYTES)));
                    continue;
                }
                chars = decode(Files.readAllBytes(e.getValue()), display, diags);
            } catch (IOException | RuntimeException ex) {
                diags.add(Diagnostic.error("Failed to read file", "The configuration file \"" + display
                        + "\" could not be read" + (ex instanceof IOException io ? " (" + IoProblems.reason(io) + ")"
                        : "") + "; make it readable, or remove it.", SourceLocation.of(display)));
                continue;
            }
            builder.addFile(e.getKey(), display, chars);
        }
        return builder;
    }

    /**
     * Inspects configuration held in memory, as if the files were in a folder named {@code path}.
     *
     * @param path    the folder name to report
     * @param files   file name to content; names that are not {@code .tf}/{@code .tf.json} are skipped
     * @param options the options
     * @return the interface, never null
     */
    public ModuleInterface inspectSources(String path, Map<String, String> files, InspectOptions options) {
        return readSources(path, files, options).build();
    }

    /** Like {@link #read(Path, InspectOptions)} for files held in memory. */
    ModuleBuilder readSources(String path, Map<String, String> files, InspectOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        ModuleBuilder builder = new ModuleBuilder(path, options, new ArrayList<>());
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            if (isConfigFile(e.getKey())) {
                String display = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
                builder.addFile(e.getKey(), display, e.getValue().toCharArray());
            }
        }
        return builder;
    }

    /**
     * Decodes UTF-8; ASCII (most configuration) is widened without an intermediate String. Malformed bytes
     * become U+FFFD and one diagnostic naming the line of the first of them, as HCL requires UTF-8.
     */
    static char[] decode(byte[] bytes, String display, List<Diagnostic> diags) {
        int n = bytes.length;
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return decodeUtf8(bytes, i, display, diags);
            }
            chars[i] = (char) b;
        }
        return chars;
    }

    private static char[] decodeUtf8(byte[] bytes, int firstNonAscii, String display, List<Diagnostic> diags) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = strict.decode(ByteBuffer.wrap(bytes));
            char[] out = new char[cb.remaining()];
            cb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes, firstNonAscii);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            diags.add(Diagnostic.error("Invalid character encoding", "All input files must be UTF-8 encoded. "
                    + "Ensure that UTF-8 encoding is selected in your editor.", SourceLocation.of(display, line, 0)));
            return new String(bytes, StandardCharsets.UTF_8).toCharArray();
        }
    }

    private static int firstMalformed(byte[] bytes, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : from;
    }

    /**
     * Whether a folder holds a Terraform module: at least one {@code .tf} or {@code .tf.json} file.
     *
     * @param folder a folder
     * @return whether it has such a file
     * @throws dev.alexandria.api.AlexandriaException if it cannot be listed
     */
    public static boolean isModuleFolder(java.nio.file.Path folder) {
        java.util.Objects.requireNonNull(folder, "folder");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            return files.anyMatch(f -> isConfigFile(f.getFileName().toString()) && java.nio.file.Files.isRegularFile(f));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new dev.alexandria.api.AlexandriaException("cannot list the folder " + folder + ": " + e.getMessage()
                    + "; check that it is readable", e);
        }
    }

    /**
     * Terraform's rule for the files of a module: {@code .tf} or {@code .tf.json}, not hidden, not an editor
     * backup.
     *
     * @param name a file name
     * @return whether Terraform reads a file of that name as configuration
     */
    public static boolean isConfigFile(String name) {
        if (!(name.endsWith(".tf") || name.endsWith(".tf.json"))) {
            return false;
        }
        return !name.startsWith(".") && !name.endsWith("~") && !(name.startsWith("#") && name.endsWith("#"));
    }

    /** {@link #isConfigFile} of a path's file name. */
    private static final Predicate<Path> CONFIG_FILE = f -> isConfigFile(f.getFileName().toString());

    /** Plain files by file name. */
    private static final Comparator<PlainFiles.PlainFile> BY_FILE_NAME =
            (a, b) -> a.path().getFileName().toString().compareTo(b.path().getFileName().toString());

    /**
     * The configuration files of a folder that the inspector reads ({@link #isConfigFile}), when every one is a
     * plain file: what a cache stamps to tell whether a module changed. A sub-folder with such a name is skipped,
     * as the inspector skips it.
     *
     * @param dir the folder
     * @return the files, sorted by name; empty when the folder cannot be listed or one of them is a link, FIFO,
     *         socket or device (see {@link PlainFiles})
     */
    public static Optional<List<PlainFiles.PlainFile>> plainConfigFiles(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            Optional<List<PlainFiles.PlainFile>> files = PlainFiles.of(entries, CONFIG_FILE);
            if (files.isEmpty()) {
                return files;
            }
            // a new list each time: sorted in place, without a stream (this runs per module on every cached read)
            List<PlainFiles.PlainFile> sorted = new ArrayList<>(files.get());
            sorted.sort(BY_FILE_NAME);
            return Optional.of(Collections.unmodifiableList(sorted));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code override.tf}, {@code x_override.tf} and their {@code .tf.json} forms. */
    static boolean isOverrideFile(String name) {
        String base = name.endsWith(".tf.json") ? name.substring(0, name.length() - 8)
                : name.substring(0, name.length() - 3);
        return base.equals("override") || base.endsWith("_override");
    }
}
