package io.throughline.preview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.core.Throughline;
import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractField;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.InteractionForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo portfolio (resource {@code demo/portfolio.json}): its people and teams, and the story
 * it tells, replayed day by day through the app's own services as the people in it.
 */
final class DemoPortfolio {

    static final String RESOURCE = "/demo/portfolio.json";

    /** The file as written. */
    record File(List<String> teams, List<PreviewDirectory.Person> users, List<DemoInitiative> initiatives,
                List<Event> events, List<InteractionForm.Row> interactions) {
    }

    /** An initiative as first created. */
    record DemoInitiative(String key, String summary, String team, String owner, String metric, Integer horizonDays,
                          int createdDay, String createdBy) {
    }

    /** One thing that happened, on a day relative to seeding (0 = today). */
    record Event(int day, String as, String action, String key, String ref, String team, String issue,
                 String description, Integer neededDay, Integer committedDay, String reason, String stage,
                 String kind, String summary, String source, String value, Integer observedDay,
                 String type, String parent, String delivers, Integer points, String status,
                 String metric, String accepts, String evidence, java.util.List<String> decidedBy,
                 java.util.List<String> options, String chosen, String rationale, String provenance, String tool,
                 Boolean cite) {
    }

    private final File file;

    private DemoPortfolio(File file) {
        this.file = file;
    }

    static DemoPortfolio load() {
        try (InputStream in = DemoPortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo portfolio " + RESOURCE + " is missing from the build");
            }
            ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return new DemoPortfolio(json.readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the demo portfolio cannot be read", e);
        }
    }

    PreviewDirectory directory() {
        return new PreviewDirectory(file.users(), file.teams());
    }

    /**
     * Replays the story: the team interaction modes product ops agreed (Growth and Data left without
     * one), initiatives on their creation day, then every event on its day.
     */
    void seed(Throughline app, PreviewIssues issues, PreviewClock clock, LocalDate today) {
        Map<String, DependencyId> refs = new HashMap<>();
        Map<String, Long> records = new HashMap<>();
        if (file.interactions() != null) {
            app.interactions().replace(file.interactions(), java.util.OptionalLong.of(0));
        }
        try {
            for (DemoInitiative initiative : file.initiatives()) {
                clock.pin(at(today, initiative.createdDay(), clock));
                app.initiatives().save(UserRef.of(initiative.createdBy()), new Initiative(
                        InitiativeKey.parse(initiative.key()), initiative.summary(), Team.of(initiative.team()),
                        Stage.BET, Optional.ofNullable(initiative.owner()).map(UserRef::of),
                        Optional.ofNullable(initiative.metric()),
                        Optional.ofNullable(initiative.horizonDays()).map(d -> new EvidenceHorizon(today.plusDays(d)))));
            }
            for (Event event : file.events()) {
                clock.pin(at(today, event.day(), clock));
                switch (event.action()) {
                    case "issue" -> issues.create(new PreviewIssues.Issue(InitiativeKey.parse(event.key()), event.summary(),
                            event.type(), Team.of(event.team()), "To Do",
                            Optional.ofNullable(event.parent()).map(InitiativeKey::parse),
                            Optional.ofNullable(event.delivers()).map(InitiativeKey::parse),
                            Optional.ofNullable(event.points()).map(java.math.BigDecimal::valueOf), Optional.empty(),
                            Optional.empty(), clock.now()));
                    case "move" -> issues.move(InitiativeKey.parse(event.key()), event.status(), clock.now());
                    case "assume" -> records.put("assumption:" + event.ref(), app.assumptions()
                            .list(UserRef.of(event.as()), InitiativeKey.parse(event.key()), event.summary()).id().value());
                    case "resolve" -> app.assumptions().resolve(UserRef.of(event.as()),
                            new AssumptionId(known(records, "assumption:" + event.ref())), event.status(),
                            Long.toString(known(records, "evidence:" + event.evidence())));
                    case "confirm" -> app.evidence().confirm(UserRef.of(event.as()),
                            new io.throughline.core.evidence.EvidenceId(known(records, "evidence:" + event.ref())));
                    case "evidence" -> {
                        EvidenceEntry entry = evidence(app, event, today);
                        if (event.ref() != null) {
                            records.put("evidence:" + event.ref(), entry.id().value());
                        }
                    }
                    default -> apply(app, event, today, refs);
                }
            }
        } finally {
            clock.release();
        }
    }

