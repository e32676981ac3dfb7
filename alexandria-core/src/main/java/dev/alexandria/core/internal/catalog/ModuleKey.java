package dev.alexandria.core.internal.catalog;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one reading of a module argument of the API ({@code Library.module}, {@code requireModule},
 * {@code Alexandria.Builder.openModule} and everything that takes an {@code idOrPath}): an id
 * ({@code vpc-standard}), its path below {@code _library} ({@code foundations/networking/vpc-standard}, also as
 * {@code _library/foundations/…} or {@code ./_library/foundations/…}, with {@code /} or {@code \}, a trailing
 * separator ignored), or the absolute path of the module's folder. An id never holds a separator
 * ({@link dev.alexandria.api.model.ModuleId}), so the readings cannot collide. Not API; may change without notice.
 */
final class ModuleKey {

    private ModuleKey() {
    }

    /**
     * The key a module is indexed by: its id, or its path below {@code _library} with {@code /} separators.
     *
     * @param root     the library's root (real path)
     * @param idOrPath what was asked for
     * @return the key; an absolute path outside the library's {@code _library} is returned as given, so it names no
     *         module
     */
    static String of(Path root, String idOrPath) {
        String key = idOrPath.strip();
        Path absolute = absolute(key);
        if (absolute != null) {
            Path modules = real(root.resolve("_library"));
            Path folder = real(absolute);
            return folder.startsWith(modules) && !folder.equals(modules)
                    ? modules.relativize(folder).toString().replace('\\', '/') : key;
        }
        key = key.replace('\\', '/');
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        while (key.startsWith("./")) {
            key = key.substring(2);
        }
        return key.startsWith("_library/") ? key.substring("_library/".length()) : key;
    }

    private static Path absolute(String key) {
        // most arguments are ids: no Path is built for them (lookups by id are frequent)
        if (!key.startsWith("/") && !key.startsWith("\\") && (key.length() < 2 || key.charAt(1) != ':')) {
            return null;
        }
        try {
            Path p = Path.of(key);
            return p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
