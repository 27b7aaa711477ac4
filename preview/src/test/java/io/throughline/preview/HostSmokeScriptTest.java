package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host smoke script ({@code scripts/host-smoke/HostSmoke.java}) run as an admin would run it on
 * Jira: launched by the JDK's source launcher against a started preview, which serves the same paths.
 */
class HostSmokeScriptTest {

    private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).getParent()
            .resolve("scripts/host-smoke/HostSmoke.java");
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    /** What one run printed and how it ended. */
    record Run(int exit, List<String> lines) {
        List<String> starting(String word) {
            return lines.stream().filter(line -> line.startsWith(word + " ")).toList();
        }
    }

    @Test
    void everyStepPassesAgainstThePreviewAndTheRunSaysWhatItLeftBehind() {
        String base = preview.base.toString();
        Run run = smoke("--jira=" + base, "--user=ops.lead", "--password=anything", "--project=GROW",
                "--confluence=" + base, "--space=OPS");

        assertThat(run.starting("FAIL")).as(String.join("\n", run.lines())).isEmpty();
        assertThat(run.starting("SKIP")).isEmpty();
        assertThat(run.starting("PASS")).extracting(line -> line.substring(5, line.indexOf(" — ")))
                .containsExactly("provision", "find fields", "create initiative", "read initiative",
                        "commit gate refuses", "record evidence", "request dependency", "answer dependency",
                        "commit gate lets it through", "read portfolio", "initiative macro", "dependency status macro");
        assertThat(run.lines()).contains("RESULT PASS");
        assertThat(run.lines()).anyMatch(line -> line.startsWith("Left behind: issue GROW-"));
        assertThat(run.exit()).isZero();
        String created = run.lines().stream().filter(line -> line.startsWith("PASS create initiative"))
                .findFirst().orElseThrow().split(" ")[4];
        assertThat(preview.get("/rest/throughline/1.0/initiatives/" + created, "ops.lead").json()
                .get("stage").asText()).isEqualTo("COMMITTED");
    }

    @Test
    void aRunAsSomeoneJiraDoesNotKnowFailsAndSkipsWhatDependsOnIt() {
        Run run = smoke("--jira=" + preview.base, "--user=nobody", "--password=x", "--project=GROW");

        assertThat(run.starting("FAIL provision")).singleElement().asString().contains("HTTP 401");
        assertThat(run.starting("FAIL create initiative")).singleElement().asString().contains("HTTP 401");
        assertThat(run.starting("SKIP commit gate refuses")).hasSize(1);
        assertThat(run.lines()).anyMatch(line -> line.startsWith("RESULT FAIL"));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aProjectJiraDoesNotHaveFailsWithJirasFieldError() {
        Run run = smoke("--jira=" + preview.base, "--user=ops.lead", "--password=x", "--project=NOPE");

        assertThat(run.starting("PASS provision")).hasSize(1);
        assertThat(run.starting("FAIL create initiative")).singleElement().asString()
                .contains("HTTP 400", "\"project\":\"valid project is required\"");
        assertThat(run.lines()).contains("Left behind: nothing.");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void badArgumentsPrintTheUsage() {
        Run run = smoke("--jira=" + preview.base, "--user=ops.lead");

        assertThat(run.lines()).anyMatch(line -> line.startsWith("usage: java scripts/host-smoke/HostSmoke.java"));
        assertThat(run.exit()).isEqualTo(2);
    }

    /** Runs the script with the JDK running this test, as {@code java HostSmoke.java ...}. */
    private static Run smoke(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("host-smoke", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().remove("THROUGHLINE_SMOKE_PASSWORD");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the smoke script did not finish within 120 s: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            Files.delete(output);
            lines.forEach(line -> System.out.println("[host-smoke] " + line));
            return new Run(process.exitValue(), lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
