package io.throughline.core.signal;

import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.Setting;

/** The signals' thresholds, as the administrator's settings say (defaults in {@link Setting}). */
public record SignalThresholds(int stalledDays, int notStartedDays, int mostlyDonePercent, int mostlyDoneWeeks,
                               int contradictionDays, int speedWindowDays, int outputDeployments, int outputDays,
                               int outcomeDays, int evidenceStaleDays, int coordinationWeeks) {

    public static final SignalThresholds DEFAULTS = of(AppSettings.DEFAULTS);

    public static SignalThresholds of(AppSettings settings) {
        return new SignalThresholds(settings.number(Setting.STALLED_DAYS), settings.number(Setting.NOT_STARTED_DAYS),
                settings.number(Setting.MOSTLY_DONE_PERCENT), settings.number(Setting.MOSTLY_DONE_WEEKS),
                settings.number(Setting.CONTRADICTION_DAYS), settings.number(Setting.SPEED_WINDOW_DAYS),
                settings.number(Setting.OUTPUT_DEPLOYMENTS), settings.number(Setting.OUTPUT_DAYS),
                settings.number(Setting.OUTCOME_DAYS), settings.number(Setting.EVIDENCE_STALE_DAYS),
                settings.number(Setting.COORDINATION_WEEKS));
    }
}
