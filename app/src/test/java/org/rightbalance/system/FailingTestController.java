package org.rightbalance.system;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test only: endpoints that fail the way a fault in the service would, with an exception whose
 * message carries SQL, so tests can check that none of it reaches the response.
 */
@Controller
class FailingTestController {

    static final String SQL_IN_MESSAGE = "insert into child (council_child_id) values ('SECRET-ID-42')";

    @GetMapping({"/test-support/fail", "/api/test-support/fail"})
    String fail() {
        throw new DataIntegrityViolationException("could not execute statement [" + SQL_IN_MESSAGE + "]",
                new IllegalStateException("SQLState 23505 in org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException"));
    }
}
