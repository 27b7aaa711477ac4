package io.throughline.jira.web.rest;

import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import java.util.List;
import java.util.Optional;

/** A broken store: every read fails with an exception full of details no caller may see. */
final class ThrowingInitiatives implements InitiativeRepository {

    static final String SECRET = "jdbc:h2:/srv/secret-db password=hunter2";

    @Override
    public void save(Initiative initiative) {
        throw failure();
    }

    @Override
    public void create(Initiative initiative) {
        throw failure();
    }

    @Override
    public void update(Initiative after, io.throughline.core.initiative.Stage expected) {
        throw failure();
    }

    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        throw failure();
    }

    @Override
    public List<Initiative> findAll() {
        throw failure();
    }

    private static IllegalStateException failure() {
        return new IllegalStateException("connection refused: " + SECRET);
    }

    @Override
    public void rekey(io.throughline.core.initiative.InitiativeKey from, io.throughline.core.initiative.InitiativeKey to) {
        throw failure();
    }
}
