// Alexandria JShell startup: the imports, and the library opened as `lib`.
// The library comes from -Dalexandria.library (set by `alexandria jshell`, which has already opened it once,
// so a library that cannot be opened fails there with the usual one-line error), else $ALEXANDRIA_LIBRARY,
// else the current directory or a parent (or its components/terraform), else the bundled sample library:
// the same order as the CLI (dev.alexandria.examples.LibraryLocation).
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
// A library that cannot be opened leaves `lib` null with one line saying why, instead of an exception
// followed by a NullPointerException in the lines below.
Library openLibrary(LibraryLocation where) {
    try {
        return Alexandria.open(where.path());
    } catch (AlexandriaException e) {
        System.err.println("alexandria: error: " + e.getMessage().lines().findFirst().orElse("") + " (lib is null)");
        return null;
    }
}
Library lib = openLibrary(where);
if (lib != null && !lib.findings().isEmpty()) {
    System.err.println("alexandria: " + lib.findings().size() + " finding(s) in the library; lib.findings() lists them");
}
if (lib != null) {
    System.out.println("lib = " + lib.root() + " (" + lib.modules().size() + " modules). Try: lib.browse().run(), lib.module(\"<id>\")");
}
