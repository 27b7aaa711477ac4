package io.throughline.bench.http;

import io.throughline.bench.report.Latencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 4's driver: {@code clients} platform threads, each sending GETs back to back over
 * keep-alive HTTP/1.1 for a fixed time; each request has a 60 s timeout, so a run is bounded.
 */
public final class LoadRun {

    /** What one run saw: requests completed per second, their latencies, and errors (non-200 or failures). */
    public record Result(double throughput, Latencies latencies, long errors, long bytes) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int clients;
    private final String user;

    public LoadRun(int clients, String user) {
        this.clients = clients;
        this.user = user;
    }

    public Result run(URI target, Duration duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Accept", "application/json")
                .header("X-Throughline-User", user).GET().build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        bytes.set(response.body().length);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = java.util.Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = System.nanoTime() - sent;
                }
                synchronized (perClient) {
                    perClient.add(java.util.Arrays.copyOf(mine[0], count[0]));
                }
            }, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Result(all.length / seconds, new Latencies(all), errors.get(), bytes.get());
    }
}
