package dev.alexandria.cli;

import dev.alexandria.api.model.PriceImport;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria import-prices <offer.json|offer.csv>}: imports an AWS Price List offer file into the library's
 * price store, {@code _catalog/prices/}, whose prices take precedence over the bundled ones. A top-level command,
 * so it never collides with a module id.
 *
 * @since 0.1.0
 */
@Command(name = "import-prices", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import an AWS Price List offer file (JSON or CSV, streamed: a region's EC2 file of several "
                + "hundred MB is fine) into the library's price store, _catalog/prices/<provider>/<offer>/<region>.csv."
                + " Commit the store with the library: estimates then use these prices, each line naming them.",
            "Only on-demand prices the models use are kept; reserved terms, Capacity Blocks and their $0 twins are "
                + "skipped; a file priced in another currency than USD is refused."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  imported: the store files written are listed; an import merges into",
            "     the store (a newer stored price is kept)",
            "  2  usage error (no library, a file that does not exist)",
            "  3  a refused or malformed offer file (file:line:column and the fix;",
            "     nothing written)",
            "",
            "Examples:",
            "  offers=https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws",
            "  curl -O $offers/AmazonECS/current/us-east-1/index.json",
            "  alexandria import-prices index.json",
        })
final class ImportPricesCommand implements Callable<Integer> {

    // The global options but --no-cache, declared here: an import reads the offer file and writes the price store,
    // and never reads the library's cache, so --no-cache would be accepted and change nothing.
    @Option(names = "--library", paramLabel = "PATH", description = GlobalOptions.LIBRARY_HELP)
    private Path library;

    @Option(names = "--output", paramLabel = "FORMAT", converter = OutputFormat.Choice.class,
            completionCandidates = OutputFormat.Choice.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    private OutputFormat output;

    @Option(names = {"-v", "--verbose"}, description = GlobalOptions.VERBOSE_HELP)
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The offer file (.json or .csv).")
    private Path file;

    @Override
    public Integer call() {
        Object root = spec.root().userObject();
        java.util.Optional<GlobalOptions> outer = root instanceof AlexandriaCli cli ? java.util.Optional.of(cli.options())
                : java.util.Optional.empty();
        OutputFormat format = output != null ? output : outer.map(GlobalOptions::output).orElse(OutputFormat.TABLE);
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, library != null ? java.util.Optional.of(library)
                : outer.flatMap(GlobalOptions::library));
        PrintWriter err = spec.commandLine().getErr();
        if (where.isBundledSample()) {
            err.println("alexandria: error: no library found in " + env.workingDirectory() + "; import-prices writes "
                    + "into a library's _catalog/prices/");
            err.println("  fix: run it in a library, or give --library PATH (or set ALEXANDRIA_LIBRARY)");
            err.flush();
            return ExitCode.USAGE;
        }
        if (!CostCommand.readable(err, "", file.toString(), env.workingDirectory())) {
            return ExitCode.USAGE;
        }
        PriceImport result = Alexandria.importPrices(where.path(), env.workingDirectory().resolve(file));
        if (format == OutputFormat.TABLE) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Imported " + dev.alexandria.api.Plurals.count(result.imported(), "price") + " of "
                    + result.service() + " (version "
                    + result.version() + ", published " + result.publicationDate() + ") for "
                    + String.join(", ", result.regions()));
            result.written().forEach(w -> out.println("  wrote " + w));
            out.println("Merged into the store: " + result.added() + " added, " + result.replaced() + " replaced, "
                    + dev.alexandria.api.Plurals.count(result.retained(), "other price") + " of the store kept as "
                    + (result.retained() == 1 ? "it was" : "they were"));
            if (result.kept() > 0) {
                out.println("  kept " + dev.alexandria.api.Plurals.count(result.kept(), "newer price")
                        + " already in the store (this file's " + (result.kept() == 1 ? "price is" : "prices are")
                        + " older; an older offer never overwrites a newer price)");
            }
            if (!result.skipped().isEmpty()) {
                out.println("Skipped:");
                // each reason is a singular noun phrase ("reserved term"): the count follows it, so it reads for any n
                result.skipped().forEach((why, n) -> out.println("  " + why + ": " + n));
            }
            if (!result.disclaimer().isBlank()) {
                out.println(result.disclaimer());
            }
            out.flush();
        } else {
            StructuredOutput.write(spec.commandLine().getOut(), format, CostViews.priceImport(result));
        }
        return ExitCode.OK;
    }
}
