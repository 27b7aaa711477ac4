package io.throughline.bench.data;

/**
 * What the generator makes: how many initiatives and dependencies, from which seed, plus pairs of
 * initiatives ready for a transition (figure 3). Everything else follows from these numbers and
 * the fixed proportions in {@link PortfolioGenerator}, which are printed with the results.
 */
public record PortfolioShape(String name, int initiatives, int dependencies, int transitionPairs, long seed) {

    public static final long SEED = 20_260_601L;
    /** Figure 1's initiative: this many evidence entries and dependencies, all passing the commit gate. */
    public static final int SUBJECT_EVIDENCE = 200;
    public static final int SUBJECT_DEPENDENCIES = 50;
    /** Initiatives per team on average (Jira: one project per team), up to a ceiling on teams. */
    public static final int INITIATIVES_PER_TEAM = 25;
    public static final int MAX_TEAMS = 200;

    public PortfolioShape {
        if (initiatives < 2 || dependencies < SUBJECT_DEPENDENCIES || transitionPairs < 0) {
            throw new IllegalArgumentException("portfolio too small: " + initiatives + "/" + dependencies);
        }
    }

    public static PortfolioShape of(int initiatives, int dependencies) {
        return new PortfolioShape(label(initiatives) + "/" + label(dependencies), initiatives, dependencies, 0, SEED);
    }

    public PortfolioShape withTransitionPairs(int pairs) {
        return new PortfolioShape(name + "+" + pairs + "x2", initiatives, dependencies, pairs, seed);
    }

    public int teams() {
        return Math.min(MAX_TEAMS, Math.max(4, initiatives / INITIATIVES_PER_TEAM));
    }

    private static String label(int count) {
        return count % 1000 == 0 ? count / 1000 + "k" : String.valueOf(count);
    }
}
