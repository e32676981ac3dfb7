package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.VersionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria versions <module>}: the registered and tagged versions of a module, with dates, tags and
 * maturity.
 *
 * @since 0.2.0
 */
@Command(name = "versions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List a module's versions, highest first: those in the registry and those tagged in git"
                + " (<module>/v<version>), with release date, maturity, publication day, tag, commit and changelog."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria versions vpc-standard",
            "  alexandria versions vpc-standard --output json",
            "",
            "Exit codes:",
            "  0  listed",
            "  1  listed, and the module's HCL has errors (listed on stderr at their lines,",
            "     each with its fix)",
            "  2  usage error (unknown module or option)",
            "  3  data error (bad library file, a git repository that cannot be read)",
        })
final class VersionsCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE",
            description = ModuleArguments.MODULE_HELP)
    private String module;

    @Override
    protected java.util.Optional<String> onlyModule(dev.alexandria.examples.LibraryLocation where) {
        // no other module is read (Alexandria.Builder.openModule)
        return java.util.Optional.of(moduleName(spec(), where, module));
    }

    @Override
    protected int run(Library library) {
        LibraryModule m = LifecycleCommand.requireModule(spec(), library, module);
        ModuleVersions versions = library.versions(m.id().value());
        List<VersionInfo> list = versions.list();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module", m.id().value());
        view.put("current", versions.current().toString());
        view.put("versions", list.stream().map(VersioningViews::version).toList());
        // tags named like a version that are none are listed as ignored, with why, never dropped unseen
        List<dev.alexandria.api.model.IgnoredTag> ignored = versions.ignoredTags();
        if (!ignored.isEmpty()) {
            view.put("ignored_tags", ignored.stream().map(t -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("tag", t.tag());
                v.put("reason", t.reason());
                return v;
            }).toList());
        }
        print(view, () -> {
            out().println(m.id() + ": working tree at " + versions.current() + ", " + list.size()
                    + (list.size() == 1 ? " version" : " versions"));
            if (!list.isEmpty()) {
                out().println();
                VersioningViews.printVersions(out(), list, ignored, table("VERSION", "RELEASED", "MATURITY",
                        "PUBLISHED", "TAG", "COMMIT", "CHANGELOG"));
            }
        });
        // a warning as every other one, on stderr in every format: stdout holds the listing alone (the JSON carries
        // them as ignored_tags too)
        out().flush();
        ignored.forEach(t -> err().println(Messages.shorten("warning: ignored tag " + t.tag() + ": " + t.reason())));
        err().flush();
        return reportModuleFindings(library, List.of(m));
    }

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
