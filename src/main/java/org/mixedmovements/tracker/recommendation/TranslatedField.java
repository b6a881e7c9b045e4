package org.mixedmovements.tracker.recommendation;

/**
 * A text of a plan that can carry translations (issue 18): a recommendation's title, full text and theme, and a
 * milestone's name. Each knows the subject it belongs to and the longest text kept, as long as its original.
 */
public enum TranslatedField {
    TITLE("recommendation", 300),
    FULL_TEXT("recommendation", 10000),
    THEME("recommendation", 100),
    MILESTONE_NAME("milestone", 300);

    private final String subjectType;
    private final int max;

    TranslatedField(String subjectType, int max) {
        this.subjectType = subjectType;
        this.max = max;
    }

    public String subjectType() {
        return subjectType;
    }

    public int max() {
        return max;
    }
}
