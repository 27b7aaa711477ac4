package io.throughline.core.trace;

import io.throughline.core.common.Team;

/** One team's share of a trace. */
public record TeamProgress(Team team, Progress progress) {
}
