package io.throughline.store.setting;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One claimed version of the settings, inserted before they are replaced. The version is unique, so
 * of two admins who both read version n, the database lets exactly one claim n+1 and the other's
 * replacement fails as a whole. The highest row is the settings' version. Never updated.
 */
@Table("SETTING_CLAIM")
public interface SettingClaimEntity extends Entity {

    @NotNull
    @Unique
    long getVersion();

    void setVersion(long version);
}
