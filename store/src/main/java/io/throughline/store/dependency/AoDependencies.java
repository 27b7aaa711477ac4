package io.throughline.store.dependency;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.StoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * {@link DependencyRepository} on Active Objects. Reading any number of dependencies takes two
 * statements (the requests, then all their changes); a transition inserts its change row under a
 * unique compare-and-set key and only then moves the request's state, in one transaction.
 */
public final class AoDependencies implements DependencyRepository {

    /** How many ids go into one IN (...) list. */
    private static final int IN_CHUNK = 500;

    private final AoAccess ao;

    public AoDependencies(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public Dependency create(NewDependency request) {
        DependencyEntity entity = ao.create(DependencyEntity.class, row(
                "CONSUMER_KEY", request.consumer().value(),
                "PROVIDER_TEAM", request.providerTeam().name(),
                "PROVIDER_ISSUE", request.providerIssue().map(InitiativeKey::value).orElse(null),
                "DESCRIPTION", request.description(),
                "NEEDED_BY", Columns.day(request.neededBy()),
                "STATE", DependencyState.REQUESTED.name(),
                "VERSION", 0,
                "REQUESTED_BY", request.requestedBy().key(),
                "REQUESTED_AT", Columns.millis(request.requestedAt())));
        return Dependency.requested(new DependencyId(entity.getID()), request);
    }

    @Override
    public Optional<Dependency> find(DependencyId id) {
        return assemble(ao.find(DependencyEntity.class, Query.select().where("ID = ?", Math.toIntExact(id.value()))))
                .stream().findFirst();
    }

    @Override
    public List<Dependency> findByConsumer(InitiativeKey consumer) {
        return assemble(ao.find(DependencyEntity.class,
                Query.select().where("CONSUMER_KEY = ?", consumer.value()).order("ID ASC")));
    }

    @Override
    public List<Dependency> findAll() {
        DependencyEntity[] requests = ao.find(DependencyEntity.class, Query.select().order("ID ASC"));
        Map<Integer, List<DependencyChange>> changes = group(
                ao.find(DependencyChangeEntity.class, Query.select().order("DEPENDENCY_ID ASC, SEQ ASC")));
        return toDependencies(requests, changes);
    }

    @Override
    public void recordTransition(Dependency after) {
        DependencyChange change = after.lastChange()
                .orElseThrow(() -> new IllegalArgumentException("a transition needs a change"));
        int id = Math.toIntExact(after.id().value());
        int version = after.version();
        try {
            ao.inTransaction(() -> {
                DependencyEntity[] rows = ao.find(DependencyEntity.class, Query.select().where("ID = ?", id));
                if (rows.length == 0) {
                    throw new ThroughlineException.NotFound(
                            Message.of("throughline.error.dependency-not-found", after.id().toString()));
                }
                DependencyEntity row = rows[0];
                if (row.getVersion() != version - 1) {
                    throw conflict(after, row.getState());
                }
                ao.create(DependencyChangeEntity.class, row(
                        "DEPENDENCY_ID", id,
                        "SEQ", version,
                        "CAS_KEY", id + ":" + version,
                        "FROM_STATE", change.from().name(),
                        "TO_STATE", change.to().name(),
                        "CHANGED_BY", change.by().key(),
                        "CHANGED_AT", Columns.millis(change.at()),
                        "COMMITTED_DATE", change.committedDate().map(Columns::day).orElse(null),
                        "REASON", change.reason().orElse(null)));
                row.setState(change.to().name());
                row.setVersion(version);
                if (version == 1) {
                    row.setAcknowledgedAt(Columns.millis(change.at()));
                }
                row.save();
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                String now = find(after.id()).map(d -> d.state().name()).orElse("?");
                throw conflict(after, now);
            }
            throw e;
        }
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (DependencyEntity row : ao.find(DependencyEntity.class,
                    Query.select().where("CONSUMER_KEY = ? OR PROVIDER_ISSUE = ?", from.value(), from.value()))) {
                if (from.value().equals(row.getConsumerKey())) {
                    row.setConsumerKey(to.value());
                }
                if (from.value().equals(row.getProviderIssue())) {
                    row.setProviderIssue(to.value());
                }
                row.save();
            }
            return null;
        });
    }

    private static ThroughlineException.Conflict conflict(Dependency after, String currentState) {
        return new ThroughlineException.Conflict(Message.of("throughline.dependency.changed-meanwhile",
                after.id().toString(), currentState));
    }

    /** The requests with their changes, read in a bounded number of statements. */
    private List<Dependency> assemble(DependencyEntity[] requests) {
        if (requests.length == 0) {
            return List.of();
        }
        List<DependencyChangeEntity> changes = new ArrayList<>();
        for (int from = 0; from < requests.length; from += IN_CHUNK) {
            List<DependencyEntity> chunk = Arrays.asList(requests).subList(from, Math.min(requests.length, from + IN_CHUNK));
            String marks = chunk.stream().map(r -> "?").collect(Collectors.joining(", "));
            Object[] ids = chunk.stream().map(DependencyEntity::getID).toArray();
            changes.addAll(Arrays.asList(ao.find(DependencyChangeEntity.class,
                    Query.select().where("DEPENDENCY_ID IN (" + marks + ")", ids).order("DEPENDENCY_ID ASC, SEQ ASC"))));
        }
        return toDependencies(requests, group(changes.toArray(DependencyChangeEntity[]::new)));
    }

    private static Map<Integer, List<DependencyChange>> group(DependencyChangeEntity[] rows) {
        Map<Integer, List<DependencyChange>> byDependency = new HashMap<>();
        for (DependencyChangeEntity row : rows) {
            byDependency.computeIfAbsent(row.getDependencyId(), id -> new ArrayList<>()).add(new DependencyChange(
                    DependencyState.valueOf(row.getFromState()),
                    DependencyState.valueOf(row.getToState()),
                    new UserRef(row.getChangedBy()),
                    Columns.instant(row.getChangedAt()),
                    Optional.ofNullable(row.getCommittedDate()).map(Columns::date),
                    Optional.ofNullable(row.getReason())));
        }
        return byDependency;
    }

    private static List<Dependency> toDependencies(DependencyEntity[] requests,
                                                   Map<Integer, List<DependencyChange>> changes) {
        List<Dependency> dependencies = new ArrayList<>(requests.length);
        for (DependencyEntity row : requests) {
            NewDependency request = new NewDependency(
                    new InitiativeKey(row.getConsumerKey()),
                    new Team(row.getProviderTeam()),
                    Optional.ofNullable(row.getProviderIssue()).map(InitiativeKey::new),
                    row.getDescription(),
                    Columns.date(row.getNeededBy()),
                    new UserRef(row.getRequestedBy()),
                    Columns.instant(row.getRequestedAt()));
            dependencies.add(new Dependency(new DependencyId(row.getID()), request,
                    changes.getOrDefault(row.getID(), List.of())));
        }
        return dependencies;
    }
}
