// Alexandria JShell startup: the imports, and the library opened as `lib`.
// The library comes from -Dalexandria.library (set by `alexandria jshell --library PATH`), else
// $ALEXANDRIA_LIBRARY, else the current directory or a parent (or its components/terraform), else the
// bundled sample library: the same order as the CLI (dev.alexandria.examples.LibraryLocation).
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import dev.alexandria.api.*;
import dev.alexandria.api.model.*;
import dev.alexandria.core.*;
import dev.alexandria.examples.*;

// Hibernate Validator (inside core) logs through JBoss Logging; route it to SLF4J instead of java.util.logging.
System.setProperty("org.jboss.logging.provider", "slf4j");
LibraryLocation where = LibraryLocation.resolve();
if (where.isBundledSample()) {
    System.err.println("alexandria: no library found in " + Path.of("").toAbsolutePath()
            + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)");
}
Library lib = Alexandria.open(where.path());
lib.findings().forEach(f -> System.err.println(f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.location() + ": " + f.message()));
System.out.println("lib = " + lib.root() + " (" + lib.modules().size() + " modules). Try: lib.browse().run(), lib.module(\"<id>\")");
