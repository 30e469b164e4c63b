package org.leerwerkplek.platform.security;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept; the service works against this, tests against a map. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAll();

    long count();

    void add(UserAccount account);
}
