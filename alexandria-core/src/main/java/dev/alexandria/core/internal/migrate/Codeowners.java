package dev.alexandria.core.internal.migrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS file, as GitHub reads it: rules of a path pattern and owners, the last matching rule wins. Looked
 * for in the module's folder, then in the migrated folder and its git work tree ({@code CODEOWNERS},
 * {@code .github/CODEOWNERS}, {@code docs/CODEOWNERS}).
 */
record Codeowners(String file, List<Rule> rules) {

    record Rule(Pattern pattern, String text, List<String> owners) {
    }

    static Optional<Codeowners> find(Path dir) {
        for (String n : List.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS")) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return Optional.of(parse(Readme.read(p), n));
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
