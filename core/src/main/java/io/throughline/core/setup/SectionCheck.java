package io.throughline.core.setup;

import io.throughline.core.initiative.StageMapping;

/** One section of the setup check, judged from the snapshot (and the stage mapping). */
interface SectionCheck {

    SetupSection check(SetupSnapshot setup, StageMapping mapping);
}
