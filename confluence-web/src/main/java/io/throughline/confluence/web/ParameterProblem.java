package io.throughline.confluence.web;

import io.throughline.core.common.Message;

/** One macro parameter that cannot be used: its name and what is allowed instead, as a message. */
public record ParameterProblem(String parameter, Message message) {
}
