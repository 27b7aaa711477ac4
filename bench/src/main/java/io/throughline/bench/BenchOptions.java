package io.throughline.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line: {@code --load-seconds=30} (figure 4's run per side, 5 to 300), {@code --transitions=1000}
 * (figure 3, per side), {@code --work=target/bench-work} (databases), {@code --quick} (small portfolios
 * and short runs, to try the harness; its numbers are not the figures), {@code --only=transitions}
 * (figure 3 alone, on its own portfolio: the quick way to see a change to the HTTP path),
 * {@code --only=delivery} (figure 5 alone, on the portfolios of every size and database),
 * {@code --only=events} (figure 6 alone), {@code --events=N} (figure 6's stream: a multiple of
 * 1,000, 100,000 to 10,000,000; by default 1,000,000 alone, 250,000 in the full run, 100,000 with
 * {@code --quick}).
 */
record BenchOptions(Duration loadDuration, int transitions, Path work, boolean quick, Only only, int events) {

    /** Which figures run: all of them, or one alone. */
    enum Only { ALL, TRANSITIONS, DELIVERY, EVENTS }

    static BenchOptions parse(String... args) {
        Duration load = Duration.ofSeconds(30);
        int transitions = 1_000;
        Path work = Path.of("target", "bench-work");
        boolean quick = false;
        Only only = Only.ALL;
        Integer events = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--load-seconds=")) {
                load = Duration.ofSeconds(bounded(value, 5, 300));
            } else if (arg.startsWith("--transitions=")) {
                transitions = bounded(value, 10, 100_000);
            } else if (arg.startsWith("--work=")) {
                work = Path.of(value);
            } else if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--only=transitions")) {
                only = Only.TRANSITIONS;
            } else if (arg.equals("--only=delivery")) {
                only = Only.DELIVERY;
            } else if (arg.equals("--only=events")) {
                only = Only.EVENTS;
            } else if (arg.startsWith("--events=")) {
                events = bounded(value, 100_000, 10_000_000);
                if (events % 1_000 != 0) {
                    throw new IllegalArgumentException("--events must be a multiple of 1000");
                }
            } else {
                throw new IllegalArgumentException("Unknown option " + arg
                        + ". Options: --load-seconds=30 --transitions=1000 --work=target/bench-work --quick --only=transitions --only=delivery --only=events --events=1000000");
            }
        }
        // The 1,000,000 alone; a quarter of it in the full run, where it would otherwise add ~15 minutes.
        return new BenchOptions(load, transitions, work, quick, only,
                events != null ? events : quick ? 100_000 : only == Only.EVENTS ? 1_000_000 : 250_000);
    }

    private static int bounded(String value, int min, int max) {
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new IllegalArgumentException(value + " is outside " + min + ".." + max);
        }
        return number;
    }
}
