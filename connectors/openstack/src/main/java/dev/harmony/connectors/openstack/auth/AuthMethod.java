package dev.harmony.connectors.openstack.auth;

/**
 * How Harmony proves who it is to Keystone v3. The secret (password or application-credential
 * secret) is never part of these records; it comes from a {@link SecretSource} when needed.
 */
public sealed interface AuthMethod permits AuthMethod.Password, AuthMethod.ApplicationCredential {

    /** Who asks, for the secret source and for messages; never secret. */
    String principal();

    /**
     * A user and password, scoped to a project.
     *
     * @param user          user name
     * @param userDomain    the user's domain name, e.g. {@code Default}
     * @param project       project name to scope the token to (an admin project sees every server)
     * @param projectDomain the project's domain name
     */
    record Password(String user, String userDomain, String project, String projectDomain) implements AuthMethod {
        public Password {
            require(user, "user");
            require(userDomain, "user domain");
            require(project, "project");
            require(projectDomain, "project domain");
        }

        @Override
        public String principal() {
            return user + "@" + userDomain + " in project " + project + "@" + projectDomain;
        }
    }

    /**
     * An application credential, which carries its own project scope and roles.
     *
     * @param id the application credential's id
     */
    record ApplicationCredential(String id) implements AuthMethod {
        public ApplicationCredential {
            require(id, "application credential id");
        }

        @Override
        public String principal() {
            return "application credential " + id;
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OpenStack " + what + " must not be blank");
        }
    }
}
