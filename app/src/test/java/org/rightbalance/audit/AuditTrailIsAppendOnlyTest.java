package org.rightbalance.audit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebTest
@Tag("database")
class AuditTrailIsAppendOnlyTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationsDatabaseUserCannotChangeOrDeleteAnAuditEvent() {
        audit.record(new AuditTrail.Entry("append.only.test", "ADMINISTRATOR", AuditAction.EXPORT, AuditOutcome.ALLOWED,
                null, null, null, "written by the test"));
        long id = jdbc.sql("select max(id) from audit_event where actor = 'append.only.test'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'rewritten' where id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("select detail from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("written by the test");
    }
}
