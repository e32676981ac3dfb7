package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module that makes resources of another service only to serve what it is made for (the Firehose stream, Glue
 * table and bucket a WAF or Firewall Manager module delivers its own logs through) is no maker of that service's
 * things: a need naming them gets a module made for them, or is uncovered.
 */
class SideResourcesTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-side-resources");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    private static List<String> ids(String useCase) {
        return RecommendFixture.ids(library.recommend().forUseCase(useCase).run());
    }

    @Test
    void aGlueCatalog_isNotTheWafDeliveringItsLogsThroughOne_butUncovered() {
        String useCase = "data lake on s3 with glue catalog and athena";
        var r = library.recommend().forUseCase(useCase);
        List<String> ids = RecommendFixture.ids(r.run());
        assertFalse(ids.contains("acme-waf"), ids.toString());
        assertTrue(r.uncovered().contains("glue catalog"), r.uncovered().toString());
    }

    @Test
    void aKinesisFirehose_isTheModuleMadeForIt_notAFirewallManagerLoggingThroughOne() {
        List<String> ids = ids("opensearch domain for log analytics fed by kinesis firehose");
        assertTrue(ids.contains("acme-kinesis-firehose"), ids.toString());
        assertFalse(ids.contains("acme-firewall-manager"), ids.toString());
        assertFalse(ids.contains("acme-waf"), ids.toString());
        assertEquals("acme-kinesis-firehose", ids("kinesis firehose").get(0));
    }

    @Test
    void aside_isAServiceTheModuleNamesNot_nextToOneItNames() {
        LibraryModule waf = library.requireModule("acme-waf");
        assertTrue(Makers.aside(waf, "aws_glue_catalog_table"));
        assertTrue(Makers.aside(waf, "aws_kinesis_firehose_delivery_stream"));
        assertFalse(Makers.aside(waf, "aws_wafv2_web_acl"), "waf of wafv2 is named");
        assertFalse(Makers.makes(waf, "glue catalog"));
        assertTrue(Makers.makes(waf, "web acl"));
        LibraryModule fms = library.requireModule("acme-firewall-manager");
        assertTrue(Makers.aside(fms, "aws_kinesis_firehose_delivery_stream"));
        assertFalse(Makers.aside(fms, "aws_fms_policy"), "its admin_account output names aws_fms_admin_account");
        assertTrue(Makers.asideCall(fms, "firehose_s3_bucket", Makers.aside(fms)));
        assertFalse(Makers.madeFor(fms, "kinesis firehose"));
        LibraryModule firehose = library.requireModule("acme-kinesis-firehose");
        assertFalse(Makers.aside(firehose, "aws_kinesis_firehose_delivery_stream"));
        assertTrue(Makers.madeFor(firehose, "kinesis firehose"));
    }
}
