package org.rightbalance.admin;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Staff accounts: adding people, changing their role and team, passwords, disabling. Administrators only. */
@Service
@Transactional
public class StaffAdminService {

    /** The shortest password an administrator may set (NCSC: length over complexity). */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** Roles that belong to a social work team (their managers' team-wide access depends on it). */
    static final Set<Role> TEAM_ROLES = EnumSet.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);

    private final CaseAccess access;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    public StaffAdminService(CaseAccess access, StaffAccountRepository accounts, PasswordEncoder passwords,
                             AuditTrail audit, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> list(StaffMember actor) {
        requireAdministrator(actor, "staff accounts");
        return accounts.findAll();
    }

    @Transactional(readOnly = true)
    public StaffAccount get(StaffMember actor, long id) {
        requireAdministrator(actor, "staff account");
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("staff member " + id));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> teams(StaffMember actor) {
        requireAdministrator(actor, "teams");
        return accounts.teams();
    }

    public long add(StaffMember actor, StaffForm form) {
        requireAdministrator(actor, "add a staff member");
        String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
        if (accounts.usernameTaken(username)) {
            throw new InvalidRequestException("username", "There is already a staff member with this user name");
        }
        checkTeam(form);
        checkPassword(username, form.getPassword());
        long id = accounts.add(username, form.getDisplayName().strip(), form.getRole(), teamOf(form), blankToNull(form.getEmail()),
                passwords.encode(form.getPassword()), actor.username(), now());
        record(actor, "added staff member " + username + " as " + form.getRole().name());
        return id;
    }

    public void update(StaffMember actor, long id, StaffForm form) {
        StaffAccount account = get(actor, id);
        checkTeam(form);
        if (account.id() == actor.id() && form.getRole() != Role.ADMINISTRATOR) {
            throw new InvalidRequestException("role", "You cannot take the administrator role away from yourself");
        }
        accounts.update(id, form.getVersion(), form.getDisplayName().strip(), form.getRole(), teamOf(form),
                blankToNull(form.getEmail()), actor.username(), now());
        record(actor, "changed staff member " + account.username() + " (role " + form.getRole().name() + ")");
    }

    public void setPassword(StaffMember actor, long id, PasswordForm form) {
        StaffAccount account = get(actor, id);
        checkPassword(account.username(), form.getPassword());
        accounts.setPassword(id, form.getVersion(), passwords.encode(form.getPassword()), actor.username(), now());
        record(actor, "set a new password for staff member " + account.username());
    }

    public void setEnabled(StaffMember actor, long id, boolean enabled, int version) {
        StaffAccount account = get(actor, id);
        if (!enabled && account.id() == actor.id()) {
            throw new InvalidRequestException(null, "You cannot disable your own account");
        }
        accounts.setEnabled(id, version, enabled, actor.username(), now());
        record(actor, (enabled ? "enabled" : "disabled") + " staff member " + account.username());
    }

    /**
     * A password must be at least {@value #MIN_PASSWORD_LENGTH} characters and must not contain the
     * user name.
     */
    static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("password", "Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("password", "Enter a password that does not contain the user name");
        }
    }

    private void checkTeam(StaffForm form) {
        if (TEAM_ROLES.contains(form.getRole())) {
            if (form.getTeamId() == null) {
                throw new InvalidRequestException("teamId", "Choose the team of a " + form.getRole().label().toLowerCase(Locale.ROOT));
            }
            if (!accounts.teams().containsKey(form.getTeamId())) {
                throw new InvalidRequestException("teamId", "Choose a team from the list");
            }
        }
    }

    private static Long teamOf(StaffForm form) {
        return TEAM_ROLES.contains(form.getRole()) ? form.getTeamId() : null;
    }

    private void requireAdministrator(StaffMember actor, String what) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), what);
    }

    private void record(StaffMember actor, String detail) {
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.CHANGE, AuditOutcome.ALLOWED,
                null, null, null, detail));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
