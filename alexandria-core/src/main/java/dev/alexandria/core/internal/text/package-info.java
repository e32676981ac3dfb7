/**
 * Text shared by every package's messages: "did you mean" for names a user got wrong (the edit distance and the
 * closest known name), the reason an external program gives for a failure, and I/O failures in plain words
 * ({@code IoProblems}), symbolic links that loop ({@code SymbolicLinks}), paths in a text named from the library root
 * ({@code PathsInText}). A leaf package: it depends on the JDK only, so any domain package
 * may use it.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria}.
 */
package dev.alexandria.core.internal.text;
