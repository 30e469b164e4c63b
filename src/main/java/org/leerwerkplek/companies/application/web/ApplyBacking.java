package org.leerwerkplek.companies.application.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.companies.application.ApplicationForm;
import org.leerwerkplek.companies.application.ApplicationService;
import org.leerwerkplek.companies.application.MentorIntent;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.web.ClientAddress;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;

/**
 * The public application form ({@code /apply/index.xhtml}): every wrong field gets its message
 * beside it; a refusal (a robot, a limit) is one message on the page; nothing is stored then.
 */
@Named("apply")
@RequestScoped
public class ApplyBacking {

    /** The field a refusal's message belongs to; the others (a robot, the limit per address) are the page's. */
    private static final Map<String, String> REFUSAL_FIELD = Map.of("application.limit.number", "number");

    @Inject
    ApplicationService applications;

    @Inject
    ClientAddress clientAddress;

    private ApplicationFields form;
    private boolean sent;

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ApplicationForm given = getForm().form();
        List<FieldProblem> problems = given.isRobot() ? List.of() : given.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> fieldMessage(faces, p.field(), p.messageKey(), p.arguments()));
            FacesMessages.error("application.problems");
            return;
        }
        try {
            applications.apply(given, clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            sent = true;
        } catch (DomainException e) {
            String field = REFUSAL_FIELD.get(e.messageKey());
            if (field == null) {
                FacesMessages.error(e);
            } else {
                fieldMessage(faces, field, e.messageKey(), e.arguments());
                FacesMessages.error("application.problems");
            }
        }
    }

    /** The message beside its field, which is marked invalid (aria-invalid) as a converter's error would mark it. */
    private static void fieldMessage(FacesContext faces, String field, String key, Object... arguments) {
        String clientId = "applyForm:" + field;
        String text = Messages.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            Object given = input.getValue();
            if (given instanceof String || given instanceof Number) {
                input.setSubmittedValue(given.toString());  // an invalid field shows what was typed, not nothing
            }
            input.setValid(false);
        }
    }

    /** The form; mails and contact start in the page's language. */
    public ApplicationFields getForm() {
        if (form == null) {
            String language = UiLanguage.current();
            form = new ApplicationFields(ApplicationForm.LANGUAGES.contains(language) ? language : "nl");
        }
        return form;
    }

    public boolean isSent() {
        return sent;
    }

    public List<Province> getProvinces() {
        return Arrays.asList(Province.values());
    }

    public List<Subsector> getSubsectors() {
        return Arrays.asList(Subsector.values());
    }

    public List<LearningSystem> getLearningForms() {
        return Arrays.asList(LearningSystem.values());
    }

    public List<MentorIntent> getMentorIntents() {
        return Arrays.asList(MentorIntent.values());
    }

    public List<String> getLanguages() {
        return ApplicationForm.LANGUAGES;
    }
}
