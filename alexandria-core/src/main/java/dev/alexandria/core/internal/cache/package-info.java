/**
 * The persistent cache that lets an unchanged library open without re-reading its files: what was read from
 * each catalog file, each module's {@code .alexandria.yaml} and each module's HCL, in a compact binary form,
 * with the size, modification and change time (nanoseconds) and content digest of the files it came from.
 *
 * <p>Where it lives: {@code $ALEXANDRIA_CACHE_DIR/<hash of the library's real path>}, else
 * {@code $XDG_CACHE_HOME/alexandria/<hash>}, else {@code ~/.cache/alexandria/<hash>}; never inside the library,
 * so read-only checkouts work ({@link CacheLocation}). An entry is used only when its files are unchanged: the
 * size, modification and change time are compared first ({@link FileStat}) and a file's content is hashed only
 * when they differ or when
 * the file is not older than the cache file that holds the entry (git's "racily clean" rule: a file changed
 * within the same clock tick as the cache was written would otherwise look unchanged) ({@link LibraryCache}).
 * Every cache file starts with a header naming its format version, the Alexandria build that wrote it and the
 * library it belongs to, and ends with a checksum; a file that is truncated, corrupt or foreign is ignored and
 * rebuilt, never trusted ({@link CacheFiles}). Files are replaced by writing a temporary file and renaming it,
 * so processes that open the same library at once never see half a file. A cache that cannot be written (a
 * read-only home, a full disk) only makes opening slower.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria}.
 */
package dev.alexandria.core.internal.cache;
