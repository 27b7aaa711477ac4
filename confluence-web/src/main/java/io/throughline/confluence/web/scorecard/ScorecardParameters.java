package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.ParameterProblem;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.initiative.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of {@code throughline-scorecard}: one team and one stage to narrow the rows to (each
 * optional), and the column groups to show (a comma list of outcome, delivery, coordination and
 * signals; all four when empty).
 */
public record ScorecardParameters(Optional<String> team, Optional<Stage> stage, Set<ColumnGroup> columns) {

    public static final String TEAM = "team";
    public static final String STAGE = "stage";
    public static final String COLUMNS = "columns";

    public ScorecardParameters {
        columns = columns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(columns));
    }

    /** Reads the page's parameters; names are matched exactly, values ignoring case and surrounding blanks. */
    public static Parsed<ScorecardParameters> parse(Map<String, String> parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        Optional<String> team = team(value(parameters, TEAM), problems);
        Optional<Stage> stage = stage(value(parameters, STAGE), problems);
        Set<ColumnGroup> columns = columns(value(parameters, COLUMNS), problems);
        return problems.isEmpty() ? new Parsed.Valid<>(new ScorecardParameters(team, stage, columns))
                : new Parsed.Invalid<>(problems);
    }

    /** Whether the page shows the group's columns. */
    public boolean shows(ColumnGroup group) {
        return columns.contains(group);
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.strip();
    }

    private static Optional<String> team(String text, List<ParameterProblem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Team.of(text).name());
        } catch (IllegalArgumentException e) {
            problems.add(new ParameterProblem(TEAM, Message.of("throughline.web.macro.parameter.team", text)));
            return Optional.empty();
        }
    }

    private static Optional<Stage> stage(String text, List<ParameterProblem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String wanted = text.toUpperCase(Locale.ROOT);
        Optional<Stage> stage = Arrays.stream(Stage.values()).filter(s -> s.name().equals(wanted)).findFirst();
        if (stage.isEmpty()) {
            problems.add(new ParameterProblem(STAGE, Message.of("throughline.web.macro.parameter.stage", text,
                    Arrays.stream(Stage.values()).map(Stage::name).collect(Collectors.joining(", ")))));
        }
        return stage;
    }

    private static Set<ColumnGroup> columns(String list, List<ParameterProblem> problems) {
        Set<ColumnGroup> groups = EnumSet.noneOf(ColumnGroup.class);
        List<String> unknown = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                ColumnGroup.named(name).ifPresentOrElse(groups::add, () -> unknown.add(name.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new ParameterProblem(COLUMNS, Message.of("throughline.web.macro.parameter.columns",
                    String.join(", ", unknown))));
        }
        return groups.isEmpty() ? EnumSet.allOf(ColumnGroup.class) : groups;
    }
}
