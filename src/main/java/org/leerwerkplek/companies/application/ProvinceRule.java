package org.leerwerkplek.companies.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.leerwerkplek.companies.register.Province;

/** One line of the admin's assignment rule: applications from this province go to this advisor. */
@Entity
@Table(name = "application_rule")
@NamedQuery(name = ProvinceRule.ALL, query = "select r from ProvinceRule r")
@NamedQuery(name = ProvinceRule.OF_ADVISOR, query = "select r from ProvinceRule r where r.advisor = :user")
public class ProvinceRule {

    static final String ALL = "ProvinceRule.all";
    static final String OF_ADVISOR = "ProvinceRule.ofAdvisor";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Province province;

    @Column(nullable = false, length = 64)
    private String advisor;

    protected ProvinceRule() {
    }

    ProvinceRule(Province province, String advisor) {
        this.province = province;
        this.advisor = advisor;
    }

    void setAdvisor(String advisor) {
        this.advisor = advisor;
    }

    public Province getProvince() {
        return province;
    }

    public String getAdvisor() {
        return advisor;
    }
}
