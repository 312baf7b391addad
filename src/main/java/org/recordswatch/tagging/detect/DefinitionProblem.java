package org.recordswatch.tagging.detect;

/**
 * Something wrong in a taxonomy an administrator edited: where ({@code categories[ssn].detectors[ssn.labelled]}) and
 * what. The engine refuses to compile a taxonomy with problems, so a bad edit never reaches the tagging run.
 */
public record DefinitionProblem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
