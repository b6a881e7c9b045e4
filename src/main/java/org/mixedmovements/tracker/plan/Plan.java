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
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;

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

    /**
     * The language the plan's own texts are written in (its recommendations' titles, texts and themes, its milestones'
     * names): the first of its languages.
     */
    public Locale originalLanguage() {
        return originalLanguage(languages);
    }

    /**
     * The first of a plan's languages as written in its {@code languages} ("es;en" is Spanish, "pt" the tracker's
     * Brazilian Portuguese), English when none is given or the first is not a language tag.
     */
    public static Locale originalLanguage(String languages) {
        if (languages == null || languages.isBlank()) {
            return Languages.DEFAULT;
        }
        String first = languages.strip().split("[;,\\s]+")[0].replace('_', '-');
        if (!first.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            return Languages.DEFAULT;
        }
        Locale language = Locale.forLanguageTag(first);
        return Languages.find(language).orElse(language);
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
