package io.throughline.core.setup;

/**
 * Port: what the host knows about the app's setup (the Initiative issue type, its fields, screens
 * and workflows), and the one change the setup check may make on its own: putting a field on a screen.
 */
public interface SetupFacts {

    /** The setup as it is now, read fresh on every call. */
    SetupSnapshot snapshot();

    /**
     * Adds the field to the first tab of the screen, unless the screen already has it. Returns whether
     * the screen now has the field (false when the screen has no tab to put it on or is gone).
     */
    boolean addFieldToScreen(String screenId, String fieldId);
}
