package org.leerwerkplek.platform.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.web.FacesMessages;

/** The account administration page ({@code /admin/users.xhtml}). */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService service;

    private List<UserService.UserView> accounts;
    private UserService.UserView selected;

    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private String newPassword;
    private Role[] newRoles = new Role[0];

    private Role[] editRoles = new Role[0];
    private String resetPassword;

    @PostConstruct
    void load() {
        accounts = service.list();
    }

    public void create() {
        try {
            UserService.UserView created = service.create(new UserService.NewUser(newUsername, newDisplayName, newEmail,
                    newPassword, roles(newRoles)));
            FacesMessages.info("admin.users.created", created.username());
            newUsername = null;
            newDisplayName = null;
            newEmail = null;
            newRoles = new Role[0];
            reload(created.username());
        } catch (DomainException e) {
            FacesMessages.error(e);
        } finally {
            newPassword = null;
        }
    }

    public void select(UserService.UserView account) {
        selected = account;
        editRoles = account.roles().toArray(Role[]::new);
        resetPassword = null;
    }

    public void saveRoles() {
        apply(() -> service.setRoles(selected.username(), roles(editRoles)), "admin.users.rolesSaved");
    }

    public void toggleEnabled() {
        boolean enable = !selected.enabled();
        apply(() -> service.setEnabled(selected.username(), enable),
                enable ? "admin.users.enabled" : "admin.users.disabled");
    }

    public void resetPassword() {
        String password = resetPassword;
        resetPassword = null;
        apply(() -> service.resetPassword(selected.username(), password), "admin.users.passwordReset");
    }

    private void apply(java.util.function.Supplier<UserService.UserView> change, String doneKey) {
        try {
            UserService.UserView changed = change.get();
            FacesMessages.info(doneKey, changed.username());
            reload(changed.username());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private void reload(String username) {
        accounts = service.list();
        accounts.stream().filter(a -> a.username().equals(username)).findFirst().ifPresent(this::select);
    }

    private static Set<Role> roles(Role[] chosen) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (chosen != null) {
            roles.addAll(List.of(chosen));
        }
        return roles;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<UserService.UserView> getAccounts() {
        return accounts;
    }

    public UserService.UserView getSelected() {
        return selected;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public Role[] getNewRoles() {
        return newRoles.clone();
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles == null ? new Role[0] : newRoles.clone();
    }

    public Role[] getEditRoles() {
        return editRoles.clone();
    }

    public void setEditRoles(Role[] editRoles) {
        this.editRoles = editRoles == null ? new Role[0] : editRoles.clone();
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
