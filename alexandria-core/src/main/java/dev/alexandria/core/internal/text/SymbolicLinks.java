package dev.alexandria.core.internal.text;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a symbolic link that loops (a link to itself, or links that point at each other) from one whose target
 * does not exist: both fail to resolve, but "does not exist" sends the user looking for a missing file.
 *
 * @since 0.27.0
 */
public final class SymbolicLinks {

    /** The hops the operating system follows before it gives up (Linux's ELOOP limit). */
    private static final int MAX_HOPS = 40;

    private SymbolicLinks() {
    }

    /**
     * The chain of a link that loops: the link, each link it leads to, and the first one met again last
     * ({@code a -> b -> a}); empty when following the link ends somewhere, existing or not. A chain longer than
     * the system follows counts as a loop too, as does one the system reports as too many levels of links.
     *
     * @param link a path that may be a symbolic link
     * @return the chain of paths (absolute, normalized) when the link loops
     */
    public static Optional<List<Path>> loop(Path link) {
        List<Path> chain = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                chain.add(p);
                if (!seen.add(p) || chain.size() > MAX_HOPS) {
                    return Optional.of(List.copyOf(chain));
                }
                p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
            }
            p.toRealPath(); // a loop through a parent folder's link shows only here
            return Optional.empty();
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return reason.contains("levels of symbolic links") ? Optional.of(List.of(link.toAbsolutePath()
                    .normalize())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A loop's chain as a message shows it: each path relative to {@code base} when below it, else absolute.
     *
     * @param base  the folder paths are named from (the library root), or {@code null} for absolute paths
     * @param chain what {@link #loop} returned
     * @return {@code a -> b -> a}
     */
    public static String describe(Path base, List<Path> chain) {
        Path from = base == null ? null : base.toAbsolutePath().normalize();
        return String.join(" -> ", chain.stream().map(p -> from != null && p.startsWith(from) && !p.equals(from)
                ? from.relativize(p).toString().replace('\\', '/') : p.toString()).toList());
    }
}
