package io.throughline.store.ao;

import io.throughline.store.assumption.AssumptionEntity;
import io.throughline.store.assumption.AssumptionResolutionEntity;
import io.throughline.store.contract.CommitmentEntity;
import io.throughline.store.contract.ContractChangeEntity;
import io.throughline.store.dependency.DependencyChangeEntity;
import io.throughline.store.dependency.DependencyEntity;
import io.throughline.store.evidence.EvidenceConfirmationEntity;
import io.throughline.store.evidence.EvidenceCorrectionEntity;
import io.throughline.store.evidence.EvidenceEntity;
import io.throughline.store.initiative.InitiativeClaimEntity;
import io.throughline.store.initiative.InitiativeEntity;
import io.throughline.store.initiative.StageChangeEntity;
import io.throughline.store.initiative.StageMappingEntity;
import io.throughline.store.interaction.InteractionClaimEntity;
import io.throughline.store.interaction.InteractionEntity;
import io.throughline.store.performance.DeliveryEventEntity;
import io.throughline.store.performance.EventIssueEntity;
import io.throughline.store.portfolio.DependencyStatusEntity;
import io.throughline.store.scorecard.ScorecardLineEntity;
import io.throughline.store.setting.SettingClaimEntity;
import io.throughline.store.setting.SettingEntity;
import io.throughline.store.trace.DeliveryRollUpEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.java.ao.RawEntity;

/** The schema as Jira's Active Objects plugin will create it: namespace, table prefix and entities. */
public final class StoreSchema {

    /** The {@code <ao namespace>} of the Jira plugin. Table names derive from it: never change it. */
    public static final String NAMESPACE = "io.throughline.jira";

    /** The entities of the current model version, in the order they are migrated. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            InitiativeEntity.class, StageChangeEntity.class, EvidenceEntity.class, EvidenceCorrectionEntity.class,
            DependencyEntity.class, DependencyChangeEntity.class, StageMappingEntity.class, InitiativeClaimEntity.class,
            DeliveryRollUpEntity.class, CommitmentEntity.class, ContractChangeEntity.class, AssumptionEntity.class,
            AssumptionResolutionEntity.class, EvidenceConfirmationEntity.class, InteractionEntity.class,
            InteractionClaimEntity.class, DeliveryEventEntity.class,
            EventIssueEntity.class, SettingEntity.class, SettingClaimEntity.class, ScorecardLineEntity.class,
            DependencyStatusEntity.class);

    private StoreSchema() {
    }

    /**
     * The table prefix the AO plugin derives from a namespace: {@code AO_} and the last six hex
     * digits of the namespace's MD5, upper-cased (e.g. {@code AO_4B8D87}).
     */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ENGLISH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends RawEntity<?>>[] entities() {
        return ENTITIES.toArray(new Class[0]);
    }
}
