package io.throughline.bench.heap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link HeapProbe} in a fresh JVM with the heap limited to the target, and reads its answer. */
public final class HeapFigure {

    /** Peak heap in use and the fullest live set, in bytes; {@code failed} when the JVM ran out of heap or died. */
    public record Result(long peak, long live, boolean failed, String detail) {
    }

    private final String maxHeap;

    public HeapFigure(String maxHeap) {
        this.maxHeap = maxHeap;
    }

    public Result measure(String jdbcUrl, String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-cp",
                System.getProperty("java.class.path"), HeapProbe.class.getName(), jdbcUrl, mode))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            return new Result(0, 0, true, output.lines().filter(l -> l.contains("Error") || l.contains("Exception"))
                    .findFirst().orElse("exit " + process.exitValue()));
        }
        String[] last = output.lines().reduce((a, b) -> b).orElse("").split(" ");
        return new Result(Long.parseLong(last[0]), Long.parseLong(last[1]), false, "");
    }
}
