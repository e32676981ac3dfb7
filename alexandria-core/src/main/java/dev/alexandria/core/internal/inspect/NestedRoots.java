package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.core.internal.text.PlainFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The folders below a module that Terraform runs as root modules of their own: every folder below
 * {@code examples/} (an example calls the module) and {@code tests/} with every folder below it (the helper
 * modules of {@code terraform test}). Each is checked against its own declarations: a {@code var.x} in
 * {@code examples/complete/main.tf} needs a variable block in {@code examples/complete/}, not in the module.
 * {@code scaffold} checks the folders it renders with {@link #inspect}, {@code validate}'s reference-declared rule
 * and hcl-valid rules the folders written, with {@link #list} and {@link #check}; {@code terraform test}'s files
 * ({@code *.tftest.hcl} under {@code tests/}) are listed and checked too, for their syntax.
 *
 * <p>Stateless and thread-safe.
 */
public final class NestedRoots {

    /** Deeper folders are not looked at (a test helper module is one or two levels below {@code tests/}). */
    private static final int MAX_DEPTH = 6;

    private NestedRoots() {
    }

    /**
     * A configuration file of a nested root module.
     *
     * @param name its path below the module folder, {@code /}-separated on every operating system
     *             ({@code examples/complete/main.tf})
     * @param file the file and its attributes
     */
    public record NestedFile(String name, PlainFiles.PlainFile file) {
        /**
         * Validates.
         *
         * @param name its path below the module folder
         * @param file the file
         */
        public NestedFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * The configuration files of the nested root modules of a module folder.
     *
     * @param files     the plain files, sorted by name; links, FIFOs and the like are left out (never read)
     * @param cacheable whether every configuration file found is a plain file and every folder could be listed,
     *                  so a cache may stamp {@code files} to tell whether they changed
     */
    public record Listing(List<NestedFile> files, boolean cacheable) {
        /**
         * Copies the list.
         *
         * @param files     the files
         * @param cacheable whether a cache may stamp them
         */
        public Listing {
            files = List.copyOf(files);
        }
    }

    /**
     * Lists the configuration files ({@link ModuleInspector#isConfigFile}) of the folders below {@code examples/}
     * and of {@code tests/} and the folders below it, and the test files ({@link TestFileReader#reads}) of
     * {@code tests/} and the folders below it, without following links; hidden folders (such as
     * {@code .terraform}, where {@code terraform init} puts downloaded modules) are skipped.
     *
     * @param moduleDir the module folder
     * @return the files; none when the module has neither folder
     */
    public static Listing list(Path moduleDir) {
        List<NestedFile> out = new ArrayList<>();
        boolean[] cacheable = {true};
        int depth = moduleDir.getNameCount();
        for (String top : List.of("examples", "tests")) {
            Path start = moduleDir.resolve(top);
            if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return !dir.equals(start) && dir.getFileName().toString().startsWith(".")
                                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                String name = file.getFileName().toString();
                                boolean testFile = top.equals("tests") && TestFileReader.reads(name);
                                if (attrs.isDirectory() || !(ModuleInspector.isConfigFile(name) || testFile)
                                        || top.equals("examples") && file.getParent().equals(start)) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (attrs.isRegularFile()) {
                                    // named below the module folder (the walk's paths start with its names, so
                                    // the rest of the names: what relativize gives, without its checks)
                                    out.add(new NestedFile(slashed(file.subpath(depth, file.getNameCount())),
                                            new PlainFiles.PlainFile(file, attrs)));
                                } else {
                                    cacheable[0] = false;
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                cacheable[0] = false;
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException | RuntimeException e) {
                cacheable[0] = false;
            }
        }
        // Not Comparator.comparing: a serializable lambda, which JDK 17's start-up archive cannot hold.
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return new Listing(out, cacheable[0]);
    }

    /** A relative path's names joined with {@code /}, the operating system's separator whatever it is. */
    static String slashed(Path relative) {
        java.util.StringJoiner out = new java.util.StringJoiner("/");
        relative.forEach(name -> out.add(name.toString()));
        return out.toString();
    }

    /**
     * Inspects every folder of a set of files below a module folder that holds configuration files, each as a
     * root module of its own (files directly in the module folder are left out: they are the module).
     *
     * <p>Locations name a file as the module folder's path relative to the library root, then the file's path
     * below it, all {@code /}-separated ({@code _library/networking/vpc/examples/complete/main.tf}), whatever the
     * operating system's separator: the form every finding shows, so no caller joins or splits native paths.
     *
     * @param modulePath the module folder relative to the library root, {@code /}-separated, without a trailing
     *                   {@code /} ({@code _library/networking/vpc})
     * @param files      the files' text by path below the module folder, {@code /}-separated
     * @param options    the options
     * @return each folder's inspection, by its path below the module folder, sorted
     * @throws IllegalArgumentException if {@code modulePath} is absolute, holds a backslash or ends with {@code /}
     */
    public static Map<String, ModuleInspector.Inspection> inspect(String modulePath, Map<String, String> files,
                                                                  InspectOptions options) {
        if (modulePath.startsWith("/") || modulePath.endsWith("/") || modulePath.indexOf('\\') >= 0
                || modulePath.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("modulePath must be relative to the library root and /-separated: "
                    + modulePath);
        }
        Map<String, Map<String, String>> folders = new TreeMap<>();
        files.forEach((path, text) -> {
            int slash = path.lastIndexOf('/');
            if (slash > 0 && ModuleInspector.isConfigFile(path.substring(slash + 1))) {
                folders.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>()).put(path.substring(slash + 1),
                        text);
            }
        });
        ModuleInspector inspector = new ModuleInspector();
        Map<String, ModuleInspector.Inspection> out = new TreeMap<>();
        folders.forEach((dir, texts) -> out.put(dir, inspector.inspectSourcesWithReferences(
                modulePath.isEmpty() ? dir : modulePath + "/" + dir, texts, options)));
        return out;
    }

    /**
     * What is wrong in the nested root modules' HCL.
     *
     * @param errors     the error diagnostics: a file that does not parse, a block that is not valid
     * @param undeclared the references to names their own folder does not declare (none for a folder whose HCL
     *                   has errors)
     */
    public record Problems(List<Diagnostic> errors, List<Diagnostic> undeclared) {
        /**
         * Copies the lists.
         *
         * @param errors     the errors
         * @param undeclared the undeclared references
         */
        public Problems {
            errors = List.copyOf(errors);
            undeclared = List.copyOf(undeclared);
        }
    }

    /**
     * Checks the nested root modules: their HCL errors and their references to names their own folder does not
     * declare, and the syntax errors of the test files listed. A file that cannot be read now, or is larger than
     * {@link ModuleInspector#MAX_FILE_BYTES}, is left out. Locations are as {@link #inspect} gives them.
     *
     * @param modulePath the module folder relative to the library root, {@code /}-separated
     * @param files      the files, from {@link #list}
     * @param options    the options
     * @return the problems, by folder then file and place
     * @throws IllegalArgumentException as {@link #inspect} does
     */
    public static Problems check(String modulePath, List<NestedFile> files, InspectOptions options) {
        Map<String, String> texts = new TreeMap<>();
        for (NestedFile f : files) {
            if (f.file().attributes().size() > ModuleInspector.MAX_FILE_BYTES) {
                continue;
            }
            try {
                texts.put(f.name(), new String(Files.readAllBytes(f.file().path()), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // gone or unreadable since it was listed: nothing to check in it
            }
        }
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> undeclared = new ArrayList<>();
        inspect(modulePath, texts, options).values().forEach(i -> {
            i.spec().diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
            undeclared.addAll(i.undeclaredReferences());
        });
        texts.forEach((name, text) -> {
            if (TestFileReader.reads(name.substring(name.lastIndexOf('/') + 1))) {
                TestFileReader.read(modulePath.isEmpty() ? name : modulePath + "/" + name, text).diagnostics()
                        .stream().filter(Diagnostic::isError).forEach(errors::add);
            }
        });
        return new Problems(errors, undeclared);
    }
}
