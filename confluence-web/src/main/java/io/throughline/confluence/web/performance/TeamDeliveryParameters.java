package io.throughline.confluence.web.performance;

import io.throughline.confluence.web.ParameterProblem;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.performance.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parameters of {@code throughline-team-delivery}: the team (required) and the days to look back (7 to 365, 90 by default). */
public record TeamDeliveryParameters(String team, int days) {

    public static final String TEAM = "team";
    public static final String DAYS = "days";

    public static Parsed<TeamDeliveryParameters> parse(Map<String, String> parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        String team = value(parameters, TEAM);
        if (team.isEmpty()) {
            problems.add(new ParameterProblem(TEAM, Message.of("throughline.web.macro.parameter.team.missing")));
        } else {
            try {
                team = Team.of(team).name();
            } catch (IllegalArgumentException e) {
                problems.add(new ParameterProblem(TEAM, Message.of("throughline.web.macro.parameter.team", team)));
            }
        }
        int days = Window.DEFAULT_DAYS;
        String typed = value(parameters, DAYS);
        if (!typed.isEmpty()) {
            try {
                days = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < Window.MIN_DAYS || days > Window.MAX_DAYS) {
                problems.add(new ParameterProblem(DAYS, Message.of("throughline.web.macro.parameter.days", typed,
                        Window.MIN_DAYS, Window.MAX_DAYS)));
            }
        }
        return problems.isEmpty() ? new Parsed.Valid<>(new TeamDeliveryParameters(team, days))
                : new Parsed.Invalid<>(problems);
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.strip();
    }
}
