package org.rightbalance.staff;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Staff members and teams, and the sign-in bookkeeping (failed attempts, lock-out). */
@Repository
public class StaffRepository {

    private static final String COLUMNS = "id, username, display_name, role, team_id";
    private static final RowMapper<StaffMember> MAPPER = (rs, n) -> new StaffMember(rs.getLong("id"),
            rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            Optional.ofNullable((Long) rs.getObject("team_id", Long.class)));

    private final JdbcClient jdbc;

    public StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where username = ?").param(username)
                .query(MAPPER).optional();
    }

    /** The staff member with this user name or email address, ignoring case (for single sign-on). */
    public Optional<StaffMember> findByUsernameOrEmail(String name) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where lower(username) = lower(?) or lower(email) = lower(?)"
                        + " order by case when lower(username) = lower(?) then 0 else 1 end, id")
                .params(name, name, name).query(MAPPER).list().stream().findFirst();
    }

    public Optional<StaffMember> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where id = ?").param(id).query(MAPPER).optional();
    }

    public List<StaffMember> findByRole(Role role) {
        return jdbc.sql("select " + COLUMNS + " from staff_member where role = ? and enabled order by display_name")
                .param(role.name()).query(MAPPER).list();
    }

    public List<StaffMember> findAll() {
        return jdbc.sql("select " + COLUMNS + " from staff_member order by display_name").query(MAPPER).list();
    }

    /** The stored credentials of a staff member who may sign in, if any. */
    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select password_hash, enabled, locked_until from staff_member where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getString("password_hash"), rs.getBoolean("enabled"),
                        Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .optional();
    }

    public long addTeam(String name) {
        jdbc.sql("insert into team (name) values (?)").param(name).update();
        return jdbc.sql("select id from team where name = ?").param(name).query(Long.class).single();
    }

    public Optional<Long> findTeam(String name) {
        return jdbc.sql("select id from team where name = ?").param(name).query(Long.class).optional();
    }

    public String teamName(long teamId) {
        return jdbc.sql("select name from team where id = ?").param(teamId).query(String.class).single();
    }

    public long add(String username, String displayName, Role role, Optional<Long> teamId, String passwordHash) {
        jdbc.sql("insert into staff_member (username, display_name, role, team_id, password_hash) values (?, ?, ?, ?, ?)")
                .params(username, displayName, role.name(), teamId.orElse(null), passwordHash).update();
        return findByUsername(username).orElseThrow().id();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from staff_member").query(Long.class).single() == 0;
    }

    /** Counts a failed sign-in; after {@code limit} in a row the account is locked until {@code lockUntil}. */
    public void recordFailedSignIn(String username, int limit, Instant lockUntil) {
        jdbc.sql("update staff_member set failed_sign_ins = failed_sign_ins + 1 where username = ?").param(username).update();
        jdbc.sql("update staff_member set locked_until = ?, failed_sign_ins = 0 where username = ? and failed_sign_ins >= ?")
                .params(lockUntil.atOffset(ZoneOffset.UTC), username, limit).update();
    }

    public void recordSuccessfulSignIn(String username) {
        jdbc.sql("update staff_member set failed_sign_ins = 0, locked_until = null where username = ?").param(username).update();
    }

    /** What sign-in checks: the password hash and whether the account may be used now. */
    public record Credentials(String passwordHash, boolean enabled, Optional<Instant> lockedUntil) {
    }
}
