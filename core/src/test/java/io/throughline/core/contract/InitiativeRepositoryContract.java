package io.throughline.core.contract;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InitiativeRepository} must do; each implementation runs this suite. */
public abstract class InitiativeRepositoryContract {

    private InitiativeRepository repository;

    /** A fresh, empty repository for each test. */
    protected abstract InitiativeRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void savedInitiativeIsFoundWithEveryField() {
        Initiative saved = initiative("GROW-7").summary("Onboarding “checklist” — für alle <admins>")
                .team("Growth").stage(Stage.COMMITTED).owner("JIRAUSER10100")
                .metric("p95 checkout latency: 900 ms → 400 ms").horizon(LocalDate.of(2026, 6, 30)).build();

        repository.save(saved);

        assertThat(repository.find(InitiativeKey.parse("GROW-7"))).contains(saved);
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        Initiative bare = initiative("GROW-8").owner(null).metric(null).horizon(null).build();

        repository.save(bare);

        assertThat(repository.find(bare.key())).contains(bare);
    }

    @Test
    void savingAgainReplacesTheInitiative() {
        repository.save(initiative("GROW-1").summary("First").build());
        Initiative second = initiative("GROW-1").summary("Second").stage(Stage.DELIVERING).owner(null).build();

        repository.save(second);

        assertThat(repository.find(second.key())).contains(second);
        assertThat(repository.findAll()).hasSize(1);
    }

    @Test
    void findAllReturnsEveryInitiativeInKeyOrder() {
        repository.save(initiative("GROW-10").build());
        repository.save(initiative("DATA-3").team("Data").build());
        repository.save(initiative("GROW-2").build());

        assertThat(repository.findAll()).extracting(i -> i.key().value())
                .containsExactly("DATA-3", "GROW-2", "GROW-10");
    }

    @Test
    void rekeyMovesTheCopyAndAnExistingCopyUnderTheNewKeyWins() {
        repository.save(initiative("GROW-1").summary("Moved").build());
        repository.save(initiative("GROW-2").summary("Already there").build());
        repository.save(initiative("OPS-2").summary("Newer copy").team("Ops").build());

        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-1"));
        repository.rekey(InitiativeKey.parse("GROW-2"), InitiativeKey.parse("OPS-2"));
        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-1"));

        assertThat(repository.findAll()).extracting(i -> i.key().value(), Initiative::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OPS-1", "Moved"),
                org.assertj.core.groups.Tuple.tuple("OPS-2", "Newer copy"));
    }

    @Test
    void unknownKeyIsEmpty() {
        assertThat(repository.find(InitiativeKey.parse("NOPE-1"))).isEmpty();
        assertThat(repository.findAll()).isEmpty();
    }
}
