/**
 * The bundled sample library and the library resolution order shared by the CLI and JShell.
 *
 * <p>{@link dev.alexandria.examples.SampleLibrary#path()} gives a usable copy of the bundled library;
 * {@link dev.alexandria.examples.LibraryLocation#resolve()} picks the library a tool should open.
 */
package dev.alexandria.examples;
