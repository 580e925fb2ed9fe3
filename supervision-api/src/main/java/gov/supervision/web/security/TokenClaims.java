package gov.supervision.web.security;

/** The claims of API.md: {@code sub}, {@code name}, {@code roles}, {@code department}. */
final class TokenClaims {

    static final String NAME = "name";
    static final String ROLES = "roles";
    static final String DEPARTMENT = "department";

    private TokenClaims() {
    }
}
