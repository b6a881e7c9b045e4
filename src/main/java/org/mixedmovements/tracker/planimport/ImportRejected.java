package org.mixedmovements.tracker.planimport;

import java.util.List;
import org.mixedmovements.tracker.base.InvalidInputException;

/** An import file that cannot be imported, with every problem found in it; nothing was written. */
public class ImportRejected extends InvalidInputException {

    private final transient List<ImportProblem> details;

    public ImportRejected(List<ImportProblem> details) {
        super(details.stream().map(p -> new Problem(p.column(), p.row(), p.messageKey(), p.arguments())).toList());
        this.details = List.copyOf(details);
    }

    static ImportRejected ofFile(String sheet, String messageKey, Object... arguments) {
        return new ImportRejected(List.of(new ImportProblem(sheet, null, null, messageKey, arguments)));
    }

    /** Every problem with its sheet. */
    public List<ImportProblem> details() {
        return details;
    }
}
