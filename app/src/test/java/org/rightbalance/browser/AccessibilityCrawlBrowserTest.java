package org.rightbalance.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rightbalance.support.Browser;
import org.rightbalance.support.Demo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a member of staff can reach by following links, for every role, passes axe-core's
 * WCAG 2.2 A and AA rules. Pages are found by crawling from the home page, so pages added later are
 * checked without changing this test; each kind of page (its path with numbers replaced) is checked
 * once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityCrawlBrowserTest {

    static final List<String> ROLES = List.of("sw.amara", "tm.priya", "fgc.lee", "mentor.sam", "vs.harpreet",
            "pm.morgan", "eval.alex", "admin");
    /** Links that leave the pages or change state when followed. */
    static final List<String> SKIP = List.of("/sign-out", "/v3/api-docs", "/api/", ".pdf", ".csv", ".json", ".zip",
            "/export", "/download", "#");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void everyPageReachableByAnyRolePassesAxe() {
        Set<String> checkedKinds = new LinkedHashSet<>();
        List<String> checkedPages = new ArrayList<>();
        for (String role : ROLES) {
            browser.signIn(role, Demo.PASSWORD);
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new LinkedHashSet<>(queue);
            while (!queue.isEmpty()) {
                String path = queue.poll();
                String kind = path.replaceAll("\\d+", "{id}");
                boolean home = path.equals("/");
                if (!home && !checkedKinds.add(kind)) {
                    continue;
                }
                browser.open(path);
                browser.assertAccessible();
                checkedPages.add(role + " " + path);
                for (String link : links()) {
                    if (seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
            browser.open("/");
            browser.signOut();
        }
        assertThat(checkedPages).as("pages checked").hasSizeGreaterThan(ROLES.size());
        assertThat(checkedKinds).as("kinds of page checked").contains("/cases/{id}", "/accessibility");
    }

    private List<String> links() {
        List<String> found = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("a[href]"))) {
            String href = a.getDomAttribute("href");
            if (href == null || !href.startsWith("/") || href.startsWith("//")) {
                continue;
            }
            if (SKIP.stream().anyMatch(href::contains)) {
                continue;
            }
            found.add(href);
        }
        return found;
    }
}
