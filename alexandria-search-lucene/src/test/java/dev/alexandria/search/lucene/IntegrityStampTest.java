package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SyncResult;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persisted index's checksums are verified once, not on every open: the record of verified files is written
 * with each commit and used while the files are untouched; any file written since (even with its modification
 * time set back) is verified again, and a corrupt one makes the index rebuilt.
 */
class IntegrityStampTest {

    @TempDir
    Path dir;

    private IndexSpec spec() {
        return new IndexSpec(Optional.of(dir), List.of(FieldSpec.text("name", 1.0), FieldSpec.text("readme", 1.0)),
                Vocabulary.empty());
    }

    private static List<IndexEntry> entries(AtomicInteger loads) {
        List<IndexEntry> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = "module-" + i;
            String readme = ("Module number " + i + " creates a network with subnets and routes. ").repeat(20);
            out.add(new IndexEntry(id, "1", () -> {
                loads.incrementAndGet();
                return SearchDocument.builder(id).text("name", id).text("readme", readme).build();
            }));
        }
        return out;
    }

    private SyncResult reopen(AtomicInteger loads) {
        try (SearchIndex again = new LuceneSearchBackend().open(spec())) {
            SyncResult r = again.sync(entries(loads));
            List<String> ids = again.search(SearchQuery.builder().text("module-7").build()).hits().stream()
                    .map(SearchHit::id).toList();
            assertEquals("module-7", ids.get(0));
            return r;
        }
    }

    private void build() {
        try (SearchIndex first = new LuceneSearchBackend().open(spec())) {
            first.sync(entries(new AtomicInteger()));
        }
    }

    private Collection<String> commitFiles() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getFileNames();
        }
    }

    /** The largest file of the commit other than the commit point: a data file a plain open does not read whole. */
    private Path largestDataFile() throws IOException {
        Path largest = null;
        for (String name : commitFiles()) {
            Path f = dir.resolve(name);
            if (!name.startsWith("segments") && (largest == null || Files.size(f) > Files.size(largest))) {
                largest = f;
            }
        }
        return largest;
    }

    private static void flipMiddleBytes(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = bytes.length / 3; i < bytes.length * 2 / 3; i += 3) {
            bytes[i] ^= 0x5a;
        }
        Files.write(f, bytes);
    }

    @Test
    void writtenIndex_recordsItsFilesAsVerified() throws IOException {
        build();
        assertTrue(Files.isRegularFile(dir.resolve(IntegrityStamp.FILE)));
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertTrue(IntegrityStamp.matches(dir, d, commitFiles()));
        }
        AtomicInteger loads = new AtomicInteger();
        assertEquals(new SyncResult(0, 0, 0, 30, false), reopen(loads));
        assertEquals(0, loads.get());
    }

    @Test
    void fileCorruptedInPlaceAfterVerification_isDetectedAndTheIndexRebuilt() throws IOException {
        build();
        Path data = largestDataFile();
        long size = Files.size(data);
        flipMiddleBytes(data);
        assertEquals(size, Files.size(data));
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertFalse(IntegrityStamp.matches(dir, d, commitFiles()));
        }
        AtomicInteger loads = new AtomicInteger();
        SyncResult r = reopen(loads);
        assertTrue(r.rebuilt());
        assertEquals(30, loads.get());
    }

    @Test
    void fileCorruptedWithItsModificationTimeSetBack_isStillDetected() throws IOException {
        build();
        Path data = largestDataFile();
        assumeTrue(IntegrityStamp.attributes(dir, List.of(data.getFileName().toString())).get(0)
                .split(" ")[3].equals("-1") == false, "the file system reports no change time");
        FileTime modified = Files.getLastModifiedTime(data);
        flipMiddleBytes(data);
        Files.setLastModifiedTime(data, modified);
        AtomicInteger loads = new AtomicInteger();
        assertTrue(reopen(loads).rebuilt());
        assertEquals(30, loads.get());
    }

    @Test
    void missingOrCorruptRecord_verifiesTheIndexAndKeepsItWhenSound() throws IOException {
        build();
        Path record = dir.resolve(IntegrityStamp.FILE);
        flipMiddleBytes(record);
        AtomicInteger loads = new AtomicInteger();
        assertEquals(new SyncResult(0, 0, 0, 30, false), reopen(loads));
        assertEquals(0, loads.get());
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertTrue(IntegrityStamp.matches(dir, d, commitFiles()), "the record is written again");
        }
        Files.delete(record);
        assertEquals(new SyncResult(0, 0, 0, 30, false), reopen(loads));
        assertTrue(Files.isRegularFile(record));
    }

    @Test
    void recordOfAnotherCommit_isNotUsed() throws IOException {
        build();
        try (FSDirectory d = FSDirectory.open(dir)) {
            List<String> files = new ArrayList<>(commitFiles());
            files.remove(files.size() - 1);
            assertFalse(IntegrityStamp.matches(dir, d, files));
        }
    }

    /** A damaged count or length anywhere in the record is found by its checksum before it is allocated. */
    @Test
    void aRecordWithACountOrLengthDamagedToTwoGigabytes_isNotUsed() throws IOException {
        build();
        DamagedLengths.atEveryPosition(dir.resolve(IntegrityStamp.FILE), at -> {
            try (FSDirectory d = FSDirectory.open(dir)) {
                assertFalse(IntegrityStamp.matches(dir, d, commitFiles()), "at " + at);
            }
        });
    }
}
