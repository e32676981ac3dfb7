package dev.alexandria.cli;

import dev.alexandria.api.model.Decimals;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The time a run spends in each phase, printed on stderr at exit when {@code ALEXANDRIA_TIMING} is set (to
 * anything but the empty string): from the JVM's start to {@code main}, building the command line, opening the
 * library, the command's own work, and the CPU time of the whole process. For measuring start-up; it changes
 * nothing else. Wall times are milliseconds; CPU time of the main thread comes from Linux's
 * {@code /proc/thread-self/schedstat} (absent elsewhere).
 *
 * <p>Not thread-safe: the CLI marks phases from its main thread only.
 */
final class PhaseTimer {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private static boolean enabled;
    private static long mainMillis;
    private static final List<String> names = new ArrayList<>();
    private static final List<long[]> marks = new ArrayList<>();

    private PhaseTimer() {
    }

    /** Starts timing, at the start of {@code main}. */
    static void start() {
        enabled = true;
        mainMillis = System.currentTimeMillis();
        mark("main");
    }

    /**
     * Ends the phase that began at the previous mark.
     *
     * @param phase what ended, e.g. "open library"
     */
    static void mark(String phase) {
        if (enabled) {
            names.add(phase);
            marks.add(new long[] {System.nanoTime(), threadCpuNanos()});
        }
    }

    /**
     * Prints the phases, if timing.
     *
     * @param err standard error
     */
    static void report(PrintWriter err) {
        if (!enabled) {
            return;
        }
        mark("exit");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder line = new StringBuilder("alexandria: timing (ms, wall/main-thread CPU): JVM start to main ")
                .append(mainMillis - jvmStart);
        for (int i = 1; i < marks.size(); i++) {
            long wall = marks.get(i)[0] - marks.get(i - 1)[0];
            long cpu = marks.get(i)[1] - marks.get(i - 1)[1];
            boolean known = marks.get(i)[1] >= 0 && marks.get(i - 1)[1] >= 0;
            line.append("; ").append(names.get(i)).append(' ').append(millis(wall))
                    .append(known ? "/" + millis(cpu) : "");
        }
        Duration processCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        line.append("; process CPU so far ").append(processCpu.toMillis()).append(threads());
        err.println(line);
        err.flush();
    }

    /** The CPU time of each thread that used any, from {@code /proc/self/task} (empty elsewhere). */
    private static String threads() {
        StringBuilder out = new StringBuilder();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks.sorted()::iterator) {
                String stat = new String(Files.readAllBytes(task.resolve("stat")), StandardCharsets.US_ASCII);
                // pid (comm) state ... utime stime: fields 14 and 15, counted after the closing parenthesis.
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (ticks > 0) {
                    out.append(out.length() == 0 ? " (threads, ms: " : ", ")
                            .append(stat, stat.indexOf('(') + 1, close).append(' ').append(ticks * 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return out.length() == 0 ? "" : out.append(')').toString();
    }

    private static String millis(long nanos) {
        return Decimals.fixed(nanos / 1e6, 1);
    }

    /** The CPU time of the calling thread in ns, or -1 where the system does not say it cheaply. */
    private static long threadCpuNanos() {
        try {
            String stat = new String(Files.readAllBytes(SCHEDSTAT), StandardCharsets.US_ASCII);
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
