package org.recordswatch.tagging.taxonomy;

import java.util.List;

/**
 * What an administrator fills in for a category.
 *
 * @param code the stable code ({@code ssn}); fixed once created, exports and ground truth refer to it
 * @param threshold the confidence a hit needs for a message to count in the category, 0 to 1
 */
public record CategoryForm(String code, String labelEn, String labelEs, String description, List<String> examples,
        double threshold, boolean enabled) {
}
