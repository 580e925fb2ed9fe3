package gov.supervision.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import java.util.List;

/**
 * Which role may call what: the role table of the REST contract. Department scoping (a department acts only on
 * its own tasks) is a rule of the task itself and is checked there. Reads are listed once for GET and HEAD alike;
 * a GET added outside that loop would leave its HEAD to {@code anyRequest()}.
 */
final class ApiAuthorization {

    private static final String SUPERVISOR = "SUPERVISOR";
    private static final String LEADER = "LEADER";
    private static final String DEPARTMENT = "DEPARTMENT";
    private static final String AUDITOR = "AUDITOR";
    private static final String SYSTEM = "SYSTEM";
    private static final String TASK = "/api/v1/tasks/{id}";

    private ApiAuthorization() {
    }

    static void configure(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/error").permitAll();
        // HEAD is GET without the body, so it is allowed exactly where GET is: its status and headers (the ETag, the
        // length) would otherwise tell a role what its GET is refused.
        for (HttpMethod read : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
            requests
                    .requestMatchers(read, TASK + "/history", TASK + "/dossier").hasAnyRole(SUPERVISOR, AUDITOR, LEADER)
                    .requestMatchers(read, TASK + "/verification", "/api/v1/audit/digest")
                    .hasAnyRole(SUPERVISOR, AUDITOR)
                    .requestMatchers(read, TASK + "/notices").hasAnyRole(SUPERVISOR, AUDITOR, LEADER)
                    .requestMatchers(read, "/api/v1/admin/dead-letters", "/api/v1/subscriptions/**").hasRole(SUPERVISOR)
                    // Metrics name processors, message types and volumes: for the office's own scraper, with a token.
                    .requestMatchers(read, "/actuator/prometheus").hasRole(SUPERVISOR)
                    .requestMatchers(read, "/api/v1/reports/**").hasAnyRole(SUPERVISOR, LEADER, AUDITOR)
                    .requestMatchers(read, "/api/v1/tasks", TASK, TASK + "/urgings/{urgingId}/document",
                            "/api/v1/warnings", "/api/v1/escalations", "/api/v1/notices", "/api/v1/me",
                            "/api/v1/directory/**", "/api/v1/calendar/**")
                    .hasAnyRole(SUPERVISOR, LEADER, DEPARTMENT, AUDITOR, SYSTEM);
        }
        requests
                .requestMatchers(HttpMethod.POST, "/api/v1/dev/tokens").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/tasks").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/subtasks").hasAnyRole(SUPERVISOR, DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/claim").hasRole(DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/progress-reports").hasRole(DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/return").hasRole(DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/reassignment").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/responsible-person").hasAnyRole(DEPARTMENT, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/warnings").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/warnings/{warningId}/lifting").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/urgings").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/escalations").hasAnyRole(SUPERVISOR, DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/escalations/{escalationId}/resolution")
                .hasAnyRole(LEADER, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/extension-requests").hasRole(DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/extension-requests/{requestId}/decision")
                .hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/completion-requests").hasRole(DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/completion-requests/{requestId}/decision")
                .hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/closure").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/reviews").hasAnyRole(SUPERVISOR, DEPARTMENT)
                .requestMatchers(HttpMethod.POST, TASK + "/accountability-records").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, TASK + "/year-end-explanations").hasRole(LEADER)
                .requestMatchers(HttpMethod.POST, "/api/v1/audit/digest/verification").hasAnyRole(SUPERVISOR, AUDITOR)
                .requestMatchers("/api/v1/admin/projections/**").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/dead-letters/{processingGroup}/retry")
                .hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/problems").hasAnyRole(SYSTEM, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/inspections").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/clock").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.PUT, "/api/v1/directory/**").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/**").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.PUT, "/api/v1/reports/assessment-schemes/*").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/notices/{noticeId}/receipt")
                .hasAnyRole(SUPERVISOR, LEADER, DEPARTMENT)
                .requestMatchers("/api/v1/subscriptions/**", "/api/v1/subscriptions").hasRole(SUPERVISOR)
                .anyRequest().authenticated();
    }
}
