package dev.alexandria.core.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

/**
 * An I/O failure in plain words for a message: the reason the operating system gave ({@code permission denied},
 * {@code Read-only file system}, {@code No space left on device}) and the path it refused, never the name of a
 * Java exception class.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /**
     * The reason, without the path.
     *
     * @param e the failure
     * @return the reason in plain words
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? lowerFirst(f.getReason()) : "the file system refused it";
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "an I/O error";
    }

    /**
     * The reason of any failure, without the path: an I/O failure's (also one wrapped in an
     * {@link UncheckedIOException}) as {@link #reason(IOException)} gives it, else the exception's message.
     *
     * @param e the failure
     * @return the reason in plain words
     */
    public static String reason(Exception e) {
        if (e instanceof IOException io) {
            return reason(io);
        }
        if (e instanceof UncheckedIOException u) {
            return reason(u.getCause());
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The path the failure names, if it names one.
     *
     * @param e the failure
     * @return the path as the operating system was given it
     */
    public static Optional<String> path(IOException e) {
        return e instanceof FileSystemException f ? Optional.ofNullable(f.getFile()) : Optional.empty();
    }

    /**
     * The path and the reason: {@code /lib/_catalog/module-registry.yaml: permission denied}.
     *
     * @param e the failure
     * @return the description
     */
    public static String describe(IOException e) {
        return path(e).map(p -> p + ": ").orElse("") + reason(e);
    }

    /**
     * What to do about a failure to write, for a message's fix.
     *
     * @param e the failure
     * @return the fix, in plain words
     */
    public static String writeFix(IOException e) {
        String r = reason(e).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || r.contains("permission") || r.contains("not permitted")) {
            return "check the folder's permissions";
        }
        if (r.contains("read-only")) {
            return "the file system is mounted read-only; work on a writable copy of the library";
        }
        if (r.contains("no space") || r.contains("quota")) {
            return "free some disk space and try again";
        }
        return "check the folder's permissions and free space";
    }

    private static String lowerFirst(String s) {
        // "Read-only file system" reads as a reason after a colon; keep acronyms ("I/O error") as they are
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
