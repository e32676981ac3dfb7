/**
 * Discovery: browsing by layer and category, and search over the {@code SearchBackend} SPI — choosing the
 * backend, turning modules into search documents (with the vocabulary of {@code tags.yaml} and a built-in one),
 * keeping the index in the library's cache folder in sync, and the in-memory backend used when no provider is
 * on the class path.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.api.Library#search(String)}.
 */
package dev.alexandria.core.internal.discovery;
