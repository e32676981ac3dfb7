package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A need is met by what a module makes, not by a data source it reads: on the sample library, eks-standard reads
 * {@code data "tls_certificate"} for its identity provider, which the search finds for "tls certificate" in its
 * resource types; it makes no certificate.
 */
class MadeNotReadTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(SAMPLE);
    }

    private static SearchResult.Highlight resources(String text, String id) {
        SearchResult.Hit hit = library.search(text).run().hits().stream()
                .filter(h -> h.module().id().value().equals(id)).findFirst().orElseThrow();
        return hit.highlights().stream().filter(x -> x.field().equals("resources")).findFirst().orElseThrow();
    }

    @Test
    void aMatchInADataSourcesType_saysNothingOfWhatTheModuleMakes() {
        SearchResult.Highlight read = resources("tls certificate", "eks-standard");
        assertTrue(read.fragment().contains("tls_certificate"), read::toString);
        assertFalse(Recommender.identifies(library.requireModule("eks-standard"), read));
        SearchResult.Highlight made = resources("internet gateway", "vpc-basic");
        assertTrue(made.fragment().contains("aws_internet_gateway"), made::toString);
        assertTrue(Recommender.identifies(library.requireModule("vpc-basic"), made), made::toString);
    }

    @Test
    void aStaticWebsite_getsTheBucket_andNamesTheCertificateAsUncovered() {
        Recommend r = library.recommend().forUseCase("static website");
        List<Recommendation> rs = r.run();
        assertEquals("s3-basic", rs.get(0).module().id().value(), rs::toString);
        assertTrue(rs.stream().noneMatch(x -> x.module().id().value().equals("eks-standard")), rs::toString);
        assertTrue(r.uncovered().contains("tls certificate (implied by 'website')"), r.uncovered()::toString);
    }
}
