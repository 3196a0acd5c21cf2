package com.appraisalbot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PeopleAdminTest {

    private static final String TEAM = "T123";
    private static final CycleYear YEAR = new CycleYear(2026);
    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static PeopleAdmin admin;
    private static Person alice;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi, Map.of("ADMIN_USER_IDS", "U0ADMIN"), Map.of());
        admin = app.bean(PeopleAdmin.class);
        alice = admin.registerBootstrapAdmin(TEAM, "U0ADMIN", profile("Alice Admin"));
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    private static Profile profile(String name) {
        return new Profile(name, ZoneId.of("Europe/London"));
    }

    private static Person person(String userId, Role... roles) {
        return admin.setRoles(alice, userId, profile("Person " + userId), Set.of(roles), null);
    }

    @Test
    void bootstrapAdminIsRegisteredOnceAsAdmin() {
        Person again = admin.registerBootstrapAdmin(TEAM, "U0ADMIN", profile("Alice A."));

        assertThat(again.id()).isEqualTo(alice.id());
        assertThat(again.roles()).containsExactly(Role.ADMIN);
        assertThat(again.displayName()).isEqualTo("Alice A.");
    }

    @Test
    void adminSetsRolesAndTheChangeIsAudited() {
        Person bob = person("U0BOB", Role.CASE_MANAGER, Role.APPRAISER);

        Person changed = person("U0BOB", Role.APPRAISER);

        assertThat(changed.id()).isEqualTo(bob.id());
        assertThat(changed.roles()).containsExactly(Role.APPRAISER);
        assertThat(app.bean(AuditLog.class).entries(TEAM, "roles-set"))
                .anySatisfy(entry -> assertThat(entry.detail()).startsWith("U0BOB: [CASE_MANAGER, APPRAISER]"));
    }

    @Test
    void someoneWhoIsNotAdminCannotSetRoles() {
        Person carol = person("U0CAROL", Role.CASE_MANAGER);

        assertThatThrownBy(() -> admin.setRoles(carol, "U0CAROL", profile("Carol"), EnumSet.allOf(Role.class), null))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("admin");
    }

    @Test
    void anAdminCannotTakeTheirOwnAdminRole() {
        assertThatThrownBy(() -> admin.setRoles(alice, "U0ADMIN", profile("Alice"), Set.of(Role.APPRAISER), null))
                .isInstanceOf(InvalidSetup.class);
    }

    @Test
    void assigningAnAppraiserReplacesTheEarlierOneForThatYear() {
        Person dan = person("U0DAN", Role.CASE_MANAGER);
        person("U0ERIN", Role.APPRAISER);
        person("U0FRED", Role.APPRAISER);

        admin.assignAppraiser(alice, YEAR, "U0DAN", "U0ERIN");
        admin.assignAppraiser(alice, YEAR, "U0DAN", "U0FRED");

        Directory directory = app.bean(Directory.class);
        assertThat(directory.appraiserOf(dan, YEAR)).map(Person::slackUserId).contains("U0FRED");
        assertThat(directory.appraiserOf(dan, YEAR.next())).isEmpty();
    }

    @Test
    void nobodyAppraisesThemselves() {
        person("U0GINA", Role.CASE_MANAGER, Role.APPRAISER);

        assertThatThrownBy(() -> admin.assignAppraiser(alice, YEAR, "U0GINA", "U0GINA"))
                .isInstanceOf(InvalidSetup.class)
                .hasMessageContaining("own appraiser");
    }

    @Test
    void assignmentNeedsTheRolesFirst() {
        person("U0HAL", Role.APPRAISER);
        person("U0IVY", Role.CASE_MANAGER);

        assertThatThrownBy(() -> admin.assignAppraiser(alice, YEAR, "U0HAL", "U0IVY"))
                .isInstanceOf(InvalidSetup.class)
                .hasMessageContaining("Case manager role first");
    }
}
