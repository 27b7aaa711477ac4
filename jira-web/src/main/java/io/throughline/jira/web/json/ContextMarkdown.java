package io.throughline.jira.web.json;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.common.People;
import io.throughline.core.context.InitiativeContext;
import io.throughline.core.contract.Contract;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.Decision;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.web.view.ViewText;
import java.util.List;

/**
 * The context as Markdown, for a person or an assistant to read: a heading with the citation, then
 * the contract, assumptions, decisions, dependencies and latest evidence, each a list. Every text a
 * person typed is escaped so it reads as written and cannot add headings, links, HTML or list items.
 */
public final class ContextMarkdown {

    private final ViewText text;
    private final People people;
    private final StringBuilder out = new StringBuilder(2048);

    private ContextMarkdown(ViewText text, People people) {
        this.text = text;
        this.people = people;
    }

    public static String of(InitiativeContext context, ViewText text, People people) {
        return new ContextMarkdown(text, people).render(context);
    }

    private String render(InitiativeContext context) {
        Initiative initiative = context.initiative();
        out.append("# ").append(escape(initiative.key().value())).append(" — ").append(escape(initiative.summary()))
                .append("\n\n");
        line("throughline.web.context.cite", "`" + context.citation() + "`", context.computedAt().toString());
        line("throughline.web.context.facts", text.text("throughline.web.stage." + initiative.stage().name()),
                escape(initiative.team().name()), escape(initiative.owner().map(people::displayName)
                        .orElse(text.text("throughline.web.context.none"))));
        line("throughline.web.context.metric", escape(initiative.successMetric()
                .orElse(text.text("throughline.web.context.none"))));
        line("throughline.web.context.horizon", initiative.evidenceHorizon().map(h -> h.date().toString())
                .orElse(text.text("throughline.web.context.none")));
        out.append('\n');
        contract(context);
        section("throughline.web.context.assumptions", context.assumptions().isEmpty());
        for (Assumption assumption : context.assumptions()) {
            item(text.text("throughline.web.context.assumption", assumption.status().name(), escape(assumption.text()),
                    assumption.latest().map(r -> r.evidence().toString()).orElse("–")));
        }
        section("throughline.web.context.decisions", context.decisions().isEmpty());
        context.decisions().forEach(this::decision);
        section("throughline.web.context.dependencies", context.dependencies().isEmpty());
        for (Dependency dependency : context.dependencies()) {
            item(text.text("throughline.web.context.dependency", escape(dependency.providerTeam().name()),
                    escape(dependency.description()), dependency.state().name(), dependency.neededBy().toString(),
                    dependency.committedDate().map(Object::toString).orElse("–"),
                    context.shownProviderIssue(dependency).map(InitiativeKey::value).orElse("–")));
        }
        section("throughline.web.context.evidence", context.latestEvidence().isEmpty());
        for (EvidenceEntry entry : context.latestEvidence()) {
            item(text.text("throughline.web.context.entry", entry.id().toString(), entry.observedOn().toString(),
                    text.text("throughline.web.evidence.kind." + entry.kind().name()), escape(entry.summary()),
                    entry.observedValue().map(v -> v.toPlainString()).orElse("–"), entry.provenance().origin().name()));
        }
        return out.toString();
    }

    private void contract(InitiativeContext context) {
        section("throughline.web.context.contract", context.contract().isEmpty());
        if (context.contract().isEmpty()) {
            return;
        }
        Contract contract = context.contract().get();
        item(text.text("throughline.web.context.committed", contract.commitment().at().toString(),
                escape(people.displayName(contract.commitment().by())),
                escape(contract.commitment().successMetric().orElse("–")),
                contract.commitment().evidenceHorizon().map(h -> h.date().toString()).orElse("–")));
        for (Contract.Change change : contract.changes()) {
            item(text.text("throughline.web.context.change", change.change().id().toString(),
                    change.change().field().name(), escape(change.change().before().orElse("–")),
                    escape(change.change().after().orElse("–")),
                    change.acceptedBy().map(id -> text.text("throughline.web.context.accepted", id.toString()))
                            .orElse(text.text("throughline.web.context.not-accepted"))));
        }
    }

    private void decision(EvidenceEntry entry) {
        StringBuilder parts = new StringBuilder(escape(entry.summary()));
        entry.decision().flatMap(Decision::chosen).ifPresent(chosen ->
                parts.append(" — ").append(text.text("throughline.web.decision.chosen", escape(chosen))));
        List<String> options = entry.decision().map(Decision::options).orElse(List.of());
        if (!options.isEmpty()) {
            parts.append(" — ").append(text.text("throughline.web.decision.options",
                    String.join(" · ", options.stream().map(ContextMarkdown::escape).toList())));
        }
        entry.decision().flatMap(Decision::rationale).ifPresent(why ->
                parts.append(" — ").append(text.text("throughline.web.decision.rationale", escape(why))));
        item(entry.observedOn() + " (" + entry.id() + "): " + parts);
    }

    private void line(String key, Object... args) {
        out.append(text.text(key, args)).append("  \n");
    }

    private void section(String key, boolean empty) {
        out.append("\n## ").append(text.text(key)).append("\n\n");
        if (empty) {
            out.append(text.text("throughline.web.context.empty")).append('\n');
        }
    }

    private void item(String line) {
        out.append("- ").append(line).append('\n');
    }

    /**
     * Typed text as Markdown that reads the same: each character Markdown gives a meaning is
     * backslash-escaped, angle brackets and ampersands become entities (so no HTML gets through), and
     * line breaks become spaces (so a text cannot start a new block).
     */
    static String escape(String typed) {
        StringBuilder escaped = new StringBuilder(typed.length() + 8);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r', '\t' -> escaped.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '"' ->
                        escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
