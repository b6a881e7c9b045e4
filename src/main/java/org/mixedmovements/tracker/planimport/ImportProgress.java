package org.mixedmovements.tracker.planimport;

/** Told how far an import has gone, so a view can show a progress bar; called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done, total) -> { };

    /**
     * @param step a message key naming the step ("import.progress.checking", "import.progress.writing")
     * @param done rows handled so far
     * @param total rows to handle in this step
     */
    void at(String step, int done, int total);
}
