package io.throughline.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.StoreException;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.standalone.AoDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's plain-SQL reads as they run inside Jira: through SAL's executor, on a connection to
 * the database where AO created the tables (H2 here, with the real schema).
 */
class JiraActiveObjectsAccessTest {

    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-7");

    private AoDatabase database;
    private TransactionalExecutorFactory executors;
    private final ActiveObjects ao = mock(ActiveObjects.class);

    @BeforeEach
    void open() {
        database = AoDatabase.h2Memory("jira-access-" + UUID.randomUUID()).migrate();
        executors = mock(TransactionalExecutorFactory.class);
        when(executors.createExecutor(anyBoolean(), anyBoolean())).thenReturn(new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                try (Connection connection = database.dataSource().getConnection()) {
                    return callback.execute(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readsTheLedgerThroughSalOnAReadOnlyExecutorThatJoinsTheCurrentTransaction() {
        EvidenceEntry written = new AoEvidenceLedger(database.access()).append(new NewEvidence(KEY,
                EvidenceKind.CUSTOMER_INSIGHT, "Five of eight interviewees asked for offline mode",
                Optional.of(SourceUrl.parse("https://research.example.com/notes/12")), Optional.empty(),
                LocalDate.of(2026, 11, 2), UserRef.of("pm.anna"), Instant.parse("2026-11-02T10:15:30Z"),
                Optional.empty()));

        List<EvidenceEntry> read = new AoEvidenceLedger(new JiraActiveObjectsAccess(ao, executors)).entriesFor(KEY);

        assertThat(read).containsExactly(written);
        verify(executors).createExecutor(true, false);
    }

    @Test
    void aFailureOfTheHostsExecutorBecomesAStoreFailure() {
        when(executors.createExecutor(anyBoolean(), anyBoolean())).thenReturn(new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                throw new IllegalStateException("no connection available");
            }
        });

        assertThatThrownBy(() -> new AoEvidenceLedger(new JiraActiveObjectsAccess(ao, executors)).entriesFor(KEY))
                .isInstanceOf(StoreException.class)
                .hasRootCauseMessage("no connection available");
    }

    @Test
    void anUpgradeStepCannotReadInPlainSql() {
        assertThatThrownBy(() -> new AoEvidenceLedger(JiraActiveObjectsAccess.forUpgrade(ao)).entriesFor(KEY))
                .isInstanceOf(StoreException.class)
                .hasRootCauseMessage("plain-SQL reads are not available to a schema upgrade step");
    }
}
