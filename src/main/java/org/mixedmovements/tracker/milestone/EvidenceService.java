package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a milestone's work: files kept in the database and links. Anyone signed in reads it; only a member of
 * the milestone's owner organisation adds to it, while the milestone is in force and not yet completed. Every check
 * runs before anything is written ({@link EvidencePolicy}), and each addition is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    static final String AUDIT_ACTION = "EVIDENCE_ADDED";
    /** How {@link #addFile} and {@link #addLink} name the evidence in the audit entry's snapshot. */
    private static final Pattern RECORDED = Pattern.compile("\\bevidence (\\d+)$");

    private final EvidenceRepository evidence;
    private final MilestoneRepository milestones;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, MilestoneRepository milestones, AuditLog audit, Clock clock) {
        this.evidence = evidence;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /** The milestone's evidence, newest first (at most {@link EvidencePolicy#MAX_PER_MILESTONE}). */
    public List<EvidenceItem> list(Long milestoneId) {
        CurrentUser.require();
        return evidence.itemsOf(milestoneId);
    }

    /** The evidence of every milestone of a recommendation, newest first, a page at a time. */
    public Page<EvidenceItem> ofRecommendation(Long recommendationId, Pageable page) {
        CurrentUser.require();
        return evidence.itemsOfRecommendation(recommendationId, page);
    }

    /**
     * The evidence an entry of the history recorded as added (from the entry's snapshot, "milestone 4, evidence 12"),
     * while it is kept; empty for any other entry.
     */
    public Optional<EvidenceItem> addedIn(String action, String snapshot) {
        CurrentUser.require();
        if (!AUDIT_ACTION.equals(action) || snapshot == null) {
            return Optional.empty();
        }
        Matcher recorded = RECORDED.matcher(snapshot);
        return recorded.find() ? evidence.itemById(Long.valueOf(recorded.group(1))) : Optional.empty();
    }

    /** A stored file with its name and content type. A link has no file: {@link NotFoundException}. */
    public EvidenceFile download(Long evidenceId) {
        CurrentUser.require();
        Evidence e = evidence.findById(evidenceId).filter(found -> found.getLinkUrl() == null)
                .orElseThrow(() -> new NotFoundException("evidence file", evidenceId));
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getContent());
    }

    /**
     * Keeps a file as evidence. The name is sanitised (no folders); the declared type, the extension and the content
     * must agree, and the file must not exceed {@link EvidencePolicy#MAX_BYTES}.
     */
    @Transactional
    public EvidenceItem addFile(Long milestoneId, String fileName, String contentType, byte[] content, String note) {
        TrackerUser user = CurrentUser.require();
        Milestone m = openToItsOwner(milestoneId, user);
        String name = EvidencePolicy.sanitiseFileName(fileName);
        List<Problem> problems = new ArrayList<>(EvidencePolicy.fileProblems(name, contentType, content));
        problems.addAll(EvidencePolicy.noteProblems(note));
        refuseIfAny(problems);
        String type = EvidencePolicy.baseContentType(contentType);
        Evidence saved = evidence.save(Evidence.file(milestoneId, name, type, content, clean(note),
                user.getUsername(), user.organisationId(), clock.instant()));
        audit.record(AUDIT_ACTION, PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.evidence-file", m.getName(), name, type, content.length,
                        noteOf(note), clean(note) == null ? 0 : 1),
                "milestone " + milestoneId + ", evidence " + saved.getId());
        return item(saved);
    }

    /** Keeps a link (an absolute http or https address) as evidence. */
    @Transactional
    public EvidenceItem addLink(Long milestoneId, String url, String note) {
        TrackerUser user = CurrentUser.require();
        Milestone m = openToItsOwner(milestoneId, user);
        List<Problem> problems = new ArrayList<>(EvidencePolicy.linkProblems(url));
        problems.addAll(EvidencePolicy.noteProblems(note));
        refuseIfAny(problems);
        String link = url.strip();
        Evidence saved = evidence.save(Evidence.link(milestoneId, link, clean(note), user.getUsername(),
                user.organisationId(), clock.instant()));
        audit.record(AUDIT_ACTION, PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.evidence-link", m.getName(), link, noteOf(note),
                        clean(note) == null ? 0 : 1), "milestone " + milestoneId + ", evidence " + saved.getId());
        return item(saved);
    }

    private Milestone openToItsOwner(Long milestoneId, TrackerUser user) {
        Milestone m = milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("milestone", milestoneId));
        if (!user.belongsTo(m.getOwnerOrganisationId())) {
            throw new NotPermittedException("milestone.error.not-owner", m.getName());
        }
        if (m.getState() != MilestoneState.APPROVED) {
            throw new StateConflictException("milestone.error.not-approved", m.getName());
        }
        if (m.isCompleted()) {
            throw new StateConflictException("mytasks.evidence.error.completed", m.getName());
        }
        if (evidence.countByMilestoneId(milestoneId) >= EvidencePolicy.MAX_PER_MILESTONE) {
            throw InvalidInputException.of("evidenceFile", "mytasks.evidence.error.too-many",
                    EvidencePolicy.MAX_PER_MILESTONE);
        }
        return m;
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String clean(String note) {
        return InputPolicy.normaliseOrNull(note);
    }

    private static String noteOf(String note) {
        return clean(note) == null ? "" : clean(note);
    }

    private static EvidenceItem item(Evidence e) {
        return new EvidenceItem(e.getId(), e.getMilestoneId(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getLinkUrl(), e.getNote(), e.getUploadedBy(), e.getOrganisationId(), e.getUploadedAt());
    }
}
