package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.ParameterProblem;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parameters of {@code throughline-dependency-status}: teams (comma list; empty means every team
 * the viewer can see), view (matrix, list or both), includeDone and maxRows (1 to 1,000).
 */
public record DependencyStatusParameters(List<String> teams, View view, boolean includeDone, int maxRows) {

    public static final String TEAMS = "teams";
    public static final String VIEW = "view";
    public static final String INCLUDE_DONE = "includeDone";
    public static final String MAX_ROWS = "maxRows";
    public static final int DEFAULT_MAX_ROWS = 200;
    public static final int MAX_MAX_ROWS = 1_000;

    public DependencyStatusParameters {
        teams = List.copyOf(teams);
    }

    /** Reads the page's parameters; names are matched exactly, values ignoring case and surrounding blanks. */
    public static Parsed<DependencyStatusParameters> parse(Map<String, String> parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        List<String> teams = teams(value(parameters, TEAMS), problems);
        View view = view(value(parameters, VIEW), problems);
        boolean includeDone = includeDone(value(parameters, INCLUDE_DONE), problems);
        int maxRows = maxRows(value(parameters, MAX_ROWS), problems);
        return problems.isEmpty() ? new Parsed.Valid<>(new DependencyStatusParameters(teams, view, includeDone, maxRows))
                : new Parsed.Invalid<>(problems);
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> teams(String list, List<ParameterProblem> problems) {
        TreeSet<String> teams = new TreeSet<>();
        for (String name : list.split(",")) {
            String team = name.strip();
            if (team.isEmpty()) {
                continue;
            }
            try {
                teams.add(Team.of(team).name());
            } catch (IllegalArgumentException e) {
                problems.add(problem(TEAMS, "throughline.web.macro.parameter.teams", team));
            }
        }
        return List.copyOf(teams);
    }

    private static View view(String text, List<ParameterProblem> problems) {
        if (text.isEmpty()) {
            return View.BOTH;
        }
        for (View view : View.values()) {
            if (view.name().equalsIgnoreCase(text)) {
                return view;
            }
        }
        problems.add(problem(VIEW, "throughline.web.macro.parameter.view", text));
        return View.BOTH;
    }

    private static boolean includeDone(String text, List<ParameterProblem> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("false")) {
            return false;
        }
        if (lower.equals("true")) {
            return true;
        }
        problems.add(problem(INCLUDE_DONE, "throughline.web.macro.parameter.include-done", text));
        return false;
    }

    private static int maxRows(String text, List<ParameterProblem> problems) {
        if (text.isEmpty()) {
            return DEFAULT_MAX_ROWS;
        }
        if (text.matches("[0-9]{1,4}")) {
            int rows = Integer.parseInt(text);
            if (rows >= 1 && rows <= MAX_MAX_ROWS) {
                return rows;
            }
        }
        problems.add(problem(MAX_ROWS, "throughline.web.macro.parameter.max-rows", text));
        return DEFAULT_MAX_ROWS;
    }

    private static ParameterProblem problem(String parameter, String key, String value) {
        return new ParameterProblem(parameter, Message.of(key, value));
    }
}
