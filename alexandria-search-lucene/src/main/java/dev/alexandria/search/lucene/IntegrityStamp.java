package dev.alexandria.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record that the files of one commit of a persisted index were checked ({@value #FILE}, next to the index):
 * each file's name, size, modification time, change time (where the file system has one) and file key, as they
 * were when the files were written by this backend or when their checksums were last verified.
 *
 * <p>Verifying every file's checksum reads the whole index; doing it on every open costs a short command most
 * of its index open. So an index is verified when it is first opened after being written by someone else, and
 * again whenever a file of its commit differs in any of those attributes from this record: any write to a file
 * changes its change time (which, unlike the modification time, no program can set back), a replaced file has
 * another file key, and a truncated one another size. What this cannot see is a file changed below the file
 * system (a failing disk): Lucene still checks the header and footer of every file it opens and the full checksum
 * of the commit and segment files, and verifies every file it merges.
 *
 * <p>The record has Lucene's header and checksum footer; one that is missing, truncated, corrupt or of another
 * commit is not used (the index is verified). It is written to a temporary file and renamed, so concurrent
 * processes never see half a record.
 */
final class IntegrityStamp {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityStamp.class);

    static final String FILE = "alexandria-verified.bin";
    private static final String CODEC = "AlexandriaVerified";
    private static final int VERSION = 1;

    private IntegrityStamp() {
    }

    /**
     * @param folder    the index folder
     * @param directory the index's directory on that folder
     * @param files     the files of the commit opened
     * @return whether the record holds exactly these files with their current attributes
     */
    static boolean matches(Path folder, Directory directory, Collection<String> files) {
        List<String> current;
        try {
            current = attributes(folder, files);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
            OwnFiles.checksumWhole(directory, FILE);
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            int count = in.readVInt();
            List<String> recorded = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                recorded.add(in.readString());
            }
            CodecUtil.checkFooter(in);
            return recorded.equals(current);
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.debug("the search index's verification record cannot be read ({}); verifying the index",
                    e.toString());
            return false;
        }
    }

    /**
     * Records the files' current attributes; a failure is logged and costs only a verification next time.
     *
     * @param folder    the index folder
     * @param directory the index's directory on that folder
     * @param files     the files of the commit just verified or written
     */
    static void write(Path folder, Directory directory, Collection<String> files) {
        try {
            List<String> lines = attributes(folder, files);
            OwnFiles.replace(directory, FILE, CODEC, VERSION, true, out -> {
                out.writeVInt(lines.size());
                for (String line : lines) {
                    out.writeString(line);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("recording the search index's verification failed: {}", e.toString());
        }
    }

    /** One line per file, sorted by name: name, size, modification and change time in ns, file key. */
    static List<String> attributes(Path folder, Collection<String> files) throws IOException {
        List<String> out = new ArrayList<>(files.size());
        for (String name : new TreeSet<>(files)) {
            Path f = folder.resolve(name);
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw new IOException(f + " is not a plain file");
            }
            out.add(name + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                    + changeTime(f) + " " + Objects.toString(a.fileKey(), "-"));
        }
        return out;
    }

    /** The file's change time in ns, or -1 where the file system does not report one. */
    private static long changeTime(Path f) {
        try {
            Object t = Files.getAttribute(f, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return t instanceof java.nio.file.attribute.FileTime ft ? ft.to(TimeUnit.NANOSECONDS) : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
