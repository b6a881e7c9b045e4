package org.mixedmovements.tracker.account;

import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the accounts: create them with an initial password, change their organisation, role and
 * language, disable and enable them, and set a new password. Every change is audited, never with the password. The
 * tracker always keeps one enabled administrator, and an administrator cannot lock themself out.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

    public static final String AUDIT_SUBJECT = "user";
    /** The languages a user can have; the first is the default. */
    /** The language tags a person may prefer: one per language the tracker speaks ({@link Languages}). */
    public static List<String> languages() {
        return Languages.supported().stream().map(Locale::toLanguageTag).toList();
    }

    static final int MAX_USERNAME = 60;
    static final int MAX_DISPLAY_NAME = 120;
    static final int MAX_EMAIL = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A user as the administrators' list shows it. */
    public record UserRow(Long id, String username, String displayName, String email, Long organisationId,
                          String organisationCode, Set<Role> roles, String language, boolean enabled,
                          boolean signsInWithPassword, boolean hasSecondFactor) {

        /** The role an administrator picks for the user; a user holds one (the model allows several). */
        public Role role() {
            return roles.isEmpty() ? null : roles.iterator().next();
        }
    }

    /**
     * A new account; {@code singleSignOnOnly}: without a password, the person signs in only through their
     * organisation's identity provider (matched by the e-mail address, which it then needs).
     */
    public record NewUser(String username, String displayName, String email, Long organisationId, Role role,
                          String language, String password, boolean singleSignOnOnly) {

        public NewUser(String username, String displayName, String email, Long organisationId, Role role,
                       String language, String password) {
            this(username, displayName, email, organisationId, role, language, password, false);
        }
    }

    public record UserChange(String displayName, String email, Long organisationId, Role role, String language) {
    }

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
                       AuditLog audit, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** A page of the users whose username or display name contains the filter. */
    public Page<UserRow> find(String filter, Pageable pageable) {
        CurrentUser.requireAny(Role.ADMIN);
        return users.search(filter == null ? "" : InputPolicy.normalise(filter), pageable).map(this::row);
    }

    public UserRow get(Long id) {
        CurrentUser.requireAny(Role.ADMIN);
        return row(user(id));
    }

    @Transactional
    public Long create(NewUser form) {
        CurrentUser.requireAny(Role.ADMIN);
        String username = form.username() == null ? "" : form.username().strip();
        List<Problem> problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String passwordHash = form.singleSignOnOnly() ? null : passwordEncoder.encode(form.password());
        AppUser user = new AppUser(username, InputPolicy.normalise(form.displayName()), blankToNull(form.email()),
                passwordHash, form.organisationId(), Set.of(form.role()), false, clock.instant());
        user.change(user.getDisplayName(), user.getEmail(), form.organisationId(), Set.of(form.role()), form.language());
        users.saveAndFlush(user);
        audit.record("USER_CREATED", AUDIT_SUBJECT, user.getId(), AuditDetails.of("audit.details.user-created", username),
                snapshot(user));
        return user.getId();
    }

    @Transactional
    public void change(Long id, UserChange form) {
        TrackerUser admin = CurrentUser.requireAny(Role.ADMIN);
        AppUser user = user(id);
        List<Problem> problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (user.getRoles().contains(Role.ADMIN) && form.role() != Role.ADMIN) {
            if (admin.id() == user.getId()) {
                throw new StateConflictException("admin.user.error.demote-self");
            }
            requireAnotherEnabledAdmin(user);
        }
        String before = snapshot(user);
        if (!user.getOrganisationId().equals(form.organisationId()) || !user.getRoles().equals(Set.of(form.role()))) {
            user.endSessions(); // what the person may do changed: their open sessions end at their next request
        }
        user.change(InputPolicy.normalise(form.displayName()), blankToNull(form.email()), form.organisationId(), Set.of(form.role()),
                form.language());
        users.saveAndFlush(user);
        audit.record("USER_CHANGED", AUDIT_SUBJECT, user.getId(), AuditDetails.of("audit.details.user-changed",
                user.getUsername(), before), snapshot(user));
    }

    /**
     * Disables or enables the account; a disabled user cannot sign in, and their open sessions end at their next
     * request on every node.
     */
    @Transactional
    public void setEnabled(Long id, boolean enabled) {
        TrackerUser admin = CurrentUser.requireAny(Role.ADMIN);
        AppUser user = user(id);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            if (admin.id() == user.getId()) {
                throw new StateConflictException("admin.user.error.disable-self");
            }
            if (user.getRoles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdmin(user);
            }
        }
        user.setEnabled(enabled);
        user.endSessions();
        users.saveAndFlush(user);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", AUDIT_SUBJECT, user.getId(),
                AuditDetails.of(enabled ? "audit.details.user-enabled" : "audit.details.user-disabled",
                        user.getUsername()), snapshot(user));
    }

    /** Sets a new password (the user is told it by the administrator, out of band); open sessions end. */
    @Transactional
    public void resetPassword(Long id, String password) {
        CurrentUser.requireAny(Role.ADMIN);
        AppUser user = user(id);
        List<Problem> problems = PasswordPolicy.check(user.getUsername(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.setPasswordHash(passwordEncoder.encode(password));
        user.endSessions();
        users.saveAndFlush(user);
        audit.record("USER_PASSWORD_RESET", AUDIT_SUBJECT, user.getId(),
                AuditDetails.of("audit.details.user-password-reset", user.getUsername()), snapshot(user));
    }

    private void requireAnotherEnabledAdmin(AppUser user) {
        if (user.isEnabled() && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new StateConflictException("admin.user.error.last-admin");
        }
    }

    /** What {@link #create} would refuse in this form, field by field (the form checks as the administrator types). */
    public List<Problem> problemsOf(NewUser form) {
        CurrentUser.requireAny(Role.ADMIN);
        String username = form.username() == null ? "" : form.username().strip();
        List<Problem> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(Problem.of("username", "validation.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.of("username", "admin.user.error.username", MAX_USERNAME));
        } else if (users.existsByUsernameIgnoreCase(username)) {
            problems.add(Problem.of("username", "admin.user.error.username-taken", username));
        }
        problems.addAll(checkDetails(form.displayName(), form.email(), form.organisationId(), form.role(), form.language()));
        if (!form.singleSignOnOnly()) {
            problems.addAll(PasswordPolicy.check(username, form.password()));
        } else if (blankToNull(form.email()) == null) {
            problems.add(Problem.of("email", "admin.user.error.email-for-sso"));
        }
        return problems;
    }

    /** What {@link #change} would refuse in this form, field by field. */
    public List<Problem> problemsOf(UserChange form) {
        CurrentUser.requireAny(Role.ADMIN);
        return checkDetails(form.displayName(), form.email(), form.organisationId(), form.role(), form.language());
    }

    private List<Problem> checkDetails(String displayName, String email, Long organisationId, Role role, String language) {
        List<Problem> problems = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            problems.add(Problem.of("displayName", "validation.required"));
        } else {
            InputPolicy.problem("displayName", displayName.strip(), MAX_DISPLAY_NAME).ifPresent(problems::add);
        }
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches() || InputPolicy.hasControls(mail))) {
            problems.add(Problem.of("email", "admin.user.error.email"));
        }
        if (organisationId == null) {
            problems.add(Problem.of("organisation", "validation.required"));
        } else if (!organisations.exists(organisationId)) {
            problems.add(Problem.of("organisation", "admin.user.error.organisation"));
        }
        if (role == null) {
            problems.add(Problem.of("role", "validation.required"));
        }
        if (language == null || !languages().contains(language)) {
            problems.add(Problem.of("language", "admin.user.error.language"));
        }
        return problems;
    }

    private UserRow row(AppUser u) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getOrganisationId(),
                organisations.get(u.getOrganisationId()).getCode(), u.getRoles(), u.getLocale(), u.isEnabled(),
                u.getPasswordHash() != null, u.hasSecondFactor());
    }

    private String snapshot(AppUser u) {
        return "username=" + u.getUsername() + ", name=" + u.getDisplayName() + ", email=" + u.getEmail()
                + ", organisation=" + organisations.get(u.getOrganisationId()).getCode()
                + ", roles=" + u.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining("+"))
                + ", language=" + u.getLocale() + ", enabled=" + u.isEnabled()
                + (u.getPasswordHash() == null ? ", single sign-on only" : "");
    }

    private AppUser user(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static String blankToNull(String text) {
        return InputPolicy.normaliseOrNull(text);
    }
}