    private static void apply(Throughline app, Event event, LocalDate today, Map<String, DependencyId> refs) {
        UserRef actor = UserRef.of(event.as());
        switch (event.action()) {
            case "stage" -> app.initiatives().recordStage(actor, InitiativeKey.parse(event.key()),
                    Stage.valueOf(event.stage()));
            case "edit" -> {
                // What an edit of the issue in Jira does: the host changes the field, the app records it.
                Initiative current = app.initiatives().get(actor, InitiativeKey.parse(event.key()));
                app.initiatives().recordHostChange(actor, new Initiative(current.key(), current.summary(),
                        current.team(), current.stage(), current.owner(), Optional.ofNullable(event.metric()),
                        current.evidenceHorizon()));
            }
            case "request" -> {
                Dependency requested = app.dependencies().request(actor, InitiativeKey.parse(event.key()),
                        new DependencyForm(event.team(), event.issue(), event.description(),
                                day(today, event.neededDay())));
                refs.put(event.ref(), requested.id());
            }
            case "commit" -> app.dependencies().commit(actor, ref(refs, event), day(today, event.committedDay()));
            case "decline" -> app.dependencies().decline(actor, ref(refs, event), event.reason());
            case "deliver" -> app.dependencies().deliver(actor, ref(refs, event));
            case "revise" -> app.dependencies().revise(actor, ref(refs, event), day(today, event.committedDay()),
                    event.reason());
            case "withdraw" -> app.dependencies().withdraw(actor, ref(refs, event), event.reason());
            default -> throw new IllegalStateException("unknown demo action " + event.action());
        }
    }

    private static EvidenceEntry evidence(Throughline app, Event event, LocalDate today) {
        UserRef actor = UserRef.of(event.as());
        return app.evidence().record(actor, InitiativeKey.parse(event.key()), new EvidenceForm(event.kind(),
                event.summary(), event.source(), event.value(), day(today, event.observedDay()), null,
                accepted(app, actor, event), event.decidedBy() == null ? null : String.join(",", event.decidedBy()),
                event.options() == null ? null : String.join("\n", event.options()), event.chosen(), event.rationale(),
                null, event.provenance(), event.tool(),
                // An assistant's proposal cites the context it was written against, as it read it then.
                Boolean.TRUE.equals(event.cite())
                        ? app.context().context(actor, InitiativeKey.parse(event.key())).version() : null));
    }

    private static long known(Map<String, Long> records, String ref) {
        Long id = records.get(ref);
        if (id == null) {
            throw new IllegalStateException("demo event refers to an unknown " + ref);
        }
        return id;
    }

    /** The latest change of the field an evidence event's {@code accepts} names (a demo cannot know the id). */
    private static String accepted(Throughline app, UserRef actor, Event event) {
        if (event.accepts() == null) {
            return null;
        }
        ContractField field = ContractField.valueOf(event.accepts());
        return app.contracts().contract(actor, InitiativeKey.parse(event.key())).changes().stream()
                .map(Contract.Change::change).filter(change -> change.field() == field)
                .reduce((first, second) -> second).map(change -> change.id().toString())
                .orElseThrow(() -> new IllegalStateException("demo decision accepts no change of " + field));
    }

    private static DependencyId ref(Map<String, DependencyId> refs, Event event) {
        DependencyId id = refs.get(event.ref());
        if (id == null) {
            throw new IllegalStateException("demo event refers to an unknown dependency " + event.ref());
        }
        return id;
    }

    private static String day(LocalDate today, Integer offset) {
        return offset == null ? null : today.plusDays(offset).toString();
    }

    /** Ten in the morning, in the clock's zone, on the day {@code offset} days from today. */
    private static java.time.Instant at(LocalDate today, int offset, PreviewClock clock) {
        return today.plusDays(offset).atTime(LocalTime.of(10, 0)).atZone(clock.zone()).toInstant();
    }
}
