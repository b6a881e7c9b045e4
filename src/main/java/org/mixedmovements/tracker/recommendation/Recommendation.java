package org.mixedmovements.tracker.recommendation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.StateConflictException;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One recommendation of a plan. Its status moves only through the methods below, each of which checks the current
 * status first and registers the event the rest of the application reacts to. An update writes only the columns that
 * changed (a status change does not rewrite the full texts and their search form).
 */
@Entity
@DynamicUpdate
public class Recommendation extends AbstractAggregateRoot<Recommendation> {

    static final int MAX_SEARCH_TEXT = 20400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String code;
    private int position;
    private String title;
    private String fullText;
    private String theme;
    @Enumerated(EnumType.STRING)
    private CoordinationLevel coordinationLevel;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Enumerated(EnumType.STRING)
    private RecommendationStatus status;
    @Enumerated(EnumType.STRING)
    private GroupResponse response;
    private String responseReason;
    private String targetPeriod;
    private Long leadOrganisationId;
    private String planRejectionReason;
    @Enumerated(EnumType.STRING)
    private GroupResponse proposedResponse;
    private String proposedResponseReason;
    private String proposedTargetPeriod;
    @Enumerated(EnumType.STRING)
    private Closure closure;
    private String closureReason;
    @ElementCollection
    @CollectionTable(name = "recommendation_country", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "country_iso2")
    private Set<String> countries = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "recommendation_dependency", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "depends_on_id")
    private Set<Long> dependsOn = new LinkedHashSet<>();
    @Version
    private long version;
    /** Code, title and full texts in search form (see {@link SearchText}); kept by {@link #indexForSearch()}. */
    private String searchText;

    protected Recommendation() {
    }

    Recommendation(Long planId, String code, int position, String title, String fullText, String theme,
                   CoordinationLevel coordinationLevel, Scope scope, Set<String> countries) {
        this.planId = planId;
        this.code = code;
        this.position = position;
        this.title = title;
        this.fullText = fullText;
        this.theme = theme;
        this.coordinationLevel = coordinationLevel;
        this.scope = scope;
        this.countries = new LinkedHashSet<>(countries);
        this.status = RecommendationStatus.NEW;
    }

    /** The secretariat puts the recommendation on the group's agenda. */
    void putOnAgenda() {
        require(RecommendationStatus.NEW, "recommendation.error.already-on-agenda");
        this.status = RecommendationStatus.ON_AGENDA;
        registerEvent(new RecommendationPutOnAgenda(id));
    }

    /** The secretariat proposes the group's response; the group decides on the proposal. */
    void proposeResponse(GroupResponse proposed, String reason, String period) {
        require(RecommendationStatus.ON_AGENDA, "recommendation.error.not-on-agenda");
        this.proposedResponse = proposed;
        this.proposedResponseReason = reason;
        this.proposedTargetPeriod = period;
    }

    /** The group approved the proposed response: it becomes the recommendation's response. Returns whether accepted. */
    boolean applyResponse() {
        require(RecommendationStatus.ON_AGENDA, "recommendation.error.not-on-agenda");
        this.response = proposedResponse;
        this.responseReason = proposedResponseReason;
        this.targetPeriod = proposedTargetPeriod;
        boolean accepted = response != GroupResponse.NOT_ACCEPTED;
        this.status = accepted ? RecommendationStatus.AWAITING_LEAD : RecommendationStatus.NOT_ACCEPTED;
        return accepted;
    }

    void nameLead(Long leadOrganisation) {
        require(RecommendationStatus.AWAITING_LEAD, "recommendation.error.not-awaiting-lead");
        this.leadOrganisationId = leadOrganisation;
        this.status = RecommendationStatus.PLANNING;
        registerEvent(new LeadNamed(id, leadOrganisation));
    }

    void planSubmitted() {
        require(RecommendationStatus.PLANNING, "plan.error.not-in-planning");
        this.status = RecommendationStatus.PLAN_SUBMITTED;
        this.planRejectionReason = null;
    }

    void planApproved() {
        require(RecommendationStatus.PLAN_SUBMITTED, "plan.error.not-submitted");
        this.status = RecommendationStatus.IN_IMPLEMENTATION;
    }

    void planReturned(String reason) {
        require(RecommendationStatus.PLAN_SUBMITTED, "plan.error.not-submitted");
        this.status = RecommendationStatus.PLANNING;
        this.planRejectionReason = reason;
    }

    void startFinalReview() {
        require(RecommendationStatus.IN_IMPLEMENTATION, "recommendation.error.not-in-implementation");
        this.status = RecommendationStatus.UNDER_FINAL_REVIEW;
        registerEvent(new FinalReviewStarted(id));
    }

    void close(Closure result, String reason) {
        require(RecommendationStatus.UNDER_FINAL_REVIEW, "recommendation.error.not-under-review");
        this.closure = result;
        this.closureReason = reason;
        this.status = result.status();
        registerEvent(new RecommendationClosed(id, result));
    }

    @PrePersist
    @PreUpdate
    void indexForSearch() {
        searchText = SearchText.of(MAX_SEARCH_TEXT, code, title, fullText);
    }

    void dependOn(Long other) {
        dependsOn.add(other);
    }

    private void require(RecommendationStatus expected, String messageKey) {
        if (status != expected) {
            throw new StateConflictException(messageKey, code, status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getFullText() {
        return fullText;
    }

    public String getTheme() {
        return theme;
    }

    public CoordinationLevel getCoordinationLevel() {
        return coordinationLevel;
    }

    public Scope getScope() {
        return scope;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public GroupResponse getResponse() {
        return response;
    }

    public String getResponseReason() {
        return responseReason;
    }

    public String getTargetPeriod() {
        return targetPeriod;
    }

    public GroupResponse getProposedResponse() {
        return proposedResponse;
    }

    public String getProposedResponseReason() {
        return proposedResponseReason;
    }

    public String getProposedTargetPeriod() {
        return proposedTargetPeriod;
    }

    public Closure getClosure() {
        return closure;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public String getPlanRejectionReason() {
        return planRejectionReason;
    }

    public Set<String> getCountries() {
        return Set.copyOf(countries);
    }

    public Set<Long> getDependsOn() {
        return Set.copyOf(dependsOn);
    }

    @Override
    public String toString() {
        return code + " [" + status + (leadOrganisationId == null ? "" : ", lead " + leadOrganisationId) + "]";
    }
}
