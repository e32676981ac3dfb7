package dev.alexandria.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolMessagesTest {

    private static final String OFFLINE_INIT = "Initializing provider plugins...\n"
            + "- Finding hashicorp/aws versions matching \">= 5.0.0\"...\n\n"
            + "Error: Failed to query available provider packages\n\n"
            + "Could not retrieve the list of available versions for provider hashicorp/aws:\n"
            + "could not connect to registry.terraform.io: no such host\n\n"
            + "To see which modules are currently depending on hashicorp/aws and what\n"
            + "versions are specified, run the following command:\n"
            + "    terraform providers\n";

    @Test
    void reason_isTheFirstErrorWithItsWholeDetailParagraphNeverTheHint() {
        assertEquals("Error: Failed to query available provider packages Could not retrieve the list of available "
                + "versions for provider hashicorp/aws: could not connect to registry.terraform.io: no such host",
                ToolMessages.reason(OFFLINE_INIT));
    }

    @Test
    void firstError_readsTheBoxedTerminalFormAndSkipsWarnings() {
        String boxed = "╷\n│ Warning: Unable to open CLI configuration file\n│\n│ The file does not exist.\n╵\n"
                + "╷\n│ Error: Unsupported argument\n│\n│   on main.tf line 3, in resource \"a\" \"b\":\n│    3:   x = 1\n"
                + "│ \n│ An argument named \"x\" is\n│ not expected here.\n╵\n";
        assertEquals(Optional.of("Error: Unsupported argument (on main.tf line 3, in resource \"a\" \"b\") An argument"
                + " named \"x\" is not expected here."), ToolMessages.firstError(boxed));
    }

    /** terraform init's wrapper names no file: the error after it that does is the reason (not "... described below."). */
    @Test
    void firstError_prefersAnErrorAtAFileAndLine_toInitsWrapper() {
        String init = "\nError: Terraform encountered problems during initialisation, including problems\nwith the "
                + "configuration, described below.\n\nThe Terraform configuration must be valid.\n\n"
                + "Error: Unsupported block type\n\n  on main.tf line 3:\n   3: resourc \"a\" \"b\" {\n\n"
                + "Blocks of type \"resourc\" are not expected here.\n\nSecond paragraph.\n";
        assertEquals(Optional.of("Error: Unsupported block type (on main.tf line 3) Blocks of type \"resourc\" are "
                + "not expected here."), ToolMessages.firstError(init));
        assertEquals(java.util.List.of(new ToolMessages.Diagnostic("Terraform encountered problems during "
                + "initialisation, including problems with the configuration, described below.", Optional.empty(), 0,
                "The Terraform configuration must be valid."), new ToolMessages.Diagnostic("Unsupported block type",
                Optional.of("main.tf"), 3, "Blocks of type \"resourc\" are not expected here. Second paragraph.")),
                ToolMessages.errors(init));
    }

    @Test
    void reason_withoutAnErrorLineIsTheLastLineOfTheFirstOutputThatHasOne() {
        assertEquals("second", ToolMessages.reason("", "first\nsecond\n\n"));
        assertEquals("no output", ToolMessages.reason("", " \n"));
        assertEquals(Optional.empty(), ToolMessages.firstError("all good"));
    }

    @Test
    void firstError_looksInTheOutputsInOrder() {
        assertEquals(Optional.of("Error: from stderr detail"),
                ToolMessages.firstError("Error: from stderr\n\ndetail\n", "Error: from stdout\n"));
    }
}
