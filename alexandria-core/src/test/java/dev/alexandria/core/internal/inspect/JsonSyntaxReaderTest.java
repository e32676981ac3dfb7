package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How blocks are unpacked from the HCL JSON syntax: HCL's {@code unpackBlock} and {@code collectDeepAttrs}
 * (hashicorp/hcl v2.24, {@code json/structure.go}), with its messages.
 */
class JsonSyntaxReaderTest {

    private final List<Diagnostic> diags = new ArrayList<>();

    /** The blocks of a file, each as {@code type label... (line:column) argument names}, depth first. */
    private List<String> blocks(String json) {
        List<String> out = new ArrayList<>();
        collect(JsonSyntaxReader.read(json.toCharArray(), "t.tf.json", diags), "", out);
        return out;
    }

    private static void collect(Syntax.Body body, String indent, List<String> out) {
        for (Syntax.Block b : body.blocks) {
            List<String> names = b.body.attributes.stream().map(a -> a.name).toList();
            out.add(indent + String.join(" ", b.type, String.join(" ", b.labels)).strip() + " (" + b.line + ":"
                    + b.column + ") " + names);
            collect(b.body, indent + "  ", out);
        }
    }

    private List<String> problems() {
        return diags.stream().map(d -> d.location().line() + ":" + d.location().column() + " " + d.summary() + ": "
                + d.detail()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"variable": {"a": null}}'
            '{"variable": [{"b": null}]}'
            '{"terraform": null}'
            '{"resource": {"aws_instance": {"web": null}}, "variable": {"a": {"validation": null}}}'
            """)
    void aNullBlockBody_afterTheLastLabel_declaresNoBlock_andIsNoError(String json) {
        List<String> found = blocks(json);
        assertEquals(List.of(), problems());
        assertEquals(json.contains("validation") ? List.of("variable a (1:65) []") : List.of(), found);
    }

    @Test
    void blockArrays_atEveryLabelLevel_andAtTheBodyLevel() {
        List<String> found = blocks("""
                {
                  "variable": [
                    {"first": {"default": 1}},
                    {"second": [{"description": "x"}, null], "third": null}
                  ],
                  "resource": {"aws_instance": [{"a": {}}, {"b": [{"count": 1}]}]}
                }
                """);
        assertEquals(List.of(), problems());
        assertEquals(List.of("variable first (3:15) [default]", "variable second (4:16) [description]",
                "variable second (4:16) []", "resource aws_instance a (6:39) []",
                "resource aws_instance b (6:50) [count]"), found);
    }

    @Test
    void aBlockPosition_isTheOpeningBraceOfItsBody_notItsLabel() {
        List<String> found = blocks("{\n  \"variable\": {\n    \"a\":\n\n      {\"default\": 1}\n  }\n}\n");
        assertEquals(List.of("variable a (5:7) [default]"), found);
    }

    @Test
    void aBodyGivenAsAnArrayOfObjects_mergesTheirArguments() {
        List<String> found = blocks("{\"variable\": {\"a\": [[{\"default\": 1}, {\"type\": \"number\"}]]}}");
        assertEquals(List.of(), problems());
        assertEquals(List.of("variable a (1:20) [default, type]"), found);
    }

    @Test
    void commentProperties_areIgnoredInBodies_butAreLabelsAtALabelLevel() {
        List<String> found = blocks("{\"//\": 1, \"variable\": {\"a\": {\"//\": \"c\", \"default\": 1}, "
                + "\"//\": {\"default\": 2}}}");
        assertEquals(List.of(), problems());
        assertEquals(List.of("variable a (1:29) [default]", "variable // (1:62) [default]"), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"variable": null}'              | 1:14 Missing block label: At least one object property is required, whose name represents the variable block's name.
            '{"variable": {}}'                | 1:14 Missing block label: At least one object property is required, whose name represents the variable block's name.
            '{"resource": {"aws_instance": null}}' | 1:31 Missing block label: At least one object property is required, whose name represents the resource block's name.
            '{"resource": {"aws_instance": {}}}' | 1:31 Missing block label: At least one object property is required, whose name represents the resource block's name.
            '{"variable": [null]}'            | 1:15 Incorrect JSON value type: A JSON object is required here, to specify name labels for this block.; 1:14 Missing block label: At least one object property is required, whose name represents the variable block's name.
            '{"variable": "x"}'               | 1:14 Incorrect JSON value type: Either a JSON object or JSON array of objects is required here, to specify name labels for this block.; 1:14 Missing block label: At least one object property is required, whose name represents the variable block's name.
            '{"variable": {"a": "x"}}'        | 1:20 Incorrect JSON value type: Either a JSON object or a JSON array is required, representing the contents of one or more "variable" blocks.
            '{"variable": {"a": [1]}}'        | 1:21 Incorrect JSON value type: Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.
            '{"variable": {"a": [[{}, null, 2]]}}' | 1:26 Incorrect JSON value type: A JSON object is required here, to define arguments and child blocks.; 1:32 Incorrect JSON value type: A JSON object is required here, to define arguments and child blocks.
            """)
    void aBlockOfTheWrongJsonType_isHclsError(String json, String expected) {
        blocks(json);
        assertEquals(List.of(expected.split("; ")), problems());
    }
}
