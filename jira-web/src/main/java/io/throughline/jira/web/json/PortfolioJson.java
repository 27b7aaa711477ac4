package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthTally;
import io.throughline.core.graph.TeamMatrix;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.portfolio.PortfolioRow;
import io.throughline.core.portfolio.PortfolioStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Cross-team dependency status: summary counts, the team×team matrix, rows worst first, team cycles. */
public record PortfolioJson(String asOf, List<String> teams, Map<String, Integer> summary, List<Cell> matrix,
                            List<PortfolioRowJson> dependencies, int dependenciesMatching, List<List<String>> cycles) {

    /** The order counts are listed in, as the contract names them. */
    private static final List<Health> COUNTED = List.of(Health.ON_TRACK, Health.AT_RISK, Health.BLOCKED, Health.DONE);

    /**
     * The status as the core listed it: its rows (perhaps only the worst of those matching, as asked) and
     * how many matched ({@link PortfolioStatus#matching()}).
     */
    public static PortfolioJson of(PortfolioStatus status, Ages ages, Function<Message, String> text) {
        return of(status, status.matching(), status.rows(), ages, text);
    }

    /**
     * Summary, matrix and cycles over every dependency in scope; the list holds only the rows
     * {@code listed} accepts, worst first, at most {@code limit} of them (a page needs no more than it shows),
     * of a status that lists every row.
     */
    public static PortfolioJson of(PortfolioStatus status, java.util.function.Predicate<PortfolioRow> listed, int limit,
                                   Ages ages, Function<Message, String> text) {
        List<PortfolioRow> matching = status.rows().stream().filter(listed).toList();
        return of(status, matching.size(), matching.stream().limit(limit).toList(), ages, text);
    }

    private static PortfolioJson of(PortfolioStatus status, int matching, List<PortfolioRow> rows, Ages ages,
                                    Function<Message, String> text) {
        List<Cell> cells = status.matrix().cells().entrySet().stream()
                .map(cell -> Cell.of(cell.getKey(), cell.getValue(),
                        status.matrix().interaction(cell.getKey().consumer(), cell.getKey().provider())))
                .toList();
        return new PortfolioJson(status.asOf().toString(), names(status.teams()), counts(status.summary()), cells,
                rows.stream().map(row -> PortfolioRowJson.of(row, ages, text)).toList(),
                matching, status.cycles().stream().map(PortfolioJson::names).toList());
    }

    private static Map<String, Integer> counts(HealthTally tally) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        COUNTED.forEach(health -> counts.put(health.name(), tally.count(health)));
        return counts;
    }

    private static List<String> names(java.util.Collection<Team> teams) {
        return teams.stream().map(Team::name).toList();
    }

    /**
     * One (consumer team, provider team) cell: counts by health, the worst, and the pair's declared
     * mode and acknowledgement SLA (null, with {@code noInteractionContract} true, when there is none).
     */
    public record Cell(String consumerTeam, String providerTeam, Map<String, Integer> counts, String worst,
                       String mode, Integer ackSlaDays, boolean noInteractionContract) {

        /** A cell whose pair's way of working is not given. */
        public Cell(String consumerTeam, String providerTeam, Map<String, Integer> counts, String worst) {
            this(consumerTeam, providerTeam, counts, worst, null, null, false);
        }

        static Cell of(TeamMatrix.Pair pair, HealthTally tally, Optional<Interaction> interaction) {
            return new Cell(pair.consumer().name(), pair.provider().name(), PortfolioJson.counts(tally),
                    tally.worst().map(Health::name).orElse(null),
                    interaction.map(i -> i.mode().name()).orElse(null), interaction.map(Interaction::ackSlaDays).orElse(null),
                    interaction.isEmpty() && !pair.consumer().equals(pair.provider()));
        }
    }
}
