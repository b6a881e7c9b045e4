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
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mixedmovements.tracker.base.StateConflictException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One recommendation of a plan. Its status moves only through the methods below, each of which checks the current
 * status first and registers the event the rest of the application reacts to.
 */
@Entity
public class Recommendation extends AbstractAggregateRoot<Recommendation> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String code;
    private int position;
    private String title;
    private String fullText;
    private String fullTextEs;
    private boolean fullTextEsUnofficial = true;
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

    /** The working group takes the recommendation up and the secretariat names the organisation that leads it. */
    void adopt(Long leadOrganisation) {
        require(RecommendationStatus.NEW, "recommendation.error.already-adopted");
        this.response = GroupResponse.ACCEPTED;
        this.leadOrganisationId = leadOrganisation;
        this.status = RecommendationStatus.PLANNING;
        registerEvent(new RecommendationAdopted(id, leadOrganisation));
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

    void milestonesCompleted() {
        require(RecommendationStatus.IN_IMPLEMENTATION, "recommendation.error.not-in-implementation");
        this.status = RecommendationStatus.MILESTONES_COMPLETED;
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

    public String getFullTextEs() {
        return fullTextEs;
    }

    public boolean isFullTextEsUnofficial() {
        return fullTextEsUnofficial;
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
