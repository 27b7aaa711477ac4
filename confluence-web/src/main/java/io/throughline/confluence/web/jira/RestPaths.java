package io.throughline.confluence.web.jira;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The REST paths the macros read, with their query parameters encoded. */
public final class RestPaths {

    private RestPaths() {
    }

    /** {@code /portfolio/dependencies?team=A&team=B}; no teams means every team the viewer can see. */
    public static String portfolio(List<String> teams) {
        String query = teams.stream().map(team -> "team=" + encode(team)).collect(Collectors.joining("&"));
        return "/portfolio/dependencies" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The portfolio with its list narrowed to the healths a page shows and no more rows than it shows. */
    public static String portfolio(List<String> teams, java.util.Collection<io.throughline.core.graph.Health> listed,
                                   int limit) {
        String base = portfolio(teams);
        String narrowing = listed.stream().map(health -> "health=" + health.name()).collect(Collectors.joining("&"))
                + "&limit=" + limit;
        return base + (base.contains("?") ? "&" : "?") + narrowing;
    }

    public static String initiative(String key) {
        return "/initiatives/" + encode(key);
    }

    /** The work that delivers the initiative, as the viewer may see it. */
    public static String trace(String key) {
        return "/initiatives/" + encode(key) + "/trace";
    }

    /** The initiative's DORA figures over the panel's 90 days. */
    public static String performance(String key) {
        return "/initiatives/" + encode(key) + "/delivery-performance?days=90";
    }

    /** A team's status-integrity signals. */
    public static String teamSignals(String team) {
        return "/teams/" + encode(team) + "/signals";
    }

    /** An initiative's status-integrity signals. */
    public static String signals(String key) {
        return "/initiatives/" + encode(key) + "/signals";
    }

    /** A team's DORA figures over {@code days}. */
    public static String teamPerformance(String team, int days) {
        return "/teams/" + encode(team) + "/delivery-performance?days=" + days;
    }

    /**
     * The scorecard as of today, narrowed to one team and one stage when they are given, with at most
     * {@code limit} initiative rows (its {@code total} still counts them all).
     */
    public static String scorecard(java.util.Optional<String> team,
                                   java.util.Optional<io.throughline.core.initiative.Stage> stage, int limit) {
        List<String> query = new java.util.ArrayList<>();
        team.ifPresent(name -> query.add("team=" + encode(name)));
        stage.ifPresent(named -> query.add("stage=" + named.name()));
        query.add("limit=" + limit);
        return "/scorecard?" + String.join("&", query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
