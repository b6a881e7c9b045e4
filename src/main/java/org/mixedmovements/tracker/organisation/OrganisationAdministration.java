package org.mixedmovements.tracker.organisation;

import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.Languages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the reference data: organisations (the code is fixed once created, because open tasks are
 * offered to groups named after it), countries (ISO 3166-1 alpha-2) and working-group membership: who is a member,
 * who votes, and which one member holds the chair. Leaving the group goes through
 * {@link OrganisationService#leaveWorkingGroup}, which closes the leaver's open votes.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationAdministration {

    public static final String AUDIT_SUBJECT = "organisation";
    public static final String COUNTRY_AUDIT_SUBJECT = "country";
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_COUNTRY_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** An organisation with its seat in the working group, as the administrators' lists show it. */
    public record OrganisationRow(Long id, String code, String name, OrganisationKind kind, boolean member,
                                  boolean voting, boolean chair) {
    }

    private final OrganisationRepository organisations;
    private final CountryRepository countries;
    private final MembershipRepository memberships;
    private final OrganisationService organisationService;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationAdministration(OrganisationRepository organisations, CountryRepository countries,
                               MembershipRepository memberships, OrganisationService organisationService,
                               AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.countries = countries;
        this.memberships = memberships;
        this.organisationService = organisationService;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- organisations

    /** A page of the organisations whose code or name contains the filter, each with its membership. */
    public Page<OrganisationRow> find(String filter, Pageable pageable) {
        CurrentUser.requireAny(Role.ADMIN);
        return organisations.search(filter == null ? "" : InputPolicy.normalise(filter), pageable).map(this::row);
    }

    @Transactional
    public Long createOrganisation(String code, String name, OrganisationKind kind) {
        CurrentUser.requireAny(Role.ADMIN);
        String c = code == null ? "" : InputPolicy.normalise(code);
        List<Problem> problems = new ArrayList<>();
        if (c.isEmpty()) {
            problems.add(Problem.of("code", "validation.required"));
        } else if (!CODE.matcher(c).matches()) {
            problems.add(Problem.of("code", "admin.organisation.error.code", MAX_CODE));
        } else if (organisations.existsByCodeIgnoreCase(c)) {
            problems.add(Problem.of("code", "admin.organisation.error.code-taken", c));
        }
        problems.addAll(checkNameAndKind(name, kind));
        throwIfAny(problems);
        Organisation organisation = organisations.saveAndFlush(new Organisation(c, InputPolicy.normalise(name), kind));
        audit.record("ORGANISATION_CREATED", AUDIT_SUBJECT, organisation.getId(),
                AuditDetails.of("audit.details.organisation-created", AuditDetails.organisation(c)), snapshot(organisation));
        return organisation.getId();
    }

    @Transactional
    public void changeOrganisation(Long id, String name, OrganisationKind kind) {
        CurrentUser.requireAny(Role.ADMIN);
        Organisation organisation = organisation(id);
        throwIfAny(checkNameAndKind(name, kind));
        String before = snapshot(organisation);
        organisation.change(InputPolicy.normalise(name), kind);
        organisations.saveAndFlush(organisation);
        audit.record("ORGANISATION_CHANGED", AUDIT_SUBJECT, id, AuditDetails.of("audit.details.organisation-changed",
                AuditDetails.organisation(organisation.getCode()), before), snapshot(organisation));
    }

    // --- countries

    public Page<Country> countries(Pageable pageable) {
        CurrentUser.requireAny(Role.ADMIN);
        return countries.findAll(pageable);
    }

    /**
     * Adds a country by its ISO 3166-1 alpha-2 code; the alpha-3 code follows from it. The names are by language tag:
     * English is required, another language left empty reads the standard name of the code in that language.
     */
    @Transactional
    public void addCountry(String iso2, Map<String, String> names) {
        CurrentUser.requireAny(Role.ADMIN);
        String code = iso2 == null ? "" : InputPolicy.normalise(iso2).toUpperCase(Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        String iso3 = null;
        if (code.isEmpty()) {
            problems.add(Problem.of("iso2", "validation.required"));
        } else if (!ISO_COUNTRIES.contains(code)) {
            problems.add(Problem.of("iso2", "admin.country.error.iso2", code));
        } else if (countries.existsById(code)) {
            problems.add(Problem.of("iso2", "admin.country.error.exists", code));
        } else {
            iso3 = new Locale("", code).getISO3Country();
            if (countries.existsByIso3(iso3)) {
                problems.add(Problem.of("iso2", "admin.country.error.exists", iso3));
            }
        }
        problems.addAll(checkCountryNames(names));
        throwIfAny(problems);
        Country country = countries.saveAndFlush(new Country(code, iso3, given(names)));
        audit.record("COUNTRY_ADDED", COUNTRY_AUDIT_SUBJECT, null, AuditDetails.of("audit.details.country-added", code),
                snapshot(country));
    }

    @Transactional
    public void renameCountry(String iso2, Map<String, String> names) {
        CurrentUser.requireAny(Role.ADMIN);
        Country country = countries.findById(iso2 == null ? "" : iso2)
                .orElseThrow(() -> new NotFoundException("country", iso2));
        throwIfAny(checkCountryNames(names));
        String before = snapshot(country);
        country.rename(given(names));
        countries.saveAndFlush(country);
        audit.record("COUNTRY_CHANGED", COUNTRY_AUDIT_SUBJECT, null, AuditDetails.of("audit.details.country-changed",
                iso2, before), snapshot(country));
    }

    // --- working-group membership

    /** The organisation joins the working group (again, if it left): a member, voting or not, without the chair. */
    @Transactional
    public void join(Long organisationId, boolean voting) {
        CurrentUser.requireAny(Role.ADMIN);
        Organisation organisation = organisation(organisationId);
        Optional<Membership> existing = memberships.findByOrganisationId(organisationId);
        if (existing.isPresent() && existing.get().isActive()) {
            throw new StateConflictException("admin.wg.error.already-member", organisation.getCode());
        }
        LocalDate today = LocalDate.now(clock);
        Membership membership = existing.orElseGet(() -> new Membership(organisationId, voting, false, today));
        membership.rejoin(today, voting);
        memberships.saveAndFlush(membership);
        audit.record("MEMBER_JOINED", AUDIT_SUBJECT, organisationId, AuditDetails.of("audit.details.member-joined",
                AuditDetails.organisation(organisation.getCode()), voting ? 1 : 0), seat(membership));
    }

    /** A member organisation gets or loses its vote; losing it closes its open vote tasks. */
    @Transactional
    public void setVoting(Long organisationId, boolean voting) {
        CurrentUser.requireAny(Role.ADMIN);
        Organisation organisation = organisation(organisationId);
        Membership membership = activeMembership(organisation);
        if (membership.isVoting() == voting) {
            return;
        }
        if (!voting && membership.isChair()) {
            throw new StateConflictException("admin.wg.error.chair-votes", organisation.getCode());
        }
        membership.setVoting(voting);
        memberships.saveAndFlush(membership);
        audit.record(voting ? "MEMBER_VOTES" : "MEMBER_STOPS_VOTING", AUDIT_SUBJECT, organisationId,
                AuditDetails.of(voting ? "audit.details.member-votes" : "audit.details.member-stops-voting",
                        AuditDetails.organisation(organisation.getCode())), seat(membership));
        if (!voting) {
            events.publishEvent(new MemberStoppedVoting(organisationId, organisation.getCode()));
        }
    }

    /** Moves the chair flag to a voting member in one step: the group never has two chairs, nor none. */
    @Transactional
    public void moveChair(Long organisationId) {
        CurrentUser.requireAny(Role.ADMIN);
        Organisation target = organisation(organisationId);
        Membership seat = activeMembership(target);
        if (!seat.isVoting()) {
            throw new StateConflictException("admin.wg.error.chair-votes", target.getCode());
        }
        if (seat.isChair()) {
            return;
        }
        Long fromId = null;
        String fromCode = null;
        for (Membership holder : memberships.findAll()) {
            if (holder.isChair()) {
                holder.setChair(false);
                if (holder.isActive()) {
                    fromId = holder.getOrganisationId();
                    fromCode = organisation(fromId).getCode();
                }
            }
        }
        seat.setChair(true);
        memberships.flush();
        audit.record("CHAIR_MOVED", AUDIT_SUBJECT, organisationId, AuditDetails.of("audit.details.chair-moved",
                AuditDetails.organisation(fromCode), fromCode == null ? 0 : 1,
                AuditDetails.organisation(target.getCode())), seat(seat));
        events.publishEvent(new ChairMoved(fromId, fromCode, organisationId, target.getCode()));
    }

    /** Leaves through the one path that closes the leaver's open votes. */
    @Transactional
    public void leave(Long organisationId) {
        organisationService.leaveWorkingGroup(organisationId);
    }

    private OrganisationRow row(Organisation o) {
        Optional<Membership> seat = memberships.findByOrganisationId(o.getId()).filter(Membership::isActive);
        return new OrganisationRow(o.getId(), o.getCode(), o.getName(), o.getKind(), seat.isPresent(),
                seat.map(Membership::isVoting).orElse(false), seat.map(Membership::isChair).orElse(false));
    }

    private Membership activeMembership(Organisation organisation) {
        return memberships.findByOrganisationId(organisation.getId()).filter(Membership::isActive)
                .orElseThrow(() -> new StateConflictException("admin.wg.error.not-member", organisation.getCode()));
    }

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private static List<Problem> checkNameAndKind(String name, OrganisationKind kind) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", "validation.required"));
        } else {
            InputPolicy.problem("name", name.strip(), MAX_NAME).ifPresent(problems::add);
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "validation.required"));
        }
        return problems;
    }

    /** English is required; every other name is optional; a name in a language the tracker does not speak is refused. */
    private static List<Problem> checkCountryNames(Map<String, String> names) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> byLanguage = names == null ? Map.of() : names;
        checkName(problems, "nameEn", byLanguage.get(Languages.DEFAULT.toLanguageTag()));
        for (Map.Entry<String, String> name : byLanguage.entrySet()) {
            if (Languages.forTag(name.getKey()).isEmpty()) {
                problems.add(Problem.of("language", "admin.user.error.language"));
            } else if (!Languages.DEFAULT.toLanguageTag().equals(name.getKey()) && name.getValue() != null
                    && !name.getValue().isBlank()) {
                InputPolicy.problem(countryNameField(name.getKey()), name.getValue().strip(), MAX_COUNTRY_NAME)
                        .ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** The form field of a country's name in a language: nameEn, nameEs, namePtBR. */
    public static String countryNameField(String languageTag) {
        StringBuilder field = new StringBuilder("name");
        for (String part : languageTag.split("-")) {
            field.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return field.toString();
    }

    /** The names given, normalised, without the empty ones. */
    private static Map<String, String> given(Map<String, String> names) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                given.put(Languages.forTag(language).orElseThrow().toLanguageTag(), InputPolicy.normalise(name));
            }
        });
        return given;
    }

    private static void checkName(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "validation.required"));
        } else {
            InputPolicy.problem(field, value.strip(), MAX_COUNTRY_NAME).ifPresent(problems::add);
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String snapshot(Organisation o) {
        return "code=" + o.getCode() + ", name=" + o.getName() + ", kind=" + o.getKind();
    }

    private static String snapshot(Country c) {
        return "iso2=" + c.getIso2() + ", iso3=" + c.getIso3() + ", names=" + new java.util.TreeMap<>(c.names());
    }

    private static String seat(Membership m) {
        return "member=" + m.isActive() + ", voting=" + m.isVoting() + ", chair=" + m.isChair();
    }
}
