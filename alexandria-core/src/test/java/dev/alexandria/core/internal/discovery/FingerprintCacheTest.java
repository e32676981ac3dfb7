package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint cache gives an unchanged module's fingerprint without decoding its values, and computes it again
 * whenever a file it depends on changed, the cache file is corrupt, or a file is as new as the cache.
 */
class FingerprintCacheTest {

    /** Files of the copied library are dated here, well before any cache file the tests write. */
    private static final FileTime PAST = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path tmp;
    private Path copy;
    private Path folder;
    private Path registry;

    @BeforeEach
    void copyTheSample() throws IOException {
        copy = LibrarySearchTest.copyOfSample(tmp.resolve("lib"));
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.setLastModifiedTime(f, PAST);
                }
            }
        }
        folder = tmp.resolve("cache/search");
        registry = copy.resolve("_catalog/module-registry.yaml");
    }

    /** A module that counts how often its metadata and registry entry are asked for. */
    private static LibraryModule counting(LibraryModule m, AtomicInteger decoded) {
        return (LibraryModule) Proxy.newProxyInstance(LibraryModule.class.getClassLoader(),
                new Class<?>[] {LibraryModule.class}, (proxy, method, args) -> {
                    if (method.getName().equals("metadata") || method.getName().equals("registryEntry")) {
                        decoded.incrementAndGet();
                    }
                    try {
                        return method.invoke(m, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The fingerprint of one module through a cache opened now, and how often its values were decoded. */
    private record Asked(String fingerprint, int decoded) {
    }

    private Asked ask(String id) {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(lib.catalog()));
        FingerprintCache cache = FingerprintCache.open(Optional.of(folder), registry, documents);
        AtomicInteger decoded = new AtomicInteger();
        String fp = cache.fingerprint(counting(lib.requireModule(id), decoded), documents);
        cache.save();
        assertEquals(documents.fingerprint(lib.requireModule(id)), fp, "the cached fingerprint is the computed one");
        return new Asked(fp, decoded.get());
    }

    @Test
    void unchangedModule_isTakenFromTheCache_withoutDecodingItsValues() {
        Asked first = ask("vpc-standard");
        assertTrue(first.decoded() > 0, "the first time it is computed");
        assertTrue(Files.isRegularFile(folder.resolve(FingerprintCache.FILE_NAME)));
        Asked second = ask("vpc-standard");
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(0, second.decoded());
    }

    @Test
    void changedMetadataFile_isComputedAgain() throws IOException {
        Asked first = ask("vpc-standard");
        Library lib = Alexandria.builder().root(copy).noCache().open();
        Path metadata = lib.requireModule("vpc-standard").directory().resolve(".alexandria.yaml");
        Files.writeString(metadata, Files.readString(metadata) + "\n# reviewed\n");
        Files.setLastModifiedTime(metadata, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        Asked second = ask("vpc-standard");
        assertTrue(second.decoded() > 0);
        assertNotEquals(first.fingerprint(), second.fingerprint(), "its stamps are part of the fingerprint");
        assertEquals(0, ask("vpc-standard").decoded(), "and cached again");
    }

    @Test
    void aReadmeRewrittenWithItsSizeAndModificationTimeKept_changesTheFingerprint() throws Exception {
        Asked first = ask("vpc-standard");
        Library lib = Alexandria.builder().root(copy).noCache().open();
        Path readme = lib.requireModule("vpc-standard").directory().resolve("README.md");
        String text = Files.readString(readme);
        assertTrue(text.contains("VPC"));
        FileTime mtime = Files.getLastModifiedTime(readme);
        Thread.sleep(50); // past a tick of the kernel's coarse clock, which gives the change time
        // What cp -p does: the same size, the old modification time; only the change time tells.
        Files.writeString(readme, text.replaceFirst("VPC", "XYZ"));
        Files.setLastModifiedTime(readme, mtime);
        assertNotEquals(first.fingerprint(), ask("vpc-standard").fingerprint());
    }

    @Test
    void changedRegistry_isComputedAgain_andTheFingerprintOfAnUnchangedEntryStaysTheSame() throws IOException {
        Asked first = ask("vpc-standard");
        Files.writeString(registry, Files.readString(registry) + "\n# reviewed\n");
        Files.setLastModifiedTime(registry, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        Asked second = ask("vpc-standard");
        assertTrue(second.decoded() > 0);
        assertEquals(first.fingerprint(), second.fingerprint(), "the entry's values did not change");
    }

    @Test
    void unchangedLibrary_computesNoDigest() {
        ask("vpc-standard");
        Library lib = Alexandria.builder().root(copy).noCache().open();
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(lib.catalog()));
        FingerprintCache cache = FingerprintCache.open(Optional.of(folder), registry, documents);
        cache.fingerprint(lib.requireModule("vpc-standard"), documents);
        assertFalse(documents.digested(), "the catalog is compared byte for byte, not by its digest");
        documents.fingerprint(lib.requireModule("vpc-standard"));
        assertTrue(documents.digested());
    }

    /** Replaces a text in a catalog file, keeping the file's old modification time (only its content differs). */
    private void edit(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(old), old);
        Files.writeString(file, text.replace(old, replacement));
        Files.setLastModifiedTime(file, PAST);
    }

    @Test
    void changedTagTaxonomy_isComputedAgain_althoughNoStampedFileChanged() throws IOException {
        Asked first = ask("vpc-standard");
        edit(copy.resolve("_catalog/tags.yaml"), "synonyms: [audit]", "synonyms: [audit, audit-trail]");
        Asked second = ask("vpc-standard");
        assertTrue(second.decoded() > 0);
        assertNotEquals(first.fingerprint(), second.fingerprint(), "the tags shape every document");
        assertEquals(0, ask("vpc-standard").decoded(), "and cached again");
    }

    @Test
    void changedSettings_areComputedAgain() throws IOException {
        Asked first = ask("vpc-standard");
        Path settings = copy.resolve("_catalog/settings.yaml");
        Files.writeString(settings, "inspect:\n  boilerplate_files: [context.tf]\n");
        Files.setLastModifiedTime(settings, PAST);
        Asked second = ask("vpc-standard");
        assertTrue(second.decoded() > 0);
        assertNotEquals(first.fingerprint(), second.fingerprint(), "the settings shape every document");
    }

    @Test
    void catalogKey_isTheCatalogsEncodingAndTheDocumentVersion() {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        byte[] key = new ModuleDocuments(SearchCatalog.of(lib.catalog())).catalogKey();
        String tail = new String(key, key.length - ModuleDocuments.DOCUMENT_VERSION.length(),
                ModuleDocuments.DOCUMENT_VERSION.length(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ModuleDocuments.DOCUMENT_VERSION, tail, "a new document version invalidates every entry");
        assertTrue(java.util.Arrays.equals(key, new ModuleDocuments(SearchCatalog.of(lib.catalog())).catalogKey()));
    }

    @Test
    void corruptCacheFile_isIgnored() throws IOException {
        ask("vpc-standard");
        Path file = folder.resolve(FingerprintCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertTrue(ask("vpc-standard").decoded() > 0);
    }

    @Test
    void fileNotOlderThanTheCache_isNotTrusted() throws IOException {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        Path readme = lib.requireModule("vpc-standard").directory().resolve("README.md");
        // Dated after the cache file is written: a change in the instant of writing could keep such a stamp.
        Files.setLastModifiedTime(readme, FileTime.from(Instant.now().plusSeconds(3600)));
        assertTrue(ask("vpc-standard").decoded() > 0);
        assertTrue(ask("vpc-standard").decoded() > 0, "the same stamps, but not older than the cache");
        Files.setLastModifiedTime(readme, PAST);
        assertTrue(ask("vpc-standard").decoded() > 0);
        assertEquals(0, ask("vpc-standard").decoded());
    }

    /**
     * Whether a module's HCL has errors is noted when its document is built, and known to a later run while its
     * files are unchanged: a search then says so of a hit without reading its HCL again.
     */
    @Test
    void hclErrors_noted_areKeptWithTheFingerprint_untilAFileChanges() throws IOException {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(lib.catalog()));
        FingerprintCache first = FingerprintCache.open(Optional.of(folder), registry, documents);
        first.fingerprint(lib.requireModule("vpc-basic"), documents);
        first.fingerprint(lib.requireModule("dns"), documents);
        assertEquals(Optional.empty(), first.hclErrors("vpc-basic"), "no document built yet");
        first.noteHcl("vpc-basic", true);
        first.noteHcl("dns", false);
        first.save();
        FingerprintCache second = FingerprintCache.open(Optional.of(folder), registry, documents);
        second.fingerprint(lib.requireModule("vpc-basic"), documents);
        second.fingerprint(lib.requireModule("dns"), documents);
        assertEquals(Optional.of(true), second.hclErrors("vpc-basic"));
        assertEquals(Optional.of(false), second.hclErrors("dns"));
        Path tf = copy.resolve("_library/foundations/networking/vpc-basic/main.tf");
        Files.writeString(tf, Files.readString(tf) + "\n");
        Files.setLastModifiedTime(tf, PAST);
        Library changed = Alexandria.builder().root(copy).noCache().open();
        FingerprintCache third = FingerprintCache.open(Optional.of(folder), registry, documents);
        third.fingerprint(changed.requireModule("vpc-basic"), documents);
        assertEquals(Optional.empty(), third.hclErrors("vpc-basic"), "its files changed: read again");
    }
}
