package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.base.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the working group is asked to decide about milestones: a plan's milestones, a milestone's evidence, a requested
 * new due date (a proposed response is the recommendation's: {@code RecommendationService.responseProposal}). Reads
 * only.
 */
@Service
@Transactional(readOnly = true)
public class DecisionSubjects {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** One milestone of a proposed plan, with its owner's code. */
    public record ProposedMilestone(String name, String ownerCode, String countryIso2, LocalDate plannedStart,
                                    LocalDate dueDate, boolean evidenceRequired) {
    }

    /** A milestone reported done, with the evidence its owner gave; {@code link} is the first web address in it. */
    public record MilestoneEvidence(Long milestoneId, String name, String ownerCode, LocalDate currentDue,
                                    LocalDate submittedDoneOn, String note, String link, List<EvidenceItem> items) {
    }

    /**
     * An owner's request for a new due date, with the milestones that wait for it and would be due before it on that
     * date (while the request is open: once decided, what it pushes is for the owners of those milestones).
     */
    public record RequestedDueDate(Long milestoneId, String milestoneName, String ownerCode, LocalDate currentDue,
                                   LocalDate requestedDue, String reason,
                                   List<MilestoneDependencies.PushedSuccessor> pushes) {
    }

    private final MilestoneRepository milestones;
    private final DeadlineChangeRepository changes;
    private final MilestoneRows views;
    private final EvidenceRepository evidence;
    private final MilestoneDependencies dependencies;

    DecisionSubjects(MilestoneRepository milestones, DeadlineChangeRepository changes, MilestoneRows views,
                     EvidenceRepository evidence, MilestoneDependencies dependencies) {
        this.dependencies = dependencies;
        this.evidence = evidence;
        this.milestones = milestones;
        this.changes = changes;
        this.views = views;
    }

    /** The milestones the lead proposes (the plan under decision). */
    public List<ProposedMilestone> plan(Long recommendationId) {
        return milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId,
                MilestoneState.PROPOSED).stream().map(m -> new ProposedMilestone(m.getName(),
                ownerCode(m), m.getCountryIso2(), m.getPlannedStart(), m.getCurrentDue(), m.isEvidenceRequired()))
                .toList();
    }

    public MilestoneEvidence evidence(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return new MilestoneEvidence(m.getId(), m.getName(), ownerCode(m), m.getCurrentDue(), m.getSubmittedDoneOn(),
                m.getEvidenceNote(), firstLink(m.getEvidenceNote()), evidence.itemsOf(milestoneId));
    }

    public RequestedDueDate deadlineChange(Long changeId) {
        DeadlineChange change = changes.findById(changeId)
                .orElseThrow(() -> new NotFoundException("deadline change", changeId));
        Milestone m = milestone(change.getMilestoneId());
        return new RequestedDueDate(m.getId(), m.getName(), ownerCode(m), change.getCurrentDue(),
                change.getRequestedDue(), change.getReason(), dependencies.pushedByRequest(changeId));
    }

    static String firstLink(String text) {
        if (text == null) {
            return null;
        }
        Matcher found = LINK.matcher(text);
        return found.find() ? found.group().replaceAll("[.,;:)]+$", "") : null;
    }

    private String ownerCode(Milestone m) {
        return views.organisation(m.getOwnerOrganisationId()).getCode();
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }
}
