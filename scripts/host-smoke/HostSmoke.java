import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Throughline's host smoke test: against a running Jira (and Confluence) with the app installed,
 * provisions, creates an initiative, tries the commit gate, records evidence, answers a dependency,
 * reads the portfolio and renders both macros, printing PASS, FAIL or SKIP per step. JDK only, so it
 * runs as {@code java scripts/host-smoke/HostSmoke.java --jira=URL --user=NAME --password=... --project=KEY}.
 * Exit status: 0 when no step failed, 1 when one did, 2 for bad arguments.
 */
public final class HostSmoke {

    static final String API = "/rest/throughline/1.0";
    static final String OWNER = "Initiative owner";
    static final String METRIC = "Success metric";
    static final String HORIZON = "Evidence horizon";
    /** Status names Throughline maps to COMMITTED by default (admin guide, "Map workflow statuses to stages"). */
    static final List<String> COMMITTED_STATUSES = List.of("committed", "selected for development", "planned");

    private final Options options;
    private final PrintStream out;
    private final Http jira;
    private final Http confluence;
    private final Set<String> passed = new LinkedHashSet<>();
    private final List<String> leftBehind = new ArrayList<>();
    private int failures;

    private final String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    private final LocalDate today = LocalDate.now();
    private Map<String, String> fieldIds;
    private String key;
    private String team;
    private Map<String, Object> commitTransition;
    private List<String> gateMessages = List.of();
    private String providerTeam;
    private Long dependencyId;

