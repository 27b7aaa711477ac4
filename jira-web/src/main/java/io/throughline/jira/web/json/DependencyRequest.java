package io.throughline.jira.web.json;

import io.throughline.core.dependency.DependencyForm;

/** A POSTed dependency request from a consumer initiative to a providing team. */
public record DependencyRequest(String providerTeam, String providerIssueKey, String description, String neededBy) {

    /** The name this API gives the field the core calls {@link DependencyForm#PROVIDER_ISSUE}. */
    public static final String PROVIDER_ISSUE_KEY = "providerIssueKey";

    public DependencyForm toForm() {
        return new DependencyForm(providerTeam, providerIssueKey, description, neededBy);
    }
}
