package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleDetailsTest {

    @Test
    void read_findsMovedAndRemovedBlocksInBothSyntaxes() {
        ModuleDetails d = ModuleDetails.read("m", Map.of(
                "main.tf", "moved {\n  from = aws_vpc.a\n  to   = aws_vpc.b[\"x\"]\n}\n"
                        + "removed {\n  from = aws_s3_bucket.logs\n  lifecycle {\n    destroy = false\n  }\n}\n",
                "more.tf.json", "{\"moved\": [{\"from\": \"module.old\", \"to\": \"module.new\"}],"
                        + " \"removed\": [{\"from\": \"aws_iam_role.r\"}]}"));
        assertEquals(List.of(new ModuleDetails.Moved("aws_vpc.a", "aws_vpc.b[\"x\"]", SourceLocation.of("m/main.tf", 1,
                1)), new ModuleDetails.Moved("module.old", "module.new", d.moved().get(1).location())), d.moved());
        assertEquals("m/more.tf.json", d.moved().get(1).location().file());
        assertEquals(List.of(false, true), d.removed().stream().map(ModuleDetails.Removed::destroy).toList());
        assertEquals(List.of("aws_s3_bucket.logs", "aws_iam_role.r"), d.removed().stream()
                .map(ModuleDetails.Removed::from).toList());
    }

    @Test
    void read_takesModuleCallRepetitionAndValidationsWithOverrides() {
        ModuleDetails d = ModuleDetails.read("m", Map.of(
                "main.tf", "module \"a\" {\n  source = \"./a\"\n  count = 2\n}\n"
                        + "variable \"v\" {\n  validation {\n    condition = var.v > 0\n    error_message = \"x\"\n  }\n}\n"
                        + "terraform {\n  required_version = \">= 1.3\"\n  required_providers {\n"
                        + "    aws = { source = \"hashicorp/aws\" }\n  }\n}\n",
                "main_override.tf", "module \"a\" {\n  for_each = var.m\n}\n"));
        assertEquals(new ModuleDetails.Repetition(Optional.of("2"), Optional.of("var.m")), d.moduleCalls().get("a"));
        assertEquals(List.of("var.v > 0"), d.validations().get("v").stream().map(ModuleDetails.Validation::condition)
                .toList());
        assertEquals(SourceLocation.of("m/main.tf", 12, 3), d.requirementLocations().get("terraform"));
        assertEquals(SourceLocation.of("m/main.tf", 14, 5), d.requirementLocations().get("provider.aws"));
    }
}
