package gov.supervision.web.security;

/** The claims a token carries: {@code sub}, {@code name}, {@code roles}, {@code department}. */
final class TokenClaims {

    static final String NAME = "name";
    static final String ROLES = "roles";
    static final String DEPARTMENT = "department";

    private TokenClaims() {
    }
}
