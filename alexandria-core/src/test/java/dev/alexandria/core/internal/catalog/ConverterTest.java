package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsed values are shared between files that repeat a text; a text that does not parse is reported every time. */
class ConverterTest {

    @Test
    void repeatedText_givesOneSharedValue_badTextIsReportedEachTime() {
        List<Finding> findings = new ArrayList<>();
        Converter c = new Converter(YamlFiles.parse("a: 1\n", "x.yaml"), findings);
        assertEquals(Version.parse("1.4.2"), c.version("1.4.2", "/a").orElseThrow());
        assertSame(c.version("1.4.2", "/a").orElseThrow(), c.version("1.4.2", "/a").orElseThrow());
        assertEquals(LocalDate.of(2026, 3, 14), c.date("2026-03-14", "/a").orElseThrow());
        assertSame(c.date("2026-03-14", "/a").orElseThrow(), c.date("2026-03-14", "/a").orElseThrow());
        assertEquals(VersionConstraint.parse(">= 1.0, < 2.0").toString(),
                c.constraint(">= 1.0, < 2.0", "/a").orElseThrow().toString());
        assertSame(c.constraint(">= 1.0, < 2.0", "/a").orElseThrow(),
                c.constraint(">= 1.0, < 2.0", "/a").orElseThrow());
        assertEquals(Category.parse("foundations/networking"),
                c.category("foundations/networking", "/a").orElseThrow());
        assertEquals(List.of(), findings);

        for (int i = 0; i < 2; i++) {
            assertTrue(c.version("1.4", "/a").isEmpty());
            assertTrue(c.date("2026-14-03", "/a").isEmpty());
            assertTrue(c.constraint(">= x", "/a").isEmpty());
            assertTrue(c.category("nowhere", "/a").isEmpty());
        }
        assertEquals(8, findings.size(), findings.toString());
        assertEquals(findings.subList(0, 4), findings.subList(4, 8));
    }
}
