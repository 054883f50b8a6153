package org.rightbalance.admin;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class AdministrationTest {

    static final String GOOD_PASSWORD = "copper kettle morning";

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    long addMentor(String username) throws Exception {
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", username).param("displayName", "Test Mentor").param("role", "MENTOR")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/staff/*"));
        return jdbc.sql("select id from staff_member where username = ?").param(username).query(Long.class).single();
    }

    int version(long id) {
        return jdbc.sql("select version from staff_member where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPagesAndRefusalsAreAudited() throws Exception {
        long before = demo.auditCount("tm.priya", "DENIED");
        for (String path : new String[]{"/admin", "/admin/staff", "/admin/staff/new", "/admin/audit", "/admin/audit/export.csv",
                "/admin/subject-access", "/admin/retention", "/api/admin/staff"}) {
            mvc.perform(get(path).with(demo.as("tm.priya"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(demo.as("admin"))).andExpect(status().isOk());
        }
        assertThat(demo.auditCount("tm.priya", "DENIED")).isEqualTo(before + 8);
        mvc.perform(post("/admin/staff/new").with(demo.as("sw.amara")).with(csrf())
                        .param("username", unique("intruder")).param("displayName", "X").param("role", "ADMINISTRATOR")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAStaffMemberWhoCanThenSignInAndTheChangeIsAudited() throws Exception {
        String username = unique("mentor.new");
        long id = addMentor(username);
        mvc.perform(get("/admin/staff").with(demo.as("admin"))).andExpect(content().string(containsString(username)));
        mvc.perform(formLogin("/sign-in").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'admin' and action = 'CHANGE' and detail like ?")
                .param("%" + username + "%").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select password_hash from staff_member where id = ?").param(id).query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
    }

    @Test
    void weakPasswordsAreRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        String username = unique("sw.weak");
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", username).param("displayName", "Kept Name").param("role", "MENTOR")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a password of at least 12 characters")))
                .andExpect(content().string(containsString("value=\"Kept Name\"")));
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", username).param("displayName", "Kept Name").param("role", "MENTOR")
                        .param("password", "xx" + username + "-long-enough"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not contain the user name")));
        assertThat(jdbc.sql("select count(*) from staff_member where username = ?").param(username).query(Long.class).single()).isZero();
    }

    @Test
    void aSocialWorkerNeedsATeamAndUserNamesAreUnique() throws Exception {
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", unique("sw.noteam")).param("displayName", "No Team").param("role", "SOCIAL_WORKER")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the team of a social worker")));
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", "sw.amara").param("displayName", "Copy").param("role", "MENTOR")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already a staff member with this user name")));
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                        .param("username", "Not Valid!").param("displayName", "").param("role", "")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a user name of 2 to 60 lower-case letters")))
                .andExpect(content().string(containsString("Enter the person&#39;s name")))
                .andExpect(content().string(containsString("Choose a role")));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        String username = unique("mentor.off");
        long id = addMentor(username);
        mvc.perform(post("/admin/staff/" + id + "/enabled").with(demo.as("admin")).with(csrf())
                .param("enabled", "false").param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/admin/staff/" + id + "/enabled").with(demo.as("admin")).with(csrf())
                .param("enabled", "true").param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNewPasswordReplacesTheOldOne() throws Exception {
        String username = unique("mentor.pw");
        long id = addMentor(username);
        mvc.perform(post("/admin/staff/" + id + "/password").with(demo.as("admin")).with(csrf())
                        .param("password", "new enough password").param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user(username).password("new enough password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aChangeMadeFromAnOldVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        long id = addMentor(unique("mentor.lock"));
        int old = version(id);
        mvc.perform(post("/admin/staff/" + id).with(demo.as("admin")).with(csrf())
                .param("displayName", "First Change").param("role", "MENTOR").param("version", String.valueOf(old)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/staff/" + id).with(demo.as("admin")).with(csrf())
                        .param("displayName", "Second Change").param("role", "MENTOR").param("version", String.valueOf(old)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"Second Change\"")));
        assertThat(jdbc.sql("select display_name from staff_member where id = ?").param(id).query(String.class).single())
                .isEqualTo("First Change");
    }

    @Test
    void theApiAddsStaffForAdministratorsOnly() throws Exception {
        String username = unique("api.user");
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"Api User\",\"role\":\"EVALUATOR\",\"password\":\"" + GOOD_PASSWORD + "\"}";
        mvc.perform(post("/api/admin/staff").with(demo.as("sw.ben")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/admin/staff").with(demo.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(GOOD_PASSWORD, "short")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
