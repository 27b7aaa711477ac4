package io.throughline.preview;

import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.standalone.AoDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 3 and 4, in Jira Data Center's shape: two preview nodes that share one real
 * PostgreSQL and nothing else, each race node one against node two. Only the database can decide.
 */
class TwoNodesRaceTest {

    private static EmbeddedPostgres postgres;
    private static RunningPreview nodeOne;
    private static RunningPreview nodeTwo;
    private static AoDatabase database;
    private static HttpRaces races;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Optional<String> url = Optional.of(postgres.getJdbcUrl("postgres", "postgres"));
        nodeOne = new RunningPreview(url, "postgres");
        // Started second, on a database that is no longer empty: it migrates nothing and seeds nothing.
        nodeTwo = new RunningPreview(url, "postgres");
        database = AoDatabase.open(url.get(), "postgres", "");
        races = new HttpRaces(List.of(nodeOne, nodeTwo), new AoStageHistory(database.access()));
    }

    @AfterAll
    static void stop() throws IOException {
        races.close();
        database.close();
        nodeTwo.close();
        nodeOne.close();
        postgres.close();
    }

    @Test
    void ofTwoMovesFromOneStageOnTwoNodesExactlyOneIsMadeAndTheOtherIsA409() throws Exception {
        races.raceTwoMovesFromOneStage(20, 100);
    }

    @Test
    void ofFourCreatesOfOneKeyOnTwoNodesExactlyOneIsA201AndTheRestAre409() throws Exception {
        races.raceCreatesOfOneKey(20, 500, 4);
    }
}
