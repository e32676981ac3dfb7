package dev.alexandria.core.internal.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stand-in terraform on an injected PATH, replaying recorded {@code terraform test -json} output. */
final class StandIns {

    private StandIns() {
    }

    /**
     * @param tmp      a temporary folder
     * @param fixture  pass.jsonl or fail.jsonl
     * @param exit     the exit code of {@code test}
     * @param failInit whether {@code init} fails, printing what a real offline {@code terraform init} printed
     * @return the environment: PATH with the stand-in first, and its settings
     */
    static Map<String, String> terraform(Path tmp, String fixture, int exit, boolean failInit) {
        try {
            Path bin = Files.createDirectories(tmp.resolve("bin"));
            Path exe = bin.resolve("terraform");
            Files.copy(LifecycleFixture.class.getResourceAsStream("/lifecycle/terraform-test/stand-in.sh"), exe,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PATH", bin + ":/usr/bin:/bin");
            env.put("FIXTURE", LifecycleFixture.resource("terraform-test/" + fixture).toString());
            env.put("EXIT", Integer.toString(exit));
            env.put("ARGS_LOG", tmp.resolve("args.log").toString());
            if (failInit) {
                env.put("FAIL_INIT", LifecycleFixture.resource("terraform-test/init-offline.txt").toString());
            }
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the argument lines the stand-in was called with */
    static List<String> calls(Path tmp) {
        try {
            Path log = tmp.resolve("args.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
