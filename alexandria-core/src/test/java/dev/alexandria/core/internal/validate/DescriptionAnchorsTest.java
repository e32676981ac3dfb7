package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A variable or output without a description is reported at the line of its own block, whatever comes before it
 * in the file: comments and heredocs that look like blocks, one-line blocks, nested blocks, CRLF line ends.
 */
class DescriptionAnchorsTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("after a block comment that looks like a block", """
                        /* a comment { with braces
                        variable "fake" {
                        */
                        variable "real_one" {
                          type = string
                        }
                        """, List.of("variable 'real_one' at 4")),
                Arguments.of("after a heredoc that looks like a block", """
                        locals {
                          doc = <<-EOT
                            variable "inside_heredoc" {
                            }
                          EOT
                        }

                        variable "after_doc" {
                          type = string
                        }
                        """, List.of("variable 'after_doc' at 8")),
                Arguments.of("one-line blocks, the second described", """
                        variable "one_line" { type = string }
                        variable "described" {
                          type        = string
                          description = "Described."
                        }
                        output "o_one" { value = 1 }
                        """, List.of("output 'o_one' at 6", "variable 'one_line' at 1")),
                Arguments.of("a nested validation block, then an output", """
                        variable "checked" {
                          type = string
                          validation {
                            condition     = length(var.checked) > 0
                            error_message = "Must not be empty."
                          }
                        }
                        output "after_nested" {
                          value = var.checked
                        }
                        """, List.of("output 'after_nested' at 8", "variable 'checked' at 1")),
                Arguments.of("CRLF line ends", "variable \"crlf_one\" {\r\n  type = string\r\n}\r\n\r\n"
                        + "variable \"crlf_two\" {\r\n  type = string\r\n}\r\n",
                        List.of("variable 'crlf_one' at 1", "variable 'crlf_two' at 5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void undescribedVariableOrOutput_isReportedAtItsOwnBlock(String layout, String hcl, List<String> expected)
            throws IOException {
        Path root = Fixtures.library(tmp, "");
        Files.writeString(root.resolve(NET + "extra.tf"), hcl);
        ValidationReport report = LibraryLoader.open(root).validate(List.of("net-core"), Fixtures.noTools(tmp));
        List<String> found = report.findings().stream()
                .filter(f -> f.ruleId().equals(HclRules.VARIABLE_DOCUMENTED)
                        || f.ruleId().equals(HclRules.OUTPUT_DOCUMENTED))
                .filter(f -> f.location().file().equals(NET + "extra.tf"))
                .map(f -> f.message().replaceFirst(" has no description$", "") + " at " + f.location().line())
                .sorted()
                .toList();
        assertEquals(expected, found, layout);
    }
}
