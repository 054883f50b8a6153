package org.rightbalance.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Five wrong passwords lock the account; during the lock even the right one fails; afterwards it works. */
@WebTest
@Import(SignInThrottlingTest.MutableClockConfig.class)
class SignInThrottlingTest {

    static final String PASSWORD = "a perfectly good password";

    /** A clock the test can move forward; the application's services read time from the Clock bean. */
    static final class MutableClock extends Clock {
        private Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @TestConfiguration
    static class MutableClockConfig {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffRepository staff;
    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockEnds() throws Exception {
        String username = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        staff.add(username, "Throttle Test", Role.MENTOR, Optional.empty(), passwords.encode(PASSWORD));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong " + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/sign-in?error"));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/sign-in?error"));

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() throws Exception {
        String username = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        staff.add(username, "Throttle Test", Role.MENTOR, Optional.empty(), passwords.encode(PASSWORD));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong " + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }
}
