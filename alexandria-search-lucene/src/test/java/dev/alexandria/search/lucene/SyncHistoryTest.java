package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.SyncResult;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same modules get the same answers, to the bit, whatever syncs brought the index to them: an updated or removed
 * module leaves no deleted document behind in the statistics BM25 scores with (before: scores and order
 * differed between a long-used cache and a fresh one).
 */
class SyncHistoryTest {

    @TempDir
    Path dir;

    private static IndexSpec spec(Path folder) {
        return new IndexSpec(Optional.of(folder), List.of(FieldSpec.text("name", 3.0),
                FieldSpec.text("description", 1.0)), Vocabulary.empty());
    }

    /** Each module's fingerprint is its text's: an unchanged module is not indexed again. */
    private static List<IndexEntry> entries(Map<String, String> modules) {
        return modules.entrySet().stream().map(e -> new IndexEntry(e.getKey(), Integer.toHexString(e.getValue().hashCode()),
                () -> SearchDocument.builder(e.getKey()).text("name", e.getKey().replace('-', ' '))
                        .text("description", e.getValue()).build())).toList();
    }

    @Test
    void answersDependOnTheModulesAlone_notOnTheSyncsBefore() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("vpc-standard", "VPC with NAT gateways across availability zones and encrypted flow logs");
        before.put("vpc-basic", "A small VPC for sandboxes");
        before.put("rds-postgres", "Managed PostgreSQL with automatic backups, encrypted storage");
        before.put("s3-basic", "An encrypted bucket with versioning");
        before.put("kms", "Encryption keys with rotation");
        before.put("eks-standard", "Kubernetes cluster with encrypted secrets");
        for (int i = 0; i < 40; i++) {
            before.put("filler-" + i, "Module number " + i + (i % 3 == 0 ? " with encrypted storage" : " for tests"));
        }
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("vpc-basic", "A small VPC for sandboxes, with encrypted flow logs now");
        after.remove("kms");
        after.put("xray", "Tracing with encryption at rest");

        SearchIndex used = new LuceneSearchBackend().open(spec(dir.resolve("used")));
        SearchIndex fresh = new LuceneSearchBackend().open(spec(dir.resolve("fresh")));
        try {
            used.sync(entries(before));
            SyncResult second = used.sync(entries(after));
            assertEquals(new SyncResult(1, 1, 1, 44, false), second, "an update, a removal, an addition");
            fresh.sync(entries(after));
            for (String text : List.of("encrypted", "encryption flow logs", "vpc", "sandboxes", "backups")) {
                SearchQuery q = SearchQuery.builder().text(text).limit(60).build();
                assertEquals(describe(fresh.search(q)), describe(used.search(q)), text);
            }
        } finally {
            used.close();
            fresh.close();
        }
    }

    private static String describe(SearchResults r) {
        StringBuilder sb = new StringBuilder().append(r.totalHits());
        r.hits().forEach(h -> sb.append(' ').append(h.id()).append('=')
                .append(Long.toHexString(Double.doubleToRawLongBits(h.score()))));
        return sb.toString();
    }
}
