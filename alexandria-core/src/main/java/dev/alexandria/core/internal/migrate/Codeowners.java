package dev.alexandria.core.internal.migrate;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS file, as GitHub reads it: rules of a path pattern and owners, the last matching rule wins. In a
 * folder it is looked for where GitHub looks, in GitHub's order, the first found being the one that counts:
 * {@code .github/CODEOWNERS}, {@code CODEOWNERS}, {@code docs/CODEOWNERS} (GitHub Docs, "About code owners",
 * "CODEOWNERS file location"); then {@code .gitlab/CODEOWNERS}, where GitLab also looks. The planner looks in the
 * module's folder, then the migrated folder, then the root of the git work tree that holds it — the one GitHub
 * reads, whose patterns are relative to the repository root.
 *
 * @param file  the file as the plan's evidence names it (relative to the migrated folder)
 * @param rules the rules, in the file's order
 */
record Codeowners(String file, List<Rule> rules) {

    /** Where a CODEOWNERS file is looked for in a folder, in this order. */
    static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS",
            ".gitlab/CODEOWNERS");

    record Rule(Pattern pattern, String text, List<String> owners) {
    }

    /**
     * The CODEOWNERS file of a folder.
     *
     * @param dir the folder
     * @return the first file of {@link #LOCATIONS} that exists in it, named by its place in the folder
     */
    static Optional<Codeowners> find(Path dir) {
        return find(dir, "");
    }

    /**
     * @param dir    the folder
     * @param prefix put before the file's name in {@link #file()} ({@code ../../} for a repository root above)
     */
    static Optional<Codeowners> find(Path dir, String prefix) {
        for (String n : LOCATIONS) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return Optional.of(parse(Readme.read(p), prefix + n));
            }
        }
        return Optional.empty();
    }

    /**
     * The root of the git work tree above a folder (the nearest ancestor with a {@code .git} folder or file),
     * when it is not the folder itself.
     *
     * @param folder the migrated folder (absolute, normalized)
     * @return the work tree's root
     */
    static Optional<Path> repositoryRootAbove(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return p.equals(folder) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Codeowners parse(String text, String file) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 2) {
                continue;
            }
            List<String> owners = new ArrayList<>();
            for (int i = 1; i < parts.length && !parts[i].startsWith("#"); i++) {
                owners.add(parts[i]);
            }
            rules.add(new Rule(glob(parts[0]), parts[0], List.copyOf(owners)));
        }
        return new Codeowners(file, List.copyOf(rules));
    }

    /** The owners of a folder, given relative to the file's base with {@code /}; {@code ""} for the base. */
    Optional<Rule> ownersOf(String path) {
        String p = "/" + path + (path.isEmpty() ? "" : "/");
        Rule match = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(p).find() || r.pattern().matcher(p + "main.tf").find()) {
                match = r;
            }
        }
        return Optional.ofNullable(match).filter(r -> !r.owners().isEmpty());
    }

    private static Pattern glob(String pattern) {
        boolean anchored = pattern.startsWith("/") || pattern.substring(0, Math.max(0, pattern.length() - 1))
                .contains("/");
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        StringBuilder re = new StringBuilder(anchored ? "^/" : "(^|/)");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
                    re.append(".*");
                    i++;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (!p.endsWith("/")) {
            re.append("(/|$)");
        }
        return Pattern.compile(re.toString());
    }
}
