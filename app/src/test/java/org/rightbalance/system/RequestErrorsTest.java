package org.rightbalance.system;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Oversized, malformed and unexpected requests get a clear 4xx, and no response ever shows code or SQL. */
@WebTest
class RequestErrorsTest {

    /** Words that must never appear in a response: they would reveal the code or the database. */
    static final String[] LEAKS = {"Exception", "exception", "at org.", "at java.", "SQLState", "insert into", "select *", "values (",
            "SECRET-ID-42", "org.h2", "org.postgresql", "tools.jackson", "com.fasterxml", "Caused by"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    static String body(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(LEAKS);
        return body;
    }

    @Test
    void aFaultInTheServiceShowsTheGenericErrorPageWithNoExceptionOrSql() throws Exception {
        String page = body(mvc.perform(get("/test-support/fail").with(demo.as("sw.amara")))
                .andExpect(status().isInternalServerError()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));
        assertThat(page).contains("Sorry, there is a problem with the service").doesNotContain("DataIntegrityViolation");
        String problem = body(mvc.perform(get("/api/test-support/fail").with(demo.as("sw.amara")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        assertThat(problem).contains("\"status\":500");
    }

    @Test
    void anUnknownAddressIsAPageNotFound() throws Exception {
        String page = body(mvc.perform(get("/no-such-page").with(demo.as("sw.amara")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));
        assertThat(page).contains("Page not found");
        body(mvc.perform(get("/api/no-such-thing").with(demo.as("sw.amara")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
    }

    @Test
    void lettersWhereAnIdentifierBelongsAreABadRequest() throws Exception {
        body(mvc.perform(get("/cases/1 or 1=1").with(demo.as("sw.amara"))).andExpect(status().isBadRequest()));
        body(mvc.perform(get("/api/cases/abc").with(demo.as("sw.amara"))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
    }

    @Test
    void malformedJsonToTheApiIsABadRequestWithProblemDetails() throws Exception {
        String problem = body(mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x\", \"role\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        assertThat(problem).contains("\"status\":400", "not well-formed");
        body(mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x\", \"role\": \"KING\"}"))
                .andExpect(status().isBadRequest()));
    }

    @Test
    void theWrongContentTypeIsUnsupported() throws Exception {
        body(mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.TEXT_PLAIN).content("username=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
    }

    @Test
    void anOversizedFormOrJsonBodyIsRefusedAsTooLarge() throws Exception {
        String huge = "a".repeat(300 * 1024);
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=big.one&role=MENTOR&password=long+enough+password&displayName=" + huge))
                .andExpect(status().isContentTooLarge());
        String problem = mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + "b".repeat(2 * 1024 * 1024) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("Request too large");
    }

    @Test
    void aLongFieldWithinTheLimitIsAFormErrorThatSavesNothing() throws Exception {
        String page = body(mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=long.name&role=MENTOR&password=long+enough+password&displayName="
                                + URLEncoder.encode("n".repeat(5000), StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
        assertThat(page).contains("Enter a name of 120 characters or fewer");
    }
}
