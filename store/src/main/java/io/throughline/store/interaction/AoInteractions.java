package io.throughline.store.interaction;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Team;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.interaction.InteractionTable;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.StoreException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;

/**
 * {@link InteractionRepository} on Active Objects. A replacement claims the next version first
 * ({@link InteractionClaimEntity}, unique), then deletes the old rows and inserts the new ones, all
 * in one transaction: of two replacements racing from the same version the unique index keeps one.
 */
public final class AoInteractions implements InteractionRepository {

    private final AoAccess ao;

    public AoInteractions(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public InteractionTable table() {
        return ao.inTransaction(() -> {
            List<Interaction> pairs = new ArrayList<>();
            for (InteractionEntity entity : ao.find(InteractionEntity.class, Query.select())) {
                pairs.add(new Interaction(Team.of(entity.getConsumerTeam()), Team.of(entity.getProviderTeam()),
                        InteractionMode.valueOf(entity.getMode()), entity.getAckSlaDays()));
            }
            return new InteractionTable(pairs, version());
        });
    }

    @Override
    public InteractionTable replace(List<Interaction> pairs, long expectedVersion) {
        try {
            return ao.inTransaction(() -> {
                if (version() != expectedVersion) {
                    throw InteractionRepository.changedMeanwhile();
                }
                // The claim first: of two writers who read this version, the second waits here and then fails.
                ao.create(InteractionClaimEntity.class, row("VERSION", expectedVersion + 1));
                InteractionEntity[] old = ao.find(InteractionEntity.class, Query.select());
                if (old.length > 0) {
                    ao.delete(old);
                }
                for (Interaction pair : pairs) {
                    ao.create(InteractionEntity.class, row(
                            "PAIR_KEY", pair.consumer().name() + "\u2192" + pair.provider().name(),
                            "CONSUMER_TEAM", pair.consumer().name(),
                            "PROVIDER_TEAM", pair.provider().name(),
                            "MODE", pair.mode().name(),
                            "ACK_SLA_DAYS", pair.ackSlaDays()));
                }
                return new InteractionTable(pairs, expectedVersion + 1);
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                // No re-read here: on PostgreSQL the failed statement has aborted the transaction.
                throw InteractionRepository.changedMeanwhile();
            }
            throw e;
        }
    }

    private long version() {
        InteractionClaimEntity[] latest = ao.find(InteractionClaimEntity.class,
                Query.select().order("VERSION DESC").limit(1));
        return latest.length == 0 ? 0 : latest[0].getVersion();
    }
}
