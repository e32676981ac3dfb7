/**
 * The {@code alexandria} command line (picocli). The only package allowed to print and to exit the JVM.
 *
 * <p>{@link dev.alexandria.cli.AlexandriaCli} is the entry point; commands that work on a library extend
 * {@link dev.alexandria.cli.LibraryCommand}. Not an API for other code: nothing else may depend on it.
 */
package dev.alexandria.cli;
