package io.throughline.bench.app;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventSources;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.preview.PreviewDirectory;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.AoTransactions;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.scorecard.AoScorecardLines;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.AoDeliveryRollUps;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The app over a benchmark database, as the preview wires it, viewed by one admin who sees everything. */
public final class BenchApp {

    public static final UserRef VIEWER = UserRef.of("ops.lead");

    private BenchApp() {
    }

    /** The app with {@link SyntheticWork#standard()} as its host's delivery work and roll-ups kept in AO. */
    public static Throughline over(AoDatabase database) {
        return over(database, SyntheticWork.standard());
    }

    /**
     * The app over {@code work}, for a figure that counts the host's calls: roll-ups and scorecard lines
     * kept in AO, no contracts, assumptions, interaction modes, events or settings (each at its default).
     */
    public static Throughline over(AoDatabase database, DeliveryWork work) {
        AoAccess ao = database.access();
        PreviewDirectory directory = directory(database);
        return new Throughline(new Ports(new AoInitiatives(ao), new AoStageHistory(ao), new AoEvidenceLedger(ao),
                new AoDependencies(ao), directory, directory, Clock.system(ZoneId.systemDefault()),
                new AoTransactions(ao), GateParameterSource.NONE, work, new AoDeliveryRollUps(ao), ContractRecords.NONE,
                AssumptionRecords.NONE, InteractionRepository.NONE, DeliveryEvents.NONE, EventSources.NOBODY,
                SettingsRepository.DEFAULTS, new AoScorecardLines(ao)),
                PolicyParameters.defaults());
    }

    /** The viewer, and every team the database mentions (read once, at set-up). */
    public static PreviewDirectory directory(AoDatabase database) {
        List<String> teams = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT " + Sql.column("TEAM") + " FROM "
                     + Sql.table("INITIATIVE") + " UNION SELECT DISTINCT " + Sql.column("PROVIDER_TEAM") + " FROM "
                     + Sql.table("DEPENDENCY"))) {
            while (rows.next()) {
                teams.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the teams", e);
        }
        return new PreviewDirectory(List.of(new PreviewDirectory.Person(VIEWER.key(), "Ops lead", true, Set.of(),
                Set.of(), Set.of())), teams);
    }
}
