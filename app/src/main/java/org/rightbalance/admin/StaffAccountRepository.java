package org.rightbalance.admin;

import org.rightbalance.staff.Role;
import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff accounts for the administrator's pages: every change checks the version it was read at. */
@Repository
class StaffAccountRepository {

    private static final String SELECT = """
            select s.id, s.username, s.display_name, s.role, s.team_id, t.name as team_name, s.email, s.enabled,
                   s.locked_until, s.version
            from staff_member s left join team t on t.id = s.team_id""";
    private static final RowMapper<StaffAccount> MAPPER = (rs, n) -> new StaffAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            Optional.ofNullable(rs.getObject("team_id", Long.class)), Optional.ofNullable(rs.getString("team_name")),
            Optional.ofNullable(rs.getString("email")), rs.getBoolean("enabled"),
            Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffAccount> findAll() {
        return jdbc.sql(SELECT + " order by s.display_name, s.username").query(MAPPER).list();
    }

    Optional<StaffAccount> findById(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(MAPPER).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from staff_member where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    /** Team names by id, in name order. */
    Map<Long, String> teams() {
        Map<Long, String> teams = new LinkedHashMap<>();
        jdbc.sql("select id, name from team order by name").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> teams.put(e.getKey(), e.getValue()));
        return teams;
    }

    long add(String username, String displayName, Role role, Long teamId, String email, String passwordHash,
             String changedBy, Instant now) {
        jdbc.sql("""
                insert into staff_member (username, display_name, role, team_id, email, password_hash, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, displayName, role.name(), teamId, email, passwordHash, changedBy, now.atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("select id from staff_member where username = ?").param(username).query(Long.class).single();
    }

    void update(long id, int version, String displayName, Role role, Long teamId, String email, String changedBy, Instant now) {
        check(jdbc.sql("""
                update staff_member set display_name = ?, role = ?, team_id = ?, email = ?, changed_by = ?, changed_at = ?,
                       version = version + 1
                where id = ? and version = ?""")
                .params(displayName, role.name(), teamId, email, changedBy, now.atOffset(ZoneOffset.UTC), id, version).update());
    }

    void setPassword(long id, int version, String passwordHash, String changedBy, Instant now) {
        check(jdbc.sql("""
                update staff_member set password_hash = ?, failed_sign_ins = 0, locked_until = null, changed_by = ?,
                       changed_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(passwordHash, changedBy, now.atOffset(ZoneOffset.UTC), id, version).update());
    }

    void setEnabled(long id, int version, boolean enabled, String changedBy, Instant now) {
        check(jdbc.sql("""
                update staff_member set enabled = ?, failed_sign_ins = 0, locked_until = null, changed_by = ?, changed_at = ?,
                       version = version + 1
                where id = ? and version = ?""")
                .params(enabled, changedBy, now.atOffset(ZoneOffset.UTC), id, version).update());
    }

    private static void check(int rows) {
        if (rows == 0) {
            throw new ConcurrentEditException("The staff account");
        }
    }
}
