package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.CertificateService;

/** The public check of a certificate's verification code ({@code /course/verify.xhtml?code=}). */
@Named("certificateVerify")
@RequestScoped
public class VerifyCertificateBacking {

    @Inject
    CertificateService certificates;

    private String code;
    private Optional<CertificateService.Verified> result;

    public void check() {
        result = code == null || code.isBlank() ? null : certificates.verify(code);
    }

    /** Whether a code was given and checked. */
    public boolean isChecked() {
        return result != null;
    }

    public boolean isGenuine() {
        return result != null && result.isPresent();
    }

    public CertificateService.Verified getVerified() {
        return result == null ? null : result.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
