package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.Organization;
import org.recordswatch.account.UserAccount;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.law.LawService;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignForm;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.LetterTemplate;

/**
 * A new campaign: what is asked, the letter template, and the agencies (added one by one or all agencies of a
 * jurisdiction at once), each shown with the law its request will run under.
 */
@Named
@ViewScoped
public class NewCampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    AgencyService agencies;

    @Inject
    LawService laws;

    @Inject
    AccountService accounts;

    @Inject
    CallerContext callers;

    private String title;
    private String description;
    private String letterTemplate;
    private String recordsDescribed;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private String requesterName;
    private String requesterEmail;
    private String letterLanguage;
    private boolean shared;
    private Long organizationId;

    private String jurisdictionToAdd;
    private String agencyToAdd;
    private final List<Agency> chosen = new ArrayList<>();
    private String preview;

    @PostConstruct
    void init() {
        UserAccount me = accounts.me();
        requesterName = me.getDisplayName();
        requesterEmail = me.getEmail();
        letterLanguage = Messages.currentLocale().getLanguage().equals("es") ? "es" : "en";
        useDefaultTemplate();
    }

    public void useDefaultTemplate() {
        letterTemplate = Messages.get(Locale.forLanguageTag(letterLanguage), "campaign.template.default");
    }

    public void addJurisdiction() {
        List<Agency> found = agencies.inJurisdiction(jurisdictionToAdd);
        if (found.isEmpty()) {
            Messages.warn("campaign.noAgenciesIn", jurisdictionToAdd);
        }
        found.forEach(this::add);
        jurisdictionToAdd = null;
    }

    public List<String> completeAgency(String query) {
        return agencies.suggest(query, 10).stream().map(a -> a.getCode().value() + " · " + a.getName()).toList();
    }

    public void addAgency() {
        if (agencyToAdd == null || agencyToAdd.isBlank()) {
            return;
        }
        String code = agencyToAdd.split(" · ", 2)[0].strip();
        agencies.suggest(code, 10).stream().filter(a -> a.getCode().value().equals(code)).findFirst()
                .ifPresentOrElse(this::add, () -> Messages.warn("campaign.unknownAgency"));
        agencyToAdd = null;
    }

    private void add(Agency a) {
        if (chosen.stream().noneMatch(x -> x.getId().equals(a.getId()))) {
            chosen.add(a);
        }
    }

    public void remove(Agency a) {
        chosen.removeIf(x -> x.getId().equals(a.getId()));
    }

    /** The short name of the law a request to this agency runs under; empty when none is known. */
    public String lawOf(Agency a) {
        return laws.lawFor(a.getJurisdiction()).map(l -> l.getShortName() + " (" + l.getCitation() + ")").orElse("");
    }

    private CampaignForm form() {
        return new CampaignForm(title, description, letterTemplate, recordsDescribed, dateFrom, dateTo, requesterName,
                requesterEmail, letterLanguage, shared, organizationId);
    }

    public void previewLetter() {
        if (chosen.isEmpty()) {
            Messages.error("campaign.agenciesRequired");
            return;
        }
        try {
            preview = campaigns.previewLetter(form(), chosen.get(0).getId());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void create() throws IOException {
        try {
            Campaign c = campaigns.create(form(), chosen.stream().map(Agency::getId).toList());
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("campaign.created", c.getTitle(), chosen.size());
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath()
                    + "/campaigns/view.xhtml?id=" + c.getId());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isAdmin() {
        return callers.current().hasRole(Role.ADMIN);
    }

    public List<Organization> getOrganizations() {
        return accounts.organizations();
    }

    public List<String> getPlaceholders() {
        return LetterTemplate.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList();
    }

    public List<Agency> getChosen() {
        return chosen;
    }

    public String getPreview() {
        return preview;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLetterTemplate() {
        return letterTemplate;
    }

    public void setLetterTemplate(String letterTemplate) {
        this.letterTemplate = letterTemplate;
    }

    public String getRecordsDescribed() {
        return recordsDescribed;
    }

    public void setRecordsDescribed(String recordsDescribed) {
        this.recordsDescribed = recordsDescribed;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public void setRequesterEmail(String requesterEmail) {
        this.requesterEmail = requesterEmail;
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public void setLetterLanguage(String letterLanguage) {
        this.letterLanguage = letterLanguage;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getJurisdictionToAdd() {
        return jurisdictionToAdd;
    }

    public void setJurisdictionToAdd(String jurisdictionToAdd) {
        this.jurisdictionToAdd = jurisdictionToAdd;
    }

    public String getAgencyToAdd() {
        return agencyToAdd;
    }

    public void setAgencyToAdd(String agencyToAdd) {
        this.agencyToAdd = agencyToAdd;
    }
}
