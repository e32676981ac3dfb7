package dev.alexandria.core.internal.recommend;

import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.text.PlainFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folders and their configuration files as they are now, for an entry of the library's cache that keeps what was
 * read of them ({@link ExampleCalls}: the examples' module calls; {@link Attachments}: a module's attaching
 * arguments). The entry is valid while the listing's context (the folders and their files' names) and the files'
 * stamps are the same.
 *
 * @param context the folders' paths relative to the root and their files' names, one per line (a file's line
 *                starts with a tab)
 * @param files   every configuration file, named by its path relative to the root, with its stat
 */
record ConfigListing(String context, List<LibraryCache.NamedFile> files) {

    /**
     * @param root    the library root, absolute and normalised
     * @param folders the folders, in a fixed order
     * @return the listing, or empty when a folder cannot be listed or holds a configuration file that is not plain
     *         (such folders are never cached)
     */
    static Optional<ConfigListing> of(Path root, List<Path> folders) {
        StringBuilder context = new StringBuilder();
        List<LibraryCache.NamedFile> files = new ArrayList<>();
        for (Path folder : folders) {
            Optional<List<PlainFiles.PlainFile>> own = ModuleInspector.plainConfigFiles(folder);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            String rel = root.relativize(folder.toAbsolutePath().normalize()).toString().replace('\\', '/');
            context.append(rel).append('\n');
            for (PlainFiles.PlainFile f : own.get()) {
                String name = f.path().getFileName().toString();
                context.append('\t').append(name).append('\n');
                files.add(new LibraryCache.NamedFile(rel + "/" + name, f.path(),
                        Optional.of(FileStat.of(f.path(), f.attributes()))));
            }
        }
        return Optional.of(new ConfigListing(context.toString(), files));
    }

    /**
     * The files' stamps as they are now; taken before the files are read, so that a file changed meanwhile makes
     * the next lookup miss.
     *
     * @return the stamps, or empty when a file is over {@link ModuleInspector#MAX_FILE_BYTES} or cannot be read
     */
    Optional<List<FileStamp>> stamps() {
        List<FileStamp> stamps = new ArrayList<>(files.size());
        for (LibraryCache.NamedFile f : files) {
            FileStat stat = f.stat().orElseThrow();
            if (stat.size() > ModuleInspector.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            try {
                stamps.add(FileStamp.of(f.name(), stat, Files.readAllBytes(f.path())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(stamps);
    }
}
