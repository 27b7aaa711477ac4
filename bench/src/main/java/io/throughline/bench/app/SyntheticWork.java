package io.throughline.bench.app;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Figure 5's host: delivery work held in memory, a tree of epics (linked to the initiative), their
 * stories and the stories' sub-tasks under each of a few initiatives of the portfolio. Every item is
 * built once from a fixed seed; every call a host would answer with one search is counted. Every
 * viewer sees every item, as the benchmark's admin does.
 */
public final class SyntheticWork implements DeliveryWork {

    /** Epics under the initiative, stories per epic, sub-tasks per story: three levels. */
    public record Shape(int epics, int storiesPerEpic, int subTasksPerStory) {
        public int items() {
            return epics * (1 + storiesPerEpic * (1 + subTasksPerStory));
        }
    }

    /** One traced initiative and the shape of the work under it. */
    public record Tree(InitiativeKey initiative, Shape shape) {
    }

    /** Traces of 20, 200 and 2,000 items under initiatives every generated portfolio has (team 0 is the largest). */
    public static final List<Tree> STANDARD = List.of(
            new Tree(new InitiativeKey("T0-2"), new Shape(2, 3, 2)),
            new Tree(new InitiativeKey("T0-3"), new Shape(4, 7, 6)),
            new Tree(new InitiativeKey("T0-4"), new Shape(20, 9, 10)));

    private static final long SEED = 20_260_601L;
    private static final Instant AS_OF = Instant.parse("2026-06-01T10:00:00Z");
    private static final int[] POINTS = {1, 2, 3, 5, 8};
    private static final int TEAMS = 6;

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Map<InitiativeKey, List<DeliveryItem>> below = new HashMap<>();
    private final Map<InitiativeKey, InitiativeKey> above = new HashMap<>();
    private final Map<InitiativeKey, List<DeliveryItem>> traces = new LinkedHashMap<>();
    private int issues;
    private long calls;

    private SyntheticWork(List<Tree> trees) {
        for (Tree tree : trees) {
            grow(tree);
        }
    }

    /** The three standard traces ({@link #STANDARD}), the same items on every call. */
    public static SyntheticWork standard() {
        return new SyntheticWork(STANDARD);
    }

    /** Calls made so far: each {@code under}, {@code childrenOf} and {@code above} is one host search. */
    public long calls() {
        return calls;
    }

    /** Every item under the initiative, level by level (epics, stories, sub-tasks). */
    public List<DeliveryItem> items(InitiativeKey initiative) {
        return traces.getOrDefault(initiative, List.of());
    }

    /** The first story of the initiative's first epic. */
    public InitiativeKey firstStory(InitiativeKey initiative) {
        InitiativeKey epic = below.get(initiative).get(0).key();
        return below.get(epic).get(0).key();
    }

    @Override
    public List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit) {
        calls++;
        List<DeliveryItem> linked = below.getOrDefault(initiative, List.of());
        return linked.subList(0, Math.min(limit, linked.size()));
    }

    @Override
    public List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit) {
        calls++;
        List<DeliveryItem> children = new ArrayList<>();
        for (InitiativeKey parent : parents) {
            for (DeliveryItem child : below.getOrDefault(parent, List.of())) {
                if (children.size() == limit) {
                    return children;
                }
                children.add(child);
            }
        }
        return children;
    }

    @Override
    public Set<InitiativeKey> above(Collection<InitiativeKey> keys) {
        calls++;
        Set<InitiativeKey> up = new LinkedHashSet<>();
        for (InitiativeKey key : keys) {
            InitiativeKey parent = above.get(key);
            if (parent != null) {
                up.add(parent);
            }
        }
        return up;
    }

    @Override
    public boolean hasEstimates() {
        return true;
    }

    private void grow(Tree tree) {
        Shape shape = tree.shape();
        List<DeliveryItem> epics = children(tree.initiative(), shape.epics(), "Epic", TraceVia.LINK, false, false);
        List<DeliveryItem> stories = new ArrayList<>();
        for (DeliveryItem epic : epics) {
            stories.addAll(children(epic.key(), shape.storiesPerEpic(), "Story", TraceVia.EPIC, true, true));
        }
        List<DeliveryItem> subTasks = new ArrayList<>();
        for (DeliveryItem story : stories) {
            subTasks.addAll(children(story.key(), shape.subTasksPerStory(), "Sub-task", TraceVia.SUBTASK, true, false));
        }
        List<DeliveryItem> all = new ArrayList<>(epics);
        all.addAll(stories);
        all.addAll(subTasks);
        traces.put(tree.initiative(), List.copyOf(all));
    }

    private List<DeliveryItem> children(InitiativeKey parent, int count, String type, TraceVia via, boolean named,
                                        boolean estimated) {
        List<DeliveryItem> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DeliveryItem item = item(named ? Optional.of(parent) : Optional.empty(), type, via, estimated);
            children.add(item);
            above.put(item.key(), parent);
        }
        below.put(parent, List.copyOf(children));
        return children;
    }

    /** Categories 40 / 25 / 35 %, points on stories only, the last change within 90 days of {@link #AS_OF}. */
    private DeliveryItem item(Optional<InitiativeKey> parent, String type, TraceVia via, boolean estimated) {
        InitiativeKey key = new InitiativeKey("DLV-" + ++issues);
        int roll = random.nextInt(100);
        StatusCategory category = roll < 40 ? StatusCategory.TO_DO
                : roll < 65 ? StatusCategory.IN_PROGRESS : StatusCategory.DONE;
        String status = switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
        Optional<BigDecimal> points = estimated
                ? Optional.of(BigDecimal.valueOf(POINTS[random.nextInt(POINTS.length)])) : Optional.empty();
        Instant updated = AS_OF.minusSeconds(random.nextInt(90 * 24 * 60) * 60L);
        return new DeliveryItem(key, "Work item " + key.value(), type, Team.of("Team " + random.nextInt(TEAMS)), status,
                category, parent, via, points,
                category == StatusCategory.TO_DO ? Optional.empty() : Optional.of(updated.minusSeconds(86_400)),
                category == StatusCategory.DONE ? Optional.of(updated) : Optional.empty(), updated);
    }
}
