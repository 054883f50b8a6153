package org.rightbalance.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published once, in the seeding transaction, after the demo staff and cases exist. Each feature
 * listens and adds its own synthetic records to the cases (its conference, its mentoring sessions …).
 *
 * @param staff demo staff ids by username
 * @param today the date the demo is seeded, so dates can be relative to it
 */
public record DemoCasesSeeded(List<DemoCase> cases, Map<String, Long> staff, LocalDate today) {

    public Optional<DemoCase> byKey(String key) {
        return cases.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public long staffId(String username) {
        Long id = staff.get(username);
        if (id == null) {
            throw new IllegalArgumentException("no demo staff member " + username);
        }
        return id;
    }
}
