package dev.alexandria.core.internal.versioning;

import java.nio.file.Path;

/**
 * The git commands a fix names, written so that a user can paste them from any folder: every one starts with
 * {@code git -C <library root>}, since the user who reads the fix may be in another folder than the library (a CI
 * job's checkout root, a module's folder of another clone), where a bare {@code git tag} would tag another
 * repository or fail. The root is quoted for a POSIX shell when it needs it.
 */
public final class GitCommands {

    private GitCommands() {
    }

    /**
     * A path as one word of a POSIX shell command a fix names: as it is when it holds only characters no shell
     * treats specially, else in single quotes.
     *
     * @param s a path or other word
     * @return the word, quoted when needed
     */
    public static String shellWord(String s) {
        boolean plain = !s.isEmpty() && s.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || "/._-+:@%,".indexOf(c) >= 0));
        return plain ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * @param root the library root (any folder inside the repository)
     * @return {@code git -C <root>}
     */
    public static String git(Path root) {
        return "git -C " + shellWord(root.toString());
    }

    /**
     * The command that tags a version by hand as a release tags it: annotated, with a message (a bare
     * {@code git tag -a} opens an editor, and fails without one).
     *
     * @param root    the library root
     * @param tag     the tag's name
     * @param message its message, such as {@code vpc-standard 1.2.0}
     * @param commit  what to tag: a commit id, or a placeholder such as {@code <commit>} when none is known
     * @param move    whether the tag exists and is moved ({@code -f})
     * @return {@code git -C <root> tag [-f] -a <tag> -m "<message>" <commit>}
     */
    public static String tag(Path root, String tag, String message, String commit, boolean move) {
        return git(root) + " tag " + (move ? "-f " : "") + "-a " + tag + " -m \"" + message + "\" " + commit;
    }

    /**
     * @param root the library root
     * @param tag  the tag's name
     * @return {@code git -C <root> tag -d <tag>}
     */
    public static String deleteTag(Path root, String tag) {
        return git(root) + " tag -d " + tag;
    }

    /**
     * The command that lists the commits of a module folder, the candidates for a version's release commit when
     * the registry records no tree to find it by.
     *
     * @param root   the library root
     * @param folder the module folder
     * @return {@code git -C <root> log --oneline -- <folder below the root>}
     */
    public static String candidates(Path root, Path folder) {
        return git(root) + " log --oneline -- " + shellWord(root.relativize(folder).toString().replace('\\', '/'));
    }
}
