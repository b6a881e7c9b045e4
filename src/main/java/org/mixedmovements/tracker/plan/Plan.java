package org.mixedmovements.tracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private String source;
    private LocalDate publishedOn;
    private String languages;
    private String timeZone;
    private int reminderDays = 14;
    private int atRiskDays = 30;
    private int escalationSecretariatDays = 7;
    private int escalationChairDays = 21;
    @Enumerated(EnumType.STRING)
    private ReportingPeriod reportingPeriod = ReportingPeriod.QUARTERLY;
    private Instant createdAt;
    @Version
    private long version;

    protected Plan() {
    }

    Plan(String code, String title, String source, LocalDate publishedOn, String languages, ZoneId timeZone,
         Instant createdAt) {
        this.code = code;
        this.title = title;
        this.source = source;
        this.publishedOn = publishedOn;
        this.languages = languages;
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguages() {
        return languages;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getAtRiskDays() {
        return atRiskDays;
    }

    public int getEscalationSecretariatDays() {
        return escalationSecretariatDays;
    }

    public int getEscalationChairDays() {
        return escalationChairDays;
    }

    /** How often the lead organisations report on the recommendations they lead. */
    public ReportingPeriod getReportingPeriod() {
        return reportingPeriod;
    }

    void changeReportingPeriod(ReportingPeriod period) {
        this.reportingPeriod = period;
    }

    /** Takes settings already checked by {@link DeadlineSettings#problems()}. */
    void changeDeadlines(DeadlineSettings settings) {
        this.timeZone = settings.timeZone();
        this.reminderDays = settings.reminderDays();
        this.atRiskDays = settings.atRiskDays();
        this.escalationSecretariatDays = settings.escalationSecretariatDays();
        this.escalationChairDays = settings.escalationChairDays();
    }
}
