package org.rightbalance.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the web application through MockMvc, on the shared test database seeded with the
 * synthetic demo data (staff {@code sw.amara}, {@code mentor.sam} …, password {@code test-password}).
 * Tests that change data create their own records, so they do not depend on one another. Tagged
 * {@code database}: in CI they run a second time against a real PostgreSQL server (ADR 0007).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@ActiveProfiles("test")
public @interface WebTest {
}
