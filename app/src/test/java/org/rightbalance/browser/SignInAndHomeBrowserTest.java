package org.rightbalance.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rightbalance.support.Browser;
import org.rightbalance.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndHomeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Demo demo;

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
    void aSocialWorkerSignsInSeesTheirCasesAndOpensAChildsCase() {
        browser.open("/sign-in").assertAccessible();
        browser.signIn("sw.amara", Demo.PASSWORD);
        assertThat(browser.heading()).isEqualTo("My cases");
        assertThat(browser.mainText()).contains("Kai Rivera").doesNotContain("Rafi Begum");
        browser.assertAccessible();

        browser.click("Kai Rivera");
        assertThat(browser.heading()).isEqualTo("Kai Rivera");
        browser.assertAccessible();

        browser.signOut();
        assertThat(browser.mainText()).contains("You have signed out");
    }

    @Test
    void aWrongPasswordShowsAnErrorSummaryThatPassesAxe() {
        browser.signIn("sw.ben", "not-the-password");
        assertThat(browser.errorSummary()).singleElement().asString().contains("user name or password is wrong");
        browser.assertAccessible();
    }

    @Test
    void theAccessibilityStatementAndErrorPagesPassAxe() {
        browser.open("/accessibility").assertAccessible();
        browser.signIn("sw.amara", Demo.PASSWORD);
        browser.open("/cases/" + demo.caseOf("begum"));
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();
        browser.signOut();
    }
}
