/**
 * The portfolio by stage: the scorecard's rows grouped in lifecycle order, each stage with the gate
 * ahead of it, and the gates judged for the rows of the page being shown only (a gate reads each
 * initiative's own record, so judging every row would cost reads in proportion to the portfolio).
 */
package io.throughline.core.stageview;
