package org.rightbalance.support;

import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.security.StaffUserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The seeded demo data as tests need it: a signed-in staff member, a demo case's id. */
@Component
public class Demo {

    public static final String PASSWORD = "test-password";

    private final StaffUserDetailsService users;
    private final JdbcClient jdbc;

    public Demo(StaffUserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A request made by the given demo staff member, signed in. */
    public RequestPostProcessor as(String username) {
        return user(principal(username));
    }

    public StaffPrincipal principal(String username) {
        return (StaffPrincipal) users.loadUserByUsername(username);
    }

    /** The case id of a seeded demo child, by its key (rivera, osei, novak, begum, campbell, murphy). */
    public long caseOf(String key) {
        return jdbc.sql("select c.id from programme_case c join child ch on ch.id = c.child_id where ch.council_child_id = ?")
                .param("DEMO-" + key.toUpperCase()).query(Long.class).single();
    }

    public long auditCount(String actor, String outcome) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and outcome = ?").params(actor, outcome)
                .query(Long.class).single();
    }
}
