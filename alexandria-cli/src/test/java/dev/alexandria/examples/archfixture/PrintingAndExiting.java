package dev.alexandria.examples.archfixture;

/** Violates the output rules on purpose; only ArchitectureRulesCanFailTest imports it. Never called. */
public final class PrintingAndExiting {
    static void print() {
        System.out.println("library code must not print");
    }

    static void exit() {
        System.exit(1);
    }
}
