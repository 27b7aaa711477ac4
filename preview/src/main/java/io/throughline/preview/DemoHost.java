package io.throughline.preview;

import io.throughline.core.common.PermissionCheck;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The preview's stand-in for what Jira knows about people and teams. For now the only person is
 * the demo portfolio's product-ops lead, who may see and do everything; per-user permissions
 * arrive with the preview's user switch.
 */
final class DemoHost implements PermissionCheck, TeamDirectory {

    static final UserRef PRODUCT_OPS_LEAD = UserRef.of("ops.lead");

    private final SortedSet<Team> teams;

    DemoHost(Team... teams) {
        this.teams = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(teams)));
    }

    @Override
    public boolean canView(UserRef user, InitiativeKey initiative) {
        return PRODUCT_OPS_LEAD.equals(user);
    }

    @Override
    public boolean canEdit(UserRef user, InitiativeKey initiative) {
        return PRODUCT_OPS_LEAD.equals(user);
    }

    @Override
    public boolean canActForTeam(UserRef user, Team team) {
        return PRODUCT_OPS_LEAD.equals(user);
    }

    @Override
    public SortedSet<Team> teams() {
        return teams;
    }
}