    HostSmoke(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.jira = new Http(options.jira, options.user, options.password);
        this.confluence = options.confluence == null ? null
                : new Http(options.confluence, options.confluenceUser, options.confluencePassword);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs every step, printing one line each; the exit status. */
    static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("host-smoke: " + e.getMessage());
            out.println(Options.USAGE);
            return 2;
        }
        return new HostSmoke(options, out).runAll();
    }

    int runAll() {
        out.println("Throughline host smoke — Jira " + options.jira
                + (options.confluence == null ? "" : ", Confluence " + options.confluence) + ", as " + options.user);
        step("provision", List.of(), this::provision);
        step("find fields", List.of(), this::findFields);
        step("create initiative", List.of("find fields"), this::createInitiative);
        step("read initiative", List.of("create initiative"), this::readInitiative);
        step("commit gate refuses", List.of("read initiative"), this::commitRefused);
        step("record evidence", List.of("read initiative"), this::recordEvidence);
        step("request dependency", List.of("read initiative"), this::requestDependency);
        step("answer dependency", List.of("request dependency"), this::answerDependency);
        step("commit gate lets it through", List.of("commit gate refuses", "record evidence", "answer dependency"),
                this::commitPasses);
        step("read portfolio", List.of("request dependency"), this::readPortfolio);
        if (confluence == null) {
            skip("initiative macro", "no --confluence given");
            skip("dependency status macro", "no --confluence given");
        } else {
            step("initiative macro", List.of("read initiative"), this::initiativeMacro);
            step("dependency status macro", List.of("request dependency"), this::dependencyStatusMacro);
        }
        out.println(leftBehind.isEmpty() ? "Left behind: nothing."
                : "Left behind: " + String.join("; ", leftBehind)
                + ". To remove it, delete the issue in Jira (the admin guide says what stays).");
        out.println(failures == 0 ? "RESULT PASS" : "RESULT FAIL — " + failures + " step(s) failed");
        return failures == 0 ? 0 : 1;
    }

    // ---- the steps -------------------------------------------------------------------------------

    private String provision() {
        Reply reply = jira.post(API + "/admin/provision", "{}");
        reply.expect(200);
        Map<String, Object> report = reply.object();
        return "created " + report.get("created") + ", already there " + report.get("existing");
    }

    private String findFields() {
        Reply reply = jira.get("/rest/api/2/field");
        reply.expect(200);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Object field : Json.list(reply.json())) {
            Map<String, Object> f = Json.object(field);
            String name = Json.string(f.get("name"));
            if (Boolean.TRUE.equals(f.get("custom")) && List.of(OWNER, METRIC, HORIZON).contains(name)) {
                ids.putIfAbsent(name, Json.string(f.get("id")));
            }
        }
        for (String name : List.of(OWNER, METRIC, HORIZON)) {
            if (!ids.containsKey(name)) {
                throw new Failure("Jira has no custom field named \"" + name + "\" (did provisioning run?); fields found: "
                        + ids.keySet());
            }
        }
        fieldIds = ids;
        return ids.toString();
    }

    private String createInitiative() {
        String horizon = today.plusDays(90).toString();
        String body = "{\"fields\":{\"project\":{\"key\":" + Json.quote(options.project) + "},"
                + "\"issuetype\":{\"name\":\"Initiative\"},"
                + "\"summary\":" + Json.quote("Throughline smoke " + runId) + ","
                + Json.quote(fieldIds.get(OWNER)) + ":{\"name\":" + Json.quote(options.user) + "},"
                + Json.quote(fieldIds.get(METRIC)) + ":" + Json.quote("Smoke activation: 10% -> 20%") + ","
                + Json.quote(fieldIds.get(HORIZON)) + ":" + Json.quote(horizon) + "}}";
        Reply reply = jira.post("/rest/api/2/issue", body);
        reply.expect(201);
        key = Json.string(reply.object().get("key"));
        if (key == null) {
            throw new Failure("Jira created an issue but named no key: " + reply.excerpt());
        }
        leftBehind.add("issue " + key + " (\"Throughline smoke " + runId + "\")");
        return key + " in " + options.project + ", evidence horizon " + horizon;
    }

    private String readInitiative() {
        Map<String, Object> initiative = initiative();
        String stage = Json.string(initiative.get("stage"));
        team = Json.string(initiative.get("team"));
        List<String> problems = new ArrayList<>();
        if (!"BET".equals(stage)) {
            problems.add("stage " + stage + " (expected BET: does the new issue's status map to BET?)");
        }
        for (String field : List.of("owner", "successMetric", "evidenceHorizon")) {
            if (initiative.get(field) == null) {
                problems.add(field + " is empty (is the field on the create screen?)");
            }
        }
        Map<String, Object> commit = commitGate(initiative);
        List<String> policies = policies(commit);
        if (!policies.contains("evidence-sufficient")) {
            problems.add("the commit gate does not ask for evidence: " + policies);
        }
        if (!problems.isEmpty()) {
            throw new Failure(key + ": " + String.join("; ", problems));
        }
        gateMessages = Json.list(commit.get("violations")).stream()
                .map(v -> Json.string(Json.object(v).get("message"))).toList();
        return key + " is a BET of team " + team + "; commit gate missing " + policies;
    }

    private String commitRefused() {
        Reply transitions = jira.get("/rest/api/2/issue/" + key + "/transitions");
        transitions.expect(200);
        commitTransition = findCommitTransition(Json.list(transitions.object().get("transitions")));
        String name = Json.string(commitTransition.get("name"));
        Reply reply = jira.post("/rest/api/2/issue/" + key + "/transitions",
                "{\"transition\":{\"id\":" + Json.quote(Json.string(commitTransition.get("id"))) + "}}");
        if (reply.status / 100 == 2) {
            commitTransition = null;
            throw new Failure("Jira let " + key + " through \"" + name + "\" without evidence (HTTP " + reply.status
                    + "): add the Throughline commit gate to that transition");
        }
        reply.expect(400);
        Map<String, Object> errors = reply.object();
        List<String> said = new ArrayList<>();
        Json.list(errors.get("errorMessages")).forEach(m -> said.add(Json.string(m)));
        Json.object(errors.getOrDefault("errors", Map.of())).values().forEach(m -> said.add(Json.string(m)));
        boolean ours = said.stream().anyMatch(message -> gateMessages.stream().anyMatch(message::contains));
        if (!ours) {
            throw new Failure("Jira refused \"" + name + "\", but not with the gate's words: " + said
                    + " (the gate says " + gateMessages + ")");
        }
        return "\"" + name + "\" refused with HTTP 400: " + said;
    }

    private String recordEvidence() {
        String observed = today.toString();
        jira.post(API + "/initiatives/" + key + "/evidence", "{\"kind\":\"CUSTOMER_INSIGHT\","
                + "\"summary\":" + Json.quote("Smoke run " + runId + ": interviews") + ","
                + "\"sourceUrl\":\"https://example.com/throughline-smoke\",\"observedOn\":" + Json.quote(observed) + "}")
                .expect(201);
        jira.post(API + "/initiatives/" + key + "/evidence", "{\"kind\":\"METRIC_READING\","
                + "\"summary\":" + Json.quote("Smoke run " + runId + ": baseline") + ","
                + "\"observedValue\":\"10\",\"observedOn\":" + Json.quote(observed) + "}").expect(201);
        leftBehind.add("2 evidence entries on " + key + " (append-only)");
        Map<String, Object> initiative = initiative();
        List<String> policies = policies(commitGate(initiative));
        int count = ((BigDecimal) Json.object(initiative.get("evidence")).get("count")).intValue();
        if (policies.contains("evidence-sufficient")) {
            throw new Failure("after 2 entries the commit gate still asks for evidence (" + count + " counted)");
        }
        return count + " entries; commit gate now " + (policies.isEmpty() ? "passes" : "still missing " + policies);
    }

    private String requestDependency() {
        providerTeam = options.team != null ? options.team : otherTeam();
        Reply reply = jira.post(API + "/initiatives/" + key + "/dependencies",
                "{\"providerTeam\":" + Json.quote(providerTeam) + ","
                        + "\"description\":" + Json.quote("Smoke run " + runId + ": an API we need") + ","
                        + "\"neededBy\":" + Json.quote(today.plusDays(30).toString()) + "}");
        reply.expect(201);
        Map<String, Object> dependency = reply.object();
        dependencyId = ((BigDecimal) dependency.get("id")).longValue();
        leftBehind.add("dependency " + dependencyId + " of " + key + " on " + providerTeam);
        return "#" + dependencyId + " on " + dependency.get("providerTeam") + ", " + dependency.get("state");
    }

    private String answerDependency() {
        String date = today.plusDays(21).toString();
        Reply reply = jira.post(API + "/dependencies/" + dependencyId + "/commit",
                "{\"committedDate\":" + Json.quote(date) + "}");
        reply.expect(200);
        Map<String, Object> dependency = reply.object();
        if (!"COMMITTED".equals(dependency.get("state"))) {
            throw new Failure("answered, but its state is " + dependency.get("state") + ": " + reply.excerpt());
        }
        return "#" + dependencyId + " committed for " + date + " (as " + options.user + "), health "
                + dependency.get("health");
    }

    private String commitPasses() {
        String name = Json.string(commitTransition.get("name"));
        Reply reply = jira.post("/rest/api/2/issue/" + key + "/transitions",
                "{\"transition\":{\"id\":" + Json.quote(Json.string(commitTransition.get("id"))) + "}}");
        reply.expect(204);
        String stage = Json.string(initiative().get("stage"));
        if (!"COMMITTED".equals(stage)) {
            throw new Failure("Jira moved " + key + " through \"" + name + "\", but Throughline says its stage is "
                    + stage + " (map the target status to COMMITTED)");
        }
        return key + " moved through \"" + name + "\"; stage COMMITTED";
    }

    private String readPortfolio() {
        Reply reply = jira.get(API + "/portfolio/dependencies?team=" + encode(team));
        reply.expect(200);
        Map<String, Object> portfolio = reply.object();
        boolean listed = Json.list(portfolio.get("dependencies")).stream()
                .anyMatch(row -> dependencyId.equals(((BigDecimal) Json.object(row).get("id")).longValue()));
        if (!listed) {
            throw new Failure("dependency #" + dependencyId + " is not in team " + team + "'s portfolio: "
                    + reply.excerpt());
        }
        return "team " + team + ": " + portfolio.get("summary") + ", #" + dependencyId + " listed";
    }

    private String initiativeMacro() {
        String html = render("throughline-initiative", Map.of("key", key));
        if (!html.contains(key)) {
            throw new Failure("the card does not mention " + key + ": " + Reply.cut(html));
        }
        return "card for " + key + " rendered (" + html.length() + " characters)";
    }

    private String dependencyStatusMacro() {
        String html = render("throughline-dependency-status", Map.of("teams", team, "view", "matrix"));
        if (!html.contains(team) || !html.contains(providerTeam)) {
            throw new Failure("the matrix does not mention both " + team + " and " + providerTeam + ": "
                    + Reply.cut(html));
        }
        return "matrix for " + team + " rendered, " + providerTeam + " in it";
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Renders one macro through Confluence's storage → view conversion; refuses error panels. */
    private String render(String macro, Map<String, String> parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"" + macro + "\">");
        parameters.forEach((name, value) -> storage.append("<ac:parameter ac:name=\"").append(name).append("\">")
                .append(xml(value)).append("</ac:parameter>"));
        storage.append("</ac:structured-macro>");
        String path = "/rest/api/contentbody/convert/view"
                + (options.space == null ? "" : "?spaceKeyContext=" + encode(options.space));
        Reply reply = confluence.post(path, "{\"value\":" + Json.quote(storage.toString())
                + ",\"representation\":\"storage\"}");
        reply.expect(200);
        String html = Json.string(reply.object().get("value"));
        if (html == null || !html.contains("throughline-macro " + macro)) {
            throw new Failure("Confluence did not render the " + macro + " macro (is the Throughline Confluence app "
                    + "installed and linked to Jira?): " + Reply.cut(String.valueOf(html)));
        }
        if (html.contains("aui-message-warning") || html.contains("aui-message-info")) {
            throw new Failure("the " + macro + " macro shows a problem panel: " + Reply.cut(html));
        }
        return html;
    }

    private Map<String, Object> initiative() {
        Reply reply = jira.get(API + "/initiatives/" + key);
        reply.expect(200);
        return reply.object();
    }

    private static Map<String, Object> commitGate(Map<String, Object> initiative) {
        return Json.object(Json.object(initiative.get("gates")).get("commit"));
    }

    private static List<String> policies(Map<String, Object> gate) {
        return Json.list(gate.get("violations")).stream().map(v -> Json.string(Json.object(v).get("policy"))).toList();
    }

    /** The transition named by --commit-transition, else one whose name or target status says "commit". */
    private Map<String, Object> findCommitTransition(List<Object> transitions) {
        List<String> seen = new ArrayList<>();
        for (Object t : transitions) {
            Map<String, Object> transition = Json.object(t);
            String name = String.valueOf(transition.get("name"));
            String to = String.valueOf(Json.object(transition.getOrDefault("to", Map.of())).get("name"));
            seen.add(name + " → " + to);
            boolean chosen = options.commitTransition != null
                    ? options.commitTransition.equalsIgnoreCase(name)
                    : name.toLowerCase(Locale.ROOT).contains("commit")
                      || COMMITTED_STATUSES.contains(to.toLowerCase(Locale.ROOT));
            if (chosen) {
                return transition;
            }
        }
        throw new Failure("no commit transition out of " + key + "'s status (name one with --commit-transition=); "
                + "transitions: " + seen);
    }

    /** A team to depend on when --team is not given: the first other team the portfolio names. */
    private String otherTeam() {
        Reply reply = jira.get(API + "/portfolio/dependencies?limit=1");
        reply.expect(200);
        return Json.list(reply.object().get("teams")).stream().map(Json::string)
                .filter(name -> !name.equalsIgnoreCase(team)).findFirst()
                .orElseThrow(() -> new Failure("no team besides " + team + " to depend on: give one with --team="));
    }

    private void step(String name, List<String> after, Step body) {
        Optional<String> missing = after.stream().filter(s -> !passed.contains(s)).findFirst();
        if (missing.isPresent()) {
            skip(name, "needs \"" + missing.get() + "\"");
            return;
        }
        try {
            String detail = body.run();
            passed.add(name);
            out.println("PASS " + name + " — " + detail);
        } catch (Failure e) {
            fail(name, e.getMessage());
        } catch (RuntimeException e) {
            fail(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void fail(String name, String why) {
        failures++;
        out.println("FAIL " + name + " — " + why);
    }

    private void skip(String name, String why) {
        out.println("SKIP " + name + " — " + why);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One step's work: a line of detail when it passed; a {@link Failure} saying what happened when not. */
    interface Step {
        String run();
    }

    /** A step that did not go as the app promises. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** The command line. */
    record Options(String jira, String user, String password, String project, String team, String confluence,
                   String confluenceUser, String confluencePassword, String space, String commitTransition) {

        static final String USAGE = """
                usage: java scripts/host-smoke/HostSmoke.java --jira=URL --user=ADMIN --password=SECRET --project=KEY
                         [--team=PROVIDING_TEAM] [--commit-transition=NAME]
                         [--confluence=URL [--space=KEY] [--confluence-user=NAME --confluence-password=SECRET]]
                  The password may come from the environment instead: THROUGHLINE_SMOKE_PASSWORD
                  (and THROUGHLINE_SMOKE_CONFLUENCE_PASSWORD).""";

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 3) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            Set<String> known = Set.of("jira", "user", "password", "project", "team", "confluence", "confluence-user",
                    "confluence-password", "space", "commit-transition");
            for (String name : given.keySet()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            }
            String password = given.getOrDefault("password", System.getenv("THROUGHLINE_SMOKE_PASSWORD"));
            String user = required(given, "user");
            String confluencePassword = given.getOrDefault("confluence-password",
                    Optional.ofNullable(System.getenv("THROUGHLINE_SMOKE_CONFLUENCE_PASSWORD")).orElse(password));
            if (password == null) {
                throw new IllegalArgumentException("give --password= or set THROUGHLINE_SMOKE_PASSWORD");
            }
            return new Options(base(required(given, "jira")), user, password, required(given, "project"),
                    given.get("team"), Optional.ofNullable(given.get("confluence")).map(Options::base).orElse(null),
                    given.getOrDefault("confluence-user", user), confluencePassword, given.get("space"),
                    given.get("commit-transition"));
        }

        private static String required(Map<String, String> given, String name) {
            String value = given.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + "= is required");
            }
            return value.strip();
        }

        private static String base(String url) {
            String stripped = url.strip();
            if (!stripped.startsWith("http://") && !stripped.startsWith("https://")) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
        }
    }

    /** Basic-authenticated JSON requests to one host; every request says it is no browser form (XSRF). */
    static final class Http {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String authorization;

        Http(String base, String user, String password) {
            this.base = base;
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        Reply get(String path) {
            return send(request(path).GET(), "GET", path);
        }

        Reply post(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "POST", path);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .header("X-Atlassian-Token", "no-check");
        }

        private Reply send(HttpRequest.Builder request, String method, String path) {
            try {
                HttpResponse<String> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(method + " " + path, response.statusCode(), response.body());
            } catch (java.io.IOException e) {
                throw new Failure(method + " " + path + " could not reach " + base + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(method + " " + path + " was interrupted");
            }
        }
    }

    /** One answer. */
    record Reply(String request, int status, String body) {

        void expect(int wanted) {
            if (status != wanted) {
                throw new Failure(request + " answered HTTP " + status + " (expected " + wanted + "): " + excerpt());
            }
        }

        Object json() {
            try {
                return Json.parse(body);
            } catch (IllegalArgumentException e) {
                throw new Failure(request + " answered HTTP " + status + " with no JSON (" + e.getMessage() + "): "
                        + excerpt());
            }
        }

        Map<String, Object> object() {
            return Json.object(json());
        }

        String excerpt() {
            return cut(body == null ? "" : body);
        }

        static String cut(String text) {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
        }
    }

    /** Just enough JSON: objects as maps, arrays as lists, numbers as BigDecimal; and string quoting. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text == null ? "" : text);
            Object value = json.value();
            json.space();
            if (json.at != json.text.length()) {
                throw json.error("text after the value");
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Object value) {
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new Failure("expected a JSON object, got " + value);
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return (List<Object>) list;
            }
            throw new Failure("expected a JSON array, got " + value);
        }

        static String string(Object value) {
            return value == null ? null : value.toString();
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("end of text");
            }
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                space();
                if (peek('}')) {
                    return map;
                }
                do {
                    space();
                    String name = stringLiteral();
                    space();
                    expect(':');
                    map.put(name, value());
                    space();
                } while (peek(','));
                expect('}');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            if (c == '"') {
                return stringLiteral();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException e) {
                at = start;
                throw error("unexpected character");
            }
        }

        private String stringLiteral() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
            throw error("unterminated string");
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + at);
        }
    }
}
