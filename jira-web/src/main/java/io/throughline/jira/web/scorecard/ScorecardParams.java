package io.throughline.jira.web.scorecard;

import io.throughline.core.scorecard.ScorecardQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a person asked the scorecard for, exactly as typed (the page's form fields, the REST query,
 * the macro's parameters): turned into the core's query, written back into a link, and shown again
 * in the form.
 */
public record ScorecardParams(String asOf, List<String> teams, List<String> stages, String owner, String health,
                              String signal, String sort, String order, String columns, String page) {

    public static final String COLUMNS = "columns";
    public static final String PAGE = "page";

    public ScorecardParams {
        teams = teams == null ? List.of() : teams.stream().filter(t -> t != null && !t.isBlank()).toList();
        stages = stages == null ? List.of() : stages.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** From a request's parameters, read through {@code values} (a name to its values, none when absent). */
    public static ScorecardParams from(Function<String, List<String>> values) {
        return new ScorecardParams(first(values, ScorecardQuery.AS_OF), values.apply(ScorecardQuery.TEAM),
                values.apply(ScorecardQuery.STAGE), first(values, ScorecardQuery.OWNER),
                first(values, ScorecardQuery.HEALTH), first(values, ScorecardQuery.SIGNAL),
                first(values, ScorecardQuery.SORT), first(values, ScorecardQuery.ORDER), first(values, COLUMNS),
                first(values, PAGE));
    }

    /** From a servlet's parameter map. */
    public static ScorecardParams from(Map<String, String[]> parameters) {
        return from(name -> Optional.ofNullable(parameters.get(name)).map(List::of).orElse(List.of()));
    }

    private static String first(Function<String, List<String>> values, String name) {
        List<String> all = values.apply(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** @throws io.throughline.core.common.ThroughlineException.InvalidInput naming each wrong field */
    public ScorecardQuery query() {
        return ScorecardQuery.parse(asOf, teams, stages, owner, health, signal, sort, order);
    }

    public Set<ScorecardColumns.Group> groups() {
        return ScorecardColumns.Group.parse(columns);
    }

    /** The page asked for, from 1; a number that is not one reads as the first page. */
    public int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The same parameters as a query string (without {@code ?}), with the page replaced; blanks left out. */
    public String queryString(Optional<Integer> pageNumber) {
        List<String> parts = new ArrayList<>();
        add(parts, ScorecardQuery.AS_OF, asOf);
        teams.forEach(team -> add(parts, ScorecardQuery.TEAM, team));
        stages.forEach(stage -> add(parts, ScorecardQuery.STAGE, stage));
        add(parts, ScorecardQuery.OWNER, owner);
        add(parts, ScorecardQuery.HEALTH, health);
        add(parts, ScorecardQuery.SIGNAL, signal);
        add(parts, ScorecardQuery.SORT, sort);
        add(parts, ScorecardQuery.ORDER, order);
        add(parts, COLUMNS, columns);
        pageNumber.ifPresent(number -> add(parts, PAGE, String.valueOf(number)));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
