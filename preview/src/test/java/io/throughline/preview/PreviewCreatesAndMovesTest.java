package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.standalone.AoDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 3, 4 and 8, on one preview over its default H2 store: requests that race over
 * real HTTP are decided in the database, one winner and 409s, never two winners or a 500; and a
 * create asks permission before it says whether the key is taken.
 */
class PreviewCreatesAndMovesTest {

    private static RunningPreview preview;
    private static AoDatabase database;
    private static HttpRaces races;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
        // The same H2 database as the preview's (one engine per file in a JVM), for reading the stage history.
        database = AoDatabase.h2File(preview.data);
        races = new HttpRaces(List.of(preview), new AoStageHistory(database.access()));
    }

    @AfterAll
    static void stop() {
        races.close();
        database.close();
        preview.close();
    }

    @Test
    void ofTwoMovesSentTogetherFromOneStageExactlyOneIsMadeAndTheOtherIsA409() throws Exception {
        races.raceTwoMovesFromOneStage(20, 100);
    }

    @Test
    void aCreateWithoutPermissionGetsTheSame403ForATakenAndAFreeKeyAndNamesNeither() {
        String body = ",\"summary\":\"Probe\",\"team\":\"Identity\"}";
        // pm.growth may browse IDN (so IDN-1 is visible) but not create there; guest may only browse GROW.
        for (String[] probe : new String[][] {{"pm.growth", "IDN-1", "IDN-777"}, {"guest", "GROW-1", "GROW-777"}}) {
            RunningPreview.Reply taken = preview.post("/preview/initiatives", probe[0], "{\"key\":\"" + probe[1] + "\"" + body);
            RunningPreview.Reply free = preview.post("/preview/initiatives", probe[0], "{\"key\":\"" + probe[2] + "\"" + body);

            assertThat(taken.status()).isEqualTo(403);
            assertThat(free.status()).isEqualTo(403);
            assertThat(taken.body()).isEqualTo(free.body()).doesNotContain(probe[1], probe[2], "may see");
        }
        assertThat(preview.get(HttpRaces.API + "/initiatives/IDN-777", "ops.lead").status()).isEqualTo(404);
    }

    @Test
    void ofFourCreatesOfOneKeySentTogetherExactlyOneIsA201AndTheRestAre409() throws Exception {
        races.raceCreatesOfOneKey(20, 500, 4);
    }
}
