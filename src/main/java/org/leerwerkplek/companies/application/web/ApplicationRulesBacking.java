package org.leerwerkplek.companies.application.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.application.ApplicationService;
import org.leerwerkplek.companies.application.AssignmentRule;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/** The assignment rule of applications in Administration ({@code /admin/applications.xhtml}, admins). */
@Named("applicationRules")
@ViewScoped
public class ApplicationRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One province of the rule as the form binds it; an empty advisor for nobody. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Province province;
        private final String saved;
        private String advisor;

        Row(Province province, String advisor) {
            this.province = province;
            this.saved = advisor == null ? "" : advisor;
            this.advisor = this.saved;
        }

        public Province getProvince() { return province; }
        public String getAdvisor() { return advisor; }
        public void setAdvisor(String advisor) { this.advisor = advisor == null ? "" : advisor; }
    }

    @Inject
    ApplicationService applications;

    @Inject
    PageSecurity security;

    private List<Row> rows;
    private transient List<UserService.UserView> advisors;

    public List<Row> getRows() {
        if (rows == null) {
            AssignmentRule rule = applications.rule();
            rows = new ArrayList<>();
            for (Province province : Province.values()) {
                rows.add(new Row(province, rule.byProvince().get(province)));
            }
        }
        return rows;
    }

    public List<UserService.UserView> getAdvisors() {
        if (advisors == null) {
            advisors = applications.advisors(Callers.of(security));
        }
        return advisors;
    }

    /** Saves the provinces whose advisor changed. */
    public void save() {
        UserService.Caller caller = Callers.of(security);
        try {
            for (Row row : getRows()) {
                if (!row.advisor.equals(row.saved)) {
                    applications.setRule(caller, row.province, Optional.of(row.advisor));
                }
            }
            rows = null;
            FacesMessages.info("application.rule.saved");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }
}
