package org.leerwerkplek.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Checks user names and passwords against the accounts in the database. */
@ApplicationScoped
public class LeerwerkplekIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(LeerwerkplekIdentityStore.class.getName());

    @Inject
    UserService users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            return users.authenticate(credential.getCaller(), credential.getPassword().getValue())
                    .map(caller -> new CredentialValidationResult(caller.username(), roleNames(caller.roles())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    LOG.log(Level.FINE, "Concurrent sign-in attempts for one account; this one is refused", e);
                    return CredentialValidationResult.INVALID_RESULT;
                }
            }
            throw e;
        }
    }

    static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
