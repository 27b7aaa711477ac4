package io.throughline.core.trace;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.util.List;
import java.util.Optional;

/**
 * Port: the stored roll-ups, one per initiative. Two nodes may compute the same initiative's
 * roll-up at once; the store keeps the one computed last (by {@link DeliveryRollUp#computedAt()}),
 * whichever write arrives last, so a slow writer never puts back older figures.
 */
public interface DeliveryRollUps extends KeyedByInitiative {

    /** A host that keeps no roll-ups: nothing is stored and nothing is found. */
    DeliveryRollUps NONE = new DeliveryRollUps() {
        @Override
        public void put(DeliveryRollUp rollUp) {
        }

        @Override
        public Optional<DeliveryRollUp> find(InitiativeKey initiative) {
            return Optional.empty();
        }

        @Override
        public List<DeliveryRollUp> findAll() {
            return List.of();
        }

        @Override
        public void remove(InitiativeKey initiative) {
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
        }
    };

    /**
     * Stores the roll-up as the initiative's, replacing one computed earlier; one computed later is
     * kept instead. One row per initiative however many writers race.
     *
     * @throws ThroughlineException.Conflict {@link #raced} when another writer stored the initiative's
     *     first roll-up at the same moment; putting again in a new transaction then keeps the newer
     */
    void put(DeliveryRollUp rollUp);

    Optional<DeliveryRollUp> find(InitiativeKey initiative);

    /** Every roll-up, in initiative key order; one read whatever their number. */
    List<DeliveryRollUp> findAll();

    /** Forgets the initiative's roll-up (the app no longer knows the initiative). Safe to repeat. */
    void remove(InitiativeKey initiative);

    /** The conflict of a put that lost an insert race with another writer; worded once for every store. */
    static ThroughlineException.Conflict raced(InitiativeKey initiative) {
        return new ThroughlineException.Conflict(Message.of("throughline.rollup.changed-meanwhile", initiative.value()));
    }
}
