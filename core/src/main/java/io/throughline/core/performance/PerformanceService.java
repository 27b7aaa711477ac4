package io.throughline.core.performance;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.Trace;
import io.throughline.core.trace.TraceService;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Taking delivery events in, and the DORA figures of an initiative as a viewer may see them. */
public final class PerformanceService {

    public static final String DAYS = "days";

    private final DeliveryEvents events;
    private final EventSources sources;
    private final TraceService traces;
    private final TeamDirectory teams;
    private final Clock clock;
    private final SettingsRepository settings;

    /** With the administrator's settings: the event-source group and the production pattern, read per request. */
    public PerformanceService(DeliveryEvents events, EventSources sources, TraceService traces, TeamDirectory teams,
                              Clock clock, SettingsRepository settings) {
        this.teams = teams;
        this.events = events;
        this.sources = sources;
        this.traces = traces;
        this.clock = clock;
        this.settings = settings;
    }

    /** With fixed settings: the default event-source group and {@code production} as the production pattern. */
    public PerformanceService(DeliveryEvents events, EventSources sources, TraceService traces, TeamDirectory teams,
                              Clock clock, Pattern production) {
        this(events, sources, traces, teams, clock, SettingsRepository.fixed(new AppSettings(
                Map.of(Setting.PRODUCTION_PATTERN, production.pattern()), 0)));
    }

    /**
     * Stores the events the actor may post: each new one once, a replay never.
     *
     * @return for each event, in order, whether it was new
     * @throws ThroughlineException.Forbidden unless the actor may post events
     */
    public List<Boolean> record(UserRef actor, List<DeliveryEvent> batch) {
        requirePoster(actor);
        return batch.isEmpty() ? List.of() : events.append(batch);
    }

    /** Refuses, before any work, someone who may not post events. */
    public void requirePoster(UserRef actor) {
        if (!sources.mayPost(actor, settings.current().eventSourceGroup())) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.events.forbidden"));
        }
    }

    /**
     * The figures of an initiative over the last {@code days} (7 to 365), attributed through its
     * trace as the viewer may see it.
     *
     * @throws ThroughlineException.NotFound for an initiative the viewer may not see
     * @throws ThroughlineException.InvalidInput for days out of range, on the field {@code days}
     */
    public DeliveryPerformance forInitiative(UserRef viewer, InitiativeKey key, int days) {
        requireDays(days);
        return forTrace(traces.trace(viewer, key), days);
    }

    /**
     * A team's figures over the last {@code days} (7 to 365): the production deployments naming an
     * issue of the team's projects. Issue lead time needs a trace and is left empty here.
     *
     * @throws ThroughlineException.NotFound for a team the viewer may not know about, or that does not exist
     * @throws ThroughlineException.InvalidInput for days out of range, on the field {@code days}
     */
    public DeliveryPerformance forTeam(UserRef viewer, String teamName, int days) {
        Team team = TeamDirectory.match(teams.teamsVisibleTo(viewer), teamName).orElseThrow(() ->
                new ThroughlineException.NotFound(Message.of("throughline.error.team-not-found",
                        String.valueOf(teamName).strip())));
        requireDays(days);
        Set<String> projects = teams.projectKeys(team);
        Window window = Window.last(days, clock.now());
        return DeliveryFigures.compute(events.relevantToProjects(projects, window.from(), window.to()),
                (java.util.function.Predicate<InitiativeKey>) issue -> projects.contains(issue.projectKey()), Map.of(),
                window, settings.current().productionPattern());
    }

    /**
     * The figures over the last {@code days}, attributed through a trace the caller has already read
     * as its viewer (the panel, which shows the same trace above them).
     */
    public DeliveryPerformance forTrace(Trace trace, int days) {
        requireDays(days);
        return forTrace(trace, List.of(Window.last(days, clock.now()))).get(0);
    }

    /**
     * The figures over several windows, attributed through a trace the caller has already read, from
     * one read of the events spanning them all (each window ignores what happened at or after its end).
     */
    public List<DeliveryPerformance> forTrace(Trace trace, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        Set<InitiativeKey> attributed = new HashSet<>();
        attributed.add(trace.initiative());
        Map<InitiativeKey, Instant> started = new HashMap<>();
        for (DeliveryItem item : trace.items()) {
            attributed.add(item.key());
            item.startedAt().ifPresent(at -> started.put(item.key(), at));
        }
        Instant from = windows.stream().map(Window::from).min(Instant::compareTo).orElseThrow();
        Instant to = windows.stream().map(Window::to).max(Instant::compareTo).orElseThrow();
        List<DeliveryEvent> relevant = events.relevant(attributed, from, to);
        Pattern production = settings.current().productionPattern();
        return windows.stream().map(window -> DeliveryFigures.compute(relevant, attributed, started, window, production))
                .toList();
    }

    /** Whether any deployment at all reached the app in {@code [from, to)}: is this installation sending events? */
    public boolean receivesEvents(Instant from, Instant to) {
        return events.anyDeployment(from, to);
    }

    /**
     * Every environment deployments went to over the last {@code days} (7 to 365), the most used
     * first, each saying whether the production setting as saved counts it: what an administrator
     * looks at when choosing the pattern. Who may see it is the host's to check (administrators).
     */
    public List<EnvironmentSeen> environments(int days) {
        requireDays(days);
        Window window = Window.last(days, clock.now());
        Pattern production = settings.current().productionPattern();
        List<EnvironmentSeen> seen = new java.util.ArrayList<>();
        events.environments(window.from(), window.to()).forEach((id, count) ->
                seen.add(new EnvironmentSeen(id, count, production.matcher(id).matches())));
        seen.sort(java.util.Comparator.comparingLong(EnvironmentSeen::deployments).reversed()
                .thenComparing(EnvironmentSeen::id));
        return seen;
    }

    /**
     * The window's days as a request names them: the default when none is given, else a whole number
     * (the range is checked where the figures are read).
     *
     * @throws ThroughlineException.InvalidInput on the field {@code days} for anything but a number
     */
    public static int days(String text) {
        if (text == null || text.isBlank()) {
            return Window.DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            FieldErrors errors = new FieldErrors();
            errors.add(DAYS, "throughline.events.days.not-a-number", text.strip());
            errors.throwIfAny();
            return Window.DEFAULT_DAYS;
        }
    }

    private static void requireDays(int days) {
        checkedDays(days);
    }

    /**
     * {@code days} when it is a window's length (7 to 365).
     *
     * @throws ThroughlineException.InvalidInput on the field {@code days} otherwise
     */
    public static int checkedDays(int days) {
        if (days < Window.MIN_DAYS || days > Window.MAX_DAYS) {
            FieldErrors errors = new FieldErrors();
            errors.add(DAYS, "throughline.events.days.range", days, Window.MIN_DAYS, Window.MAX_DAYS);
            errors.throwIfAny();
        }
        return days;
    }
}
