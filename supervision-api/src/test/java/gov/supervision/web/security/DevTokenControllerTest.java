package gov.supervision.web.security;

import com.jayway.jsonpath.JsonPath;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(DevTokenController.class)
class DevTokenControllerTest {

    private static final String TOKENS = "/api/v1/dev/tokens";

    @Autowired
    MockMvc mvc;
    @Autowired
    JwtDecoder decoder;

    @Test
    void aTokenWithTheClaimsAskedForPassesTheApplicationsOwnChecks() throws Exception {
        Jwt token = issue(Map.of("sub", "dept-jt", "name", "交通局办公室", "roles", List.of("DEPARTMENT"),
                "department", "市交通运输局"));

        assertThat(token.getSubject()).isEqualTo("dept-jt");
        assertThat(token.getClaimAsString("name")).isEqualTo("交通局办公室");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("DEPARTMENT");
        assertThat(token.getClaimAsString("department")).isEqualTo("市交通运输局");
        assertThat(token.getExpiresAt())
                .isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(Duration.ofMinutes(1)));
    }

    @Test
    void withoutSubjectOrNameTheTokenNamesADevelopmentSubject() throws Exception {
        Jwt token = issue(Map.of("roles", List.of("SUPERVISOR", "AUDITOR")));

        assertThat(token.getSubject()).startsWith("dev-");
        assertThat(token.getClaimAsString("name")).isEqualTo(token.getSubject());
        assertThat(token.getClaimAsStringList("roles")).containsExactly("SUPERVISOR", "AUDITOR");
    }

    @Test
    void aTokenWithoutRolesOrADepartmentTokenWithoutDepartmentIsRefused() throws Exception {
        mvc.perform(postJson(TOKENS, Map.of("sub", "nobody", "roles", List.of()))).andExpect(invalidField("roles"));
        mvc.perform(postJson(TOKENS, Map.of("roles", List.of("MAYOR")))).andExpect(invalidField("roles[0]"));
        mvc.perform(postJson(TOKENS, Map.of("roles", List.of("DEPARTMENT"))))
                .andExpect(invalidField("departmentNamed"));
    }

    @Test
    void aCallerOnAnotherMachineGetsNoToken() throws Exception {
        mvc.perform(postJson(TOKENS, Map.of("roles", List.of("SUPERVISOR"))).with(from("192.0.2.10")))
                .andExpect(problem(403, "DEV_TOKENS_LOCAL_ONLY"))
                .andExpect(content().string(not(containsString("token\""))));
    }

    @Test
    void aCallerOnThisMachineOverIpv6GetsAToken() throws Exception {
        mvc.perform(postJson(TOKENS, Map.of("roles", List.of("SUPERVISOR"))).with(from("0:0:0:0:0:0:0:1")))
                .andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String remoteAddress) {
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        };
    }

    private Jwt issue(Map<String, Object> request) throws Exception {
        String answer = mvc.perform(postJson(TOKENS, request))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return decoder.decode(JsonPath.read(answer, "$.token"));
    }
}
