package dev.alexandria.core.internal.migrate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where folders go: absolute, normalized folder paths mapped to their new place. A path inside a mapped folder
 * goes with it; the longest mapped prefix wins, so a nested module planned on its own goes to its own place
 * and not along with its parent. Immutable once built.
 */
final class PathMap {

    private final TreeMap<Path, Path> moves = new TreeMap<>();

    PathMap() {
    }

    /**
     * Adds a folder's move.
     *
     * @param from the folder's current place (absolute)
     * @param to   its new place (absolute)
     */
    void put(Path from, Path to) {
        moves.put(from.normalize(), to.normalize());
    }

    /**
     * Where a path ends up.
     *
     * @param path an absolute path
     * @return its new place, or the path itself when no mapped folder holds it
     */
    Path map(Path path) {
        Objects.requireNonNull(path, "path");
        Path p = path.normalize();
        Path best = null;
        for (Map.Entry<Path, Path> e : moves.entrySet()) {
            if (p.startsWith(e.getKey()) && (best == null || e.getKey().getNameCount() > best.getNameCount())) {
                best = e.getKey();
            }
        }
        return best == null ? p : moves.get(best).resolve(best.relativize(p)).normalize();
    }

    @Override
    public String toString() {
        return "PathMap" + moves;
    }
}
