package org.leerwerkplek.companies;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * Who may own a support action: the enabled accounts of advisors and admins, listed by display
 * name. An action's owner is one of them, by user name; the start page of that account lists the
 * action. The default owner is the company's advisor, or the one deciding when the company has
 * none that may own actions. For a reader who sees people as pseudonyms ({@link #pseudonymised()},
 * analysts), an owner's name and user name are its account's {@link Pseudonym} and an owner note
 * (free text that may name someone) is left out.
 */
public final class ActionOwners {

    /** An account that may own actions, as a list shows it. */
    public record Owner(String username, String name) {
        public Owner {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(name, "name");
        }
    }

    private static final Set<Role> MAY_OWN = Set.of(Role.ADVISOR, Role.ADMIN);

    private final List<Owner> owners;
    private final List<UserService.UserView> accounts;
    private final boolean pseudonymised;

    /** @param accounts every account; those that may not own actions are left out here */
    public ActionOwners(List<UserService.UserView> accounts) {
        this(accounts, false);
    }

    private ActionOwners(List<UserService.UserView> accounts, boolean pseudonymised) {
        this.pseudonymised = pseudonymised;
        this.accounts = List.copyOf(accounts);
        this.owners = accounts.stream()
                .filter(a -> a.enabled() && a.roles().stream().anyMatch(MAY_OWN::contains))
                .map(a -> new Owner(a.username(), nameOf(a)))
                .sorted(Comparator.comparing(Owner::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Owner::username))
                .toList();
    }

    /** The same owners for a reader who sees people as pseudonyms. */
    public ActionOwners pseudonymised() {
        return new ActionOwners(accounts, true);
    }

    /** Whether names are shown as pseudonyms. */
    public boolean isPseudonymised() {
        return pseudonymised;
    }

    /** The accounts that may own actions, by name; none for a reader who sees pseudonyms (it picks no owners). */
    public List<Owner> all() {
        return pseudonymised ? List.of() : owners;
    }

    /** The owner proposed for a company's new action: its advisor when that may own actions, else {@code deciding}. */
    public String defaultFor(String companyAdvisor, String deciding) {
        return mayOwn(companyAdvisor) ? companyAdvisor : deciding;
    }

    /**
     * The user name of the account picked as owner; refused with a message when none is picked or
     * the account may not own actions (unknown, disabled, or neither advisor nor admin).
     */
    public String require(String username) {
        String picked = username == null ? "" : username.trim();
        if (picked.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.owner");
        }
        if (!mayOwn(picked)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.ownerUnknown", picked);
        }
        return picked;
    }

    /**
     * The display name of an account (its user name when it has none or is not known); empty for
     * none; its pseudonym for a reader who sees pseudonyms.
     */
    public String name(String username) {
        if (username == null) {
            return "";
        }
        Optional<UserService.UserView> account = accounts.stream().filter(a -> a.username().equals(username)).findFirst();
        if (pseudonymised) {
            return account.map(a -> Pseudonym.ofAccount(a.createdAt())).orElse(Pseudonym.ofAccount(null));
        }
        return account.map(ActionOwners::nameOf).orElse(username);
    }

    /** The user name of an owner as the reader may see it: itself, or its pseudonym; null for none. */
    public String username(String username) {
        return pseudonymised && username != null ? name(username) : username;
    }

    /** An owner note as the reader may see it: itself, or nothing for a reader who sees pseudonyms. */
    public String note(String ownerNote) {
        return pseudonymised ? null : ownerNote;
    }

    private boolean mayOwn(String username) {
        return username != null && owners.stream().anyMatch(o -> o.username().equals(username));
    }

    private static String nameOf(UserService.UserView account) {
        return Optional.ofNullable(account.displayName()).filter(n -> !n.isBlank()).orElse(account.username());
    }
}
