package org.leerwerkplek.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;

/** The personal data of staff accounts: user name, name and address. */
@ApplicationScoped
public class AccountPrivacy implements PersonalData {

    @Inject
    UserService users;

    @Override
    public List<PersonalRecord> find(Person person) {
        return users.findByEmail(person.email()).map(user -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", user.username());
            fields.put("displayName", user.displayName());
            fields.put("email", user.email());
            fields.put("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
            fields.put("enabled", Boolean.toString(user.enabled()));
            fields.put("createdAt", String.valueOf(user.createdAt()));
            return List.of(new PersonalRecord(UserService.ACCOUNT, user.username(), fields));
        }).orElse(List.of());
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        return users.erase(person.email()).map(id -> List.of(new ErasedObject(UserService.ACCOUNT, id.toString())))
                .orElse(List.of());
    }
}
