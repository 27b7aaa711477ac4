package io.throughline.core.interaction;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's whole table as typed: every row checked (known teams, two different teams, a mode,
 * an SLA from 0 to {@value Interaction#MAX_ACK_SLA_DAYS} days, each pair once) and every problem
 * named by its row, {@code [3].mode}, before anything is stored.
 */
public final class InteractionForm {

    public static final String CONSUMER_TEAM = "consumerTeam";
    public static final String PROVIDER_TEAM = "providerTeam";
    public static final String MODE = "mode";
    public static final String ACK_SLA_DAYS = "ackSlaDays";
    /** The field a problem with the table as a whole is reported on. */
    public static final String ROWS = "interactions";
    /** More rows than any team×team table needs; the limit keeps one request's work bounded. */
    public static final int MAX_ROWS = 2_000;

    /** One row as typed; a blank SLA means the mode's default. */
    public record Row(String consumerTeam, String providerTeam, String mode, String ackSlaDays) {
    }

    private InteractionForm() {
    }

    /** The rows as pairs, or {@code InvalidInput} listing every problem of every row. */
    public static List<Interaction> parse(List<Row> rows, TeamDirectory directory) {
        FieldErrors errors = new FieldErrors();
        if (rows == null) {
            errors.add(ROWS, "throughline.interaction.rows-required");
            errors.throwIfAny();
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(ROWS, "throughline.interaction.too-many-rows", MAX_ROWS);
            errors.throwIfAny();
        }
        Collection<Team> known = directory.teams();
        List<Interaction> pairs = new ArrayList<>(rows.size());
        Set<InteractionTable.Key> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "[" + i + "].";
            if (row == null) {
                errors.add(at.substring(0, at.length() - 1), "throughline.interaction.row-required", i + 1);
                continue;
            }
            Optional<Team> consumer = team(errors, at + CONSUMER_TEAM, row.consumerTeam(), known);
            Optional<Team> provider = team(errors, at + PROVIDER_TEAM, row.providerTeam(), known);
            Optional<InteractionMode> mode = mode(errors, at + MODE, row.mode());
            Optional<Integer> sla = sla(errors, at + ACK_SLA_DAYS, row.ackSlaDays());
            if (consumer.isEmpty() || provider.isEmpty()) {
                continue;
            }
            if (consumer.get().equals(provider.get())) {
                errors.add(at + PROVIDER_TEAM, "throughline.interaction.same-team", consumer.get().name());
                continue;
            }
            if (!seen.add(new InteractionTable.Key(consumer.get(), provider.get()))) {
                errors.add(at + PROVIDER_TEAM, "throughline.interaction.duplicate-pair",
                        consumer.get().name(), provider.get().name());
                continue;
            }
            if (mode.isPresent() && (sla.isPresent() || blank(row.ackSlaDays()))) {
                pairs.add(new Interaction(consumer.get(), provider.get(), mode.get(),
                        sla.orElse(mode.get().defaultAckSlaDays())));
            }
        }
        errors.throwIfAny();
        return pairs;
    }

    private static Optional<Team> team(FieldErrors errors, String field, String typed, Collection<Team> known) {
        if (blank(typed)) {
            errors.add(field, "throughline.interaction.team-required");
            return Optional.empty();
        }
        Optional<Team> team = TeamDirectory.match(known, typed);
        if (team.isEmpty()) {
            errors.add(field, "throughline.interaction.team-unknown", typed.strip());
        }
        return team;
    }

    private static Optional<InteractionMode> mode(FieldErrors errors, String field, String typed) {
        if (blank(typed)) {
            errors.add(field, "throughline.interaction.mode-required", modes());
            return Optional.empty();
        }
        try {
            return Optional.of(InteractionMode.valueOf(typed.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            errors.add(field, "throughline.interaction.mode-unknown", typed.strip(), modes());
            return Optional.empty();
        }
    }

    private static Optional<Integer> sla(FieldErrors errors, String field, String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        int days;
        try {
            days = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "throughline.interaction.sla-range", typed.strip(), Interaction.MAX_ACK_SLA_DAYS);
            return Optional.empty();
        }
        if (days < 0 || days > Interaction.MAX_ACK_SLA_DAYS) {
            errors.add(field, "throughline.interaction.sla-range", typed.strip(), Interaction.MAX_ACK_SLA_DAYS);
            return Optional.empty();
        }
        return Optional.of(days);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String modes() {
        return String.join(", ", java.util.Arrays.stream(InteractionMode.values()).map(Enum::name).toList());
    }
}
