package org.leerwerkplek.platform.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Accounts in a list, for service tests without a database. */
class InMemoryUserAccountRepository implements UserAccountRepository {

    private final List<UserAccount> accounts = new ArrayList<>();

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.stream().filter(a -> a.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.empty();
    }

    @Override
    public List<UserAccount> findAll() {
        return accounts.stream().sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public void add(UserAccount account) {
        accounts.add(account);
    }
}
