package io.throughline.confluence.web;

import java.util.List;

/** Macro parameters read from the page: usable values, or every problem found with them. */
public sealed interface Parsed<T> {

    /** The parameters, ready to use. */
    record Valid<T>(T value) implements Parsed<T> {
    }

    /** What is wrong, one problem per parameter. */
    record Invalid<T>(List<ParameterProblem> problems) implements Parsed<T> {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
