package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hand-written reference count of {@link Placement#references(String)}. */
class PlacementReferencesTest {

    /** The definition the scan implements, as a regular expression. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?<![A-Za-z0-9_.-])([a-z][a-z0-9]*_[a-z0-9_]+)\\.([A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_-])");

    private static Map<String, Integer> byDefinition(String code) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = DEFINITION.matcher(code);
        while (m.find()) {
            out.merge(m.group(1) + "." + m.group(2), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void references_countsEachTypeDotNameOutsideDeclarations() {
        String code = """
                resource "aws_vpc" "this" {}
                resource "aws_subnet" "private" {
                  vpc_id = aws_vpc.this.id
                  cidr   = cidrsubnet(aws_vpc.this.cidr_block, 4, count.index)
                }
                output "id" { value = aws_subnet.private[0].id }
                locals { x = module.aws_vpc.y, z = data.aws_iam_policy.p.json, w = var.aws_thing.z }
                """;
        assertEquals(Map.of("aws_vpc.this", 2, "aws_subnet.private", 1), Placement.references(code));
    }

    @Test
    void references_needsSomethingAfterTheUnderscoreAndANameAfterTheDot() {
        assertEquals(Map.of(), Placement.references("aws_.x a_b. a_b.1 A_b.x aws_vpcX.y _a_b.c 1a_b.c"));
        assertEquals(Map.of("a_b.x-y", 1, "a__.Z", 1), Placement.references("a_b.x-y a__.Z"));
    }

    @Test
    void references_agreesWithItsDefinitionOnAnyText() {
        qt().withExamples(2000).forAll(codeLike()).checkAssert(code ->
                assertEquals(byDefinition(code), Placement.references(code), code));
    }

    private static Gen<String> codeLike() {
        Gen<String> fragments = arbitrary().pick("aws_vpc", "a_b", "a", "_", ".", "this", "-", "x", "X", "1", " ",
                "\n", "\"", "[0]", "data.", "module.", "aws_", "_x", "é", "${", "}", "Z_q", "b9_");
        return lists().of(fragments).ofSizeBetween(0, 30).map(l -> String.join("", l));
    }
}
