package org.recordswatch.tagging.detect;

import java.util.List;

/** Thrown when a taxonomy cannot be read or compiled; {@link #problems()} lists every problem found. */
public class InvalidTaxonomyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    public InvalidTaxonomyException(List<DefinitionProblem> problems) {
        super(problems.size() + " problem(s) in the taxonomy, first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
