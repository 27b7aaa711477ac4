package io.throughline.store.setting;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One setting an administrator changed from its default: its JSON name (unique) and its value, at
 * most 255 characters (the core's limit and AO's default column length). A setting at its default
 * has no row. Configuration: a replacement deletes the rows it no longer lists.
 */
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    String getSettingName();

    void setSettingName(String name);

    @NotNull
    String getSettingValue();

    void setSettingValue(String value);
}
