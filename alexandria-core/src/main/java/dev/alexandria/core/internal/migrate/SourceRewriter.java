package dev.alexandria.core.internal.migrate;

import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the local {@code source} of every module call in a folder and computes what it must become when folders
 * move, then edits the files in place: only the characters of the path inside the string literal change, the
 * rest of the file (layout, comments, other attributes) stays as written.
 */
final class SourceRewriter {

    private SourceRewriter() {
    }

    /**
     * A module call whose {@code source} is a local path.
     *
     * @param file   the file (absolute)
     * @param call   the module call's name
     * @param source the path as written
     * @param start  offset of the path's first character in the file's text (inside the quotes)
     * @param end    offset just past its last character
     * @param line   the line of the {@code source} argument
     */
    record LocalSource(Path file, String call, String source, int start, int end, int line) {
    }

    /**
     * A change of one {@code source}.
     *
     * @param at        the call as found before the move
     * @param newSource the path it must have after the move
     */
    record Rewrite(LocalSource at, String newSource) {
    }

    /**
     * The local sources of the module calls in one folder (its {@code .tf} files, not its sub-folders). A source
     * that is not a plain string literal (an interpolation, an escape) cannot be edited safely and is skipped;
     * {@code unreadable} receives a sentence for each.
     *
     * @param dir        the folder
     * @param unreadable receives what could not be read
     * @return the local sources, by file and position
     */
    static List<LocalSource> localSources(Path dir, List<String> unreadable) {
        List<LocalSource> out = new ArrayList<>();
        ModuleConfiguration config = ModuleConfiguration.read(dir);
        for (ModuleConfiguration.Block call : config.moduleCalls()) {
            Optional<ModuleConfiguration.Expression> source = call.attribute("source");
            if (source.isEmpty()) {
                continue;
            }
            ModuleConfiguration.Expression e = source.get();
            Path file = Path.of(e.file());
            if (!file.getFileName().toString().endsWith(".tf")) {
                continue; // JSON configuration is generated; its generator owns the paths
            }
            String text = read(file);
            int start = e.startOffset();
            int end = e.endOffset();
            if (start < 0 || end > text.length() || end - start < 2) {
                continue;
            }
            String literal = text.substring(start, end);
            String label = call.labels().isEmpty() ? "?" : call.labels().get(0);
            if (!literal.startsWith("\"") || !literal.endsWith("\"")) {
                continue; // not a string; Terraform itself requires one
            }
            String inner = literal.substring(1, literal.length() - 1);
            if (!isLocal(inner)) {
                continue;
            }
            if (inner.contains("\\") || inner.contains("${") || inner.contains("%{") || inner.contains("\"")) {
                unreadable.add(e.location() + ": the source of module \"" + label + "\" is not a plain path ("
                        + literal + "); change it by hand");
                continue;
            }
            out.add(new LocalSource(file, label, inner, start + 1, end - 1, e.location().line()));
        }
        out.sort(Comparator.comparing((LocalSource s) -> s.file().toString()).thenComparingInt(LocalSource::start));
        return out;
    }

    /**
     * Whether a module source is a local path, as Terraform decides it: it starts with {@code ./} or {@code ../}.
     *
     * @param source the source
     * @return whether it is local
     */
    static boolean isLocal(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    /**
     * What a local source must become when its folder and its target move.
     *
     * @param dir    the folder of the calling configuration, before the move
     * @param source the source as written
     * @param moves  where folders go
     * @return the new source, or empty when the written one still resolves to the same module after the move
     */
    static Optional<String> rewritten(Path dir, String source, PathMap moves) {
        Path target = dir.resolve(source).normalize();
        Path newTarget = moves.map(target);
        Path newDir = moves.map(dir);
        if (newDir.resolve(source).normalize().equals(newTarget)) {
            return Optional.empty();
        }
        return Optional.of(relative(newDir, newTarget));
    }

    /**
     * A local module source from one folder to another, in Terraform's form ({@code ./x} or {@code ../x},
     * forward slashes).
     *
     * @param from the calling folder
     * @param to   the called folder
     * @return the source
     */
    static String relative(Path from, Path to) {
        String rel = from.relativize(to).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return ".";
        }
        return rel.startsWith("..") ? rel : "./" + rel;
    }

    /**
     * Replaces the paths of some sources in one file's text. Offsets are those of the text given.
     *
     * @param text     the file's text
     * @param rewrites the changes, all in this file
     * @return the new text
     * @throws IllegalStateException if a source is no longer where it was found (the file changed meanwhile)
     */
    static String edit(String text, List<Rewrite> rewrites) {
        List<Rewrite> sorted = new ArrayList<>(rewrites);
        sorted.sort(Comparator.comparingInt((Rewrite r) -> r.at().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Rewrite r : sorted) {
            LocalSource at = r.at();
            if (at.end() > out.length() || !out.substring(at.start(), at.end()).equals(at.source())) {
                throw new IllegalStateException(at.file() + ":" + at.line() + ": the source of module \"" + at.call()
                        + "\" changed while it was being rewritten");
            }
            out.replace(at.start(), at.end(), r.newSource());
        }
        return out.toString();
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
