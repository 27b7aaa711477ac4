package io.throughline.core.evidence;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.metric.Reading;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence as a person typed it (every field a string, any of them possibly wrong). Turning it
 * into {@link NewEvidence} reports every problem at once, field by field, in i18n keys.
 */
public record EvidenceForm(
        String kind, String summary, String sourceUrl, String observedValue, String observedOn, String supersedes,
        String accepts, String decidedBy, String options, String chosen, String rationale, String revisitOn,
        String provenance, String tool, String contextVersion) {

    public static final String KIND = "kind";
    public static final String SUMMARY = "summary";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String OBSERVED_VALUE = "observedValue";
    public static final String OBSERVED_ON = "observedOn";
    public static final String SUPERSEDES = "supersedes";
    public static final String ACCEPTS = "accepts";
    public static final String DECIDED_BY = "decidedBy";
    public static final String OPTIONS = "options";
    public static final String CHOSEN = "chosen";
    public static final String RATIONALE = "rationale";
    public static final String REVISIT_ON = "revisitOn";
    public static final String PROVENANCE = "provenance";
    public static final String TOOL = "tool";
    public static final String CONTEXT_VERSION = "contextVersion";

    /** A person's form that names no context version. */
    public EvidenceForm(String kind, String summary, String sourceUrl, String observedValue, String observedOn,
                        String supersedes, String accepts, String decidedBy, String options, String chosen,
                        String rationale, String revisitOn) {
        this(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts, decidedBy, options, chosen,
                rationale, revisitOn, null, null, null);
    }

    /** A form that accepts no contract change. */
    public EvidenceForm(String kind, String summary, String sourceUrl, String observedValue, String observedOn,
                        String supersedes) {
        this(kind, summary, sourceUrl, observedValue, observedOn, supersedes, null);
    }

    /** A form without a decision record. */
    public EvidenceForm(String kind, String summary, String sourceUrl, String observedValue, String observedOn,
                        String supersedes, String accepts) {
        this(kind, summary, sourceUrl, observedValue, observedOn, supersedes, accepts, null, null, null, null, null);
    }

    /**
     * Validates against today's date, the initiative's ledger and the unit its metric is measured in
     * (a reading may carry that unit); throws InvalidInput listing every problem.
     */
    public NewEvidence validate(InitiativeKey initiative, UserRef by, Instant now, LocalDate today, Ledger ledger,
                                Optional<String> unit) {
        return validate(initiative, by, now, today, ledger, unit, List.of());
    }

    /**
     * As {@link #validate(InitiativeKey, UserRef, Instant, LocalDate, Ledger, Optional)}, where
     * {@code changes} are the initiative's contract changes a decision may accept.
     */
    public NewEvidence validate(InitiativeKey initiative, UserRef by, Instant now, LocalDate today, Ledger ledger,
                                Optional<String> unit, Collection<ContractChangeId> changes) {
        FieldErrors errors = new FieldErrors();
        EvidenceKind parsedKind = kind(errors);
        String text = errors.requireLine(SUMMARY, summary, NewEvidence.MAX_SUMMARY);
        Optional<SourceUrl> source = Optional.empty();
        if (!Texts.isBlank(sourceUrl)) {
            var problem = SourceUrl.problemWith(sourceUrl);
            problem.ifPresent(message -> errors.add(SOURCE_URL, message));
            source = problem.isEmpty() ? Optional.of(SourceUrl.parse(sourceUrl)) : Optional.empty();
        }
        Optional<BigDecimal> value = value(errors, parsedKind, unit);
        LocalDate observed = today;
        if (!Texts.isBlank(observedOn)) {
            observed = errors.date(OBSERVED_ON, observedOn, today);
            if (observed != null && observed.isAfter(today)) {
                errors.add(OBSERVED_ON, "throughline.evidence.observed-on.future", observed);
            }
        }
        Optional<EvidenceId> superseded = supersedes(errors, ledger);
        Optional<ContractChangeId> accepted = accepts(errors, parsedKind, changes);
        Optional<Decision> decision = decision(errors, parsedKind, today);
        Provenance made = provenance(errors);
        if (made.needsConfirmation() && superseded.isPresent()) {
            // A proposal counts nowhere until confirmed, so it may not take a standing entry's place either.
            errors.add(SUPERSEDES, "throughline.evidence.supersedes.proposal");
            superseded = Optional.empty();
        }
        Optional<String> version = Optional.empty();
        if (!Texts.isBlank(contextVersion)) {
            if (ContextVersions.isWellFormed(contextVersion.strip())) {
                version = Optional.of(contextVersion.strip());
            } else {
                errors.add(CONTEXT_VERSION, "throughline.evidence.context-version.bad", ContextVersions.LENGTH);
            }
        }
        errors.throwIfAny();
        return new NewEvidence(initiative, parsedKind, text, source, value, observed, by, now, superseded, accepted,
                decision, made, version);
    }

    /** How the entry was made: a person's unless said otherwise; an assistant's names the assistant. */
    private Provenance provenance(FieldErrors errors) {
        Provenance.Origin origin = Provenance.Origin.PERSON;
        if (!Texts.isBlank(provenance)) {
            try {
                origin = Provenance.Origin.valueOf(provenance.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(PROVENANCE, "throughline.evidence.provenance.unknown", provenance.strip(),
                        Arrays.toString(Provenance.Origin.values()));
                return Provenance.PERSON;
            }
        }
        String name = Texts.isBlank(tool) ? null : tool.strip();
        if (origin == Provenance.Origin.PERSON && name != null) {
            errors.add(TOOL, "throughline.evidence.tool.person");
            return Provenance.PERSON;
        }
        if (origin == Provenance.Origin.ASSISTANT && name == null) {
            errors.add(TOOL, "throughline.evidence.tool.required");
            return Provenance.PERSON;
        }
        if (name != null && (name.length() > Provenance.MAX_TOOL || !Texts.isPlainLine(name))) {
            errors.add(TOOL, "throughline.evidence.tool.bad", Provenance.MAX_TOOL);
            return Provenance.PERSON;
        }
        return Provenance.of(origin, name);
    }

    private EvidenceKind kind(FieldErrors errors) {
        if (Texts.isBlank(kind)) {
            errors.required(KIND);
            return null;
        }
        try {
            return EvidenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(KIND, "throughline.evidence.kind.unknown", kind.strip(), Arrays.toString(EvidenceKind.values()));
            return null;
        }
    }

    private Optional<BigDecimal> value(FieldErrors errors, EvidenceKind parsedKind, Optional<String> unit) {
        boolean given = !Texts.isBlank(observedValue);
        if (parsedKind == EvidenceKind.METRIC_READING && !given) {
            errors.add(OBSERVED_VALUE, "throughline.evidence.value.required");
            return Optional.empty();
        }
        if (!given) {
            return Optional.empty();
        }
        if (parsedKind != null && parsedKind != EvidenceKind.METRIC_READING) {
            errors.add(OBSERVED_VALUE, "throughline.evidence.value.not-a-reading");
            return Optional.empty();
        }
        Reading.Result reading = Reading.parse(observedValue, unit);
        if (reading instanceof Reading.Result.Invalid invalid) {
            errors.add(OBSERVED_VALUE, invalid.problem());
            return Optional.empty();
        }
        return Optional.of(((Reading.Result.Valid) reading).value());
    }

    private Optional<ContractChangeId> accepts(FieldErrors errors, EvidenceKind parsedKind,
                                               Collection<ContractChangeId> changes) {
        if (Texts.isBlank(accepts)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(accepts.strip());
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (parsedKind != null && parsedKind != EvidenceKind.DECISION) {
            errors.add(ACCEPTS, "throughline.evidence.accepts.not-a-decision");
            return Optional.empty();
        }
        if (id <= 0 || !changes.contains(new ContractChangeId(id))) {
            errors.add(ACCEPTS, "throughline.evidence.accepts.unknown", accepts.strip());
            return Optional.empty();
        }
        return Optional.of(new ContractChangeId(id));
    }

    /**
     * A decision's record from its fields: people as user keys separated by commas or lines, options
     * one per line, the chosen one among them, a rationale on one line, a revisit date from today on.
     */
    private Optional<Decision> decision(FieldErrors errors, EvidenceKind parsedKind, LocalDate today) {
        List<String> given = java.util.stream.Stream.of(decidedBy, options, chosen, rationale, revisitOn)
                .filter(field -> !Texts.isBlank(field)).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (parsedKind != null && parsedKind != EvidenceKind.DECISION) {
            for (String[] field : new String[][] {{DECIDED_BY, decidedBy}, {OPTIONS, options}, {CHOSEN, chosen},
                    {RATIONALE, rationale}, {REVISIT_ON, revisitOn}}) {
                if (!Texts.isBlank(field[1])) {
                    errors.add(field[0], "throughline.evidence.decision.not-a-decision");
                }
            }
            return Optional.empty();
        }
        List<String> people = lines(DECIDED_BY, decidedBy, "[,\\n]", Decision.MAX_PEOPLE, 255, errors);
        List<String> choices = lines(OPTIONS, options, "\\n", Decision.MAX_OPTIONS, Decision.MAX_OPTION, errors);
        String picked = Texts.isBlank(chosen) ? null : errors.requireLine(CHOSEN, chosen, Decision.MAX_OPTION);
        if (picked != null && !choices.isEmpty() && !choices.contains(picked)) {
            errors.add(CHOSEN, "throughline.evidence.decision.chosen-not-an-option", picked);
            picked = null;
        }
        String why = Texts.isBlank(rationale) ? null : errors.requireLine(RATIONALE, rationale, Decision.MAX_RATIONALE);
        LocalDate revisit = null;
        if (!Texts.isBlank(revisitOn)) {
            revisit = errors.date(REVISIT_ON, revisitOn, today);
            if (revisit != null && revisit.isBefore(today)) {
                errors.add(REVISIT_ON, "throughline.evidence.decision.revisit-past", revisit);
                revisit = null;
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(people.stream().map(UserRef::of).toList(), choices, Optional.ofNullable(picked),
                Optional.ofNullable(why), Optional.ofNullable(revisit)));
    }

    private static List<String> lines(String field, String text, String separator, int max, int maxLength,
                                      FieldErrors errors) {
        if (Texts.isBlank(text)) {
            return List.of();
        }
        List<String> parts = java.util.Arrays.stream(text.split(separator)).map(String::strip)
                .filter(part -> !part.isEmpty()).distinct().toList();
        if (parts.size() > max) {
            errors.add(field, "throughline.evidence.decision.too-many", parts.size(), max);
            return List.of();
        }
        for (String part : parts) {
            if (part.length() > maxLength || !Texts.isPlainLine(part)) {
                errors.add(field, "throughline.evidence.decision.bad-line", part.length() > 60
                        ? part.substring(0, 60) + "…" : part, maxLength);
                return List.of();
            }
        }
        return parts;
    }

    private Optional<EvidenceId> supersedes(FieldErrors errors, Ledger ledger) {
        if (Texts.isBlank(supersedes)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(supersedes.strip());
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (id <= 0) {
            errors.add(SUPERSEDES, "throughline.evidence.supersedes.not-an-id", supersedes.strip());
            return Optional.empty();
        }
        EvidenceId target = new EvidenceId(id);
        if (ledger.all().stream().noneMatch(e -> e.id().equals(target))) {
            errors.add(SUPERSEDES, "throughline.evidence.supersedes.unknown", Long.toString(id));
            return Optional.empty();
        }
        if (ledger.standing().stream().noneMatch(e -> e.id().equals(target))) {
            errors.add(SUPERSEDES, "throughline.evidence.supersedes.already", Long.toString(id));
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
