/**
 * The public API of Alexandria: the fluent interfaces reached from {@code dev.alexandria.core.Alexandria}
 * and the exception hierarchy rooted at {@link dev.alexandria.api.AlexandriaException}.
 *
 * <p>Nothing here returns {@code null}: lookups return {@link java.util.Optional}, collections may be empty.
 * Public methods reject {@code null} arguments with a {@link NullPointerException} naming the argument.
 */
package dev.alexandria.api;
