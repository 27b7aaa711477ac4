package io.throughline.core.testing;

import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import java.util.List;
import java.util.Optional;

/**
 * An {@link InitiativeRepository} whose next write is overtaken: another writer (another request,
 * another cluster node) gets in between the caller's read and its write, as a race would have it.
 */
public final class RacingInitiatives implements InitiativeRepository {

    private final InitiativeRepository store;
    private Runnable otherWriter;

    public RacingInitiatives(InitiativeRepository store) {
        this.store = store;
    }

    /** Just before the next create or update reaches the store, {@code write} runs there first. */
    public RacingInitiatives overtakeNextWrite(Runnable write) {
        otherWriter = write;
        return this;
    }

    @Override
    public void save(Initiative initiative) {
        store.save(initiative);
    }

    @Override
    public void create(Initiative initiative) {
        letOtherWriterIn();
        store.create(initiative);
    }

    @Override
    public void update(Initiative after, Stage expected) {
        letOtherWriterIn();
        store.update(after, expected);
    }

    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        return store.find(key);
    }

    @Override
    public List<Initiative> findAll() {
        return store.findAll();
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        store.rekey(from, to);
    }

    private void letOtherWriterIn() {
        Runnable write = otherWriter;
        otherWriter = null;
        if (write != null) {
            write.run();
        }
    }
}
