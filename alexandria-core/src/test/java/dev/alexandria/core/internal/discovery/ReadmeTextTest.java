package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadmeTextTest {

    private static String fixture() throws IOException {
        try (InputStream in = ReadmeTextTest.class.getResourceAsStream("/discovery/readme-boilerplate/README.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * GitHub admonition blocks, badges and HTML are a module collection's boilerplate, not what the module does:
     * search highlights showed cloudposse's "Use Atmos with Terraform" tip as a module's README match (issue 11).
     */
    @Test
    void clean_dropsAdmonitionBlocksBadgesAndHtml_keepsTheModulesProse() throws IOException {
        String text = ReadmeText.clean(fixture());
        assertTrue(text.contains("Terraform module to provision a durable message queue with a dead-letter queue"),
                text);
        assertTrue(text.contains("Messages older than the retention period are dropped"), text);
        assertTrue(text.contains("Quoted prose of the module's own stays: encryption at rest uses a customer"),
                "a plain quote is the module's prose: " + text);
        assertTrue(text.contains("Usage"), text);
        for (String boilerplate : new String[] {"Atmos", "atmos", "Spacelift", "Watch demo", "commercial support",
                "provider versions", "Enterprise support", "TIP", "[!", "Latest Release", "Project Banner", "Build",
                "Licence", "shields", "<"}) {
            assertFalse(text.contains(boilerplate), boilerplate + " left in: " + text);
        }
    }

    @Test
    void clean_anAdmonitionEndsAtTheFirstUnquotedLine() {
        assertEquals("A queue.", ReadmeText.clean("> [!NOTE]\n> Boilerplate.\nA queue."));
        assertEquals("Intro.\nA queue.", ReadmeText.clean("Intro.\n  >  [!Caution]  \n>\n> More.\nA queue."));
    }
}
