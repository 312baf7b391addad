package org.recordswatch.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.agency.Side;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;

/** The agency directory: search, add, edit, import and export CSV. */
@Named
@ViewScoped
public class AgenciesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    @Inject
    AgencyService agencies;

    private String text;
    private Side side;
    private LazyDataModel<Agency> model;

    private Long editingId;
    private String code;
    private String name;
    private Side formSide = Side.STATE;
    private String jurisdiction;
    private String domains;
    private String custodianName;
    private String custodianTitle;
    private String custodianEmail;
    private String custodianPhone;
    private String postalAddress;
    private String portalUrl;
    private String notes;

    private transient UploadedFile upload;
    private List<AgencyService.ImportProblem> importProblems = List.of();

    @PostConstruct
    void init() {
        model = PagedModel.of(() -> agencies.count(text, side),
                (first, size) -> agencies.search(text, side, first, size), Agency::getId, agencies::get);
    }

    public void startNew() {
        editingId = null;
        code = null;
        name = null;
        formSide = Side.STATE;
        jurisdiction = null;
        domains = null;
        custodianName = null;
        custodianTitle = null;
        custodianEmail = null;
        custodianPhone = null;
        postalAddress = null;
        portalUrl = null;
        notes = null;
    }

    public void edit(Agency a) {
        AgencyForm f = AgencyForm.of(agencies.get(a.getId()));
        editingId = a.getId();
        code = f.code();
        name = f.name();
        formSide = f.side();
        jurisdiction = f.jurisdiction();
        domains = String.join(" ", f.domains());
        custodianName = f.custodianName();
        custodianTitle = f.custodianTitle();
        custodianEmail = f.custodianEmail();
        custodianPhone = f.custodianPhone();
        postalAddress = f.postalAddress();
        portalUrl = f.portalUrl();
        notes = f.notes();
    }

    public void save() {
        AgencyForm form = new AgencyForm(code, name, formSide, jurisdiction, AgencyService.splitDomains(domains),
                custodianName, custodianTitle, custodianEmail, custodianPhone, postalAddress, portalUrl, notes);
        try {
            if (editingId == null) {
                agencies.create(form);
                Messages.info("agencies.created", name);
            } else {
                agencies.update(editingId, form);
                Messages.info("agencies.updated", name);
            }
            PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void importCsv() {
        importProblems = List.of();
        if (upload == null || upload.getSize() == 0) {
            Messages.error("agency.import.empty");
            return;
        }
        if (upload.getSize() > MAX_IMPORT_BYTES) {
            Messages.error("agency.import.tooLarge");
            return;
        }
        try {
            String csv = new String(upload.getContent(), StandardCharsets.UTF_8);
            AgencyService.ImportResult result = agencies.importCsv(csv);
            if (result.ok()) {
                Messages.info("agency.import.done", result.created(), result.updated());
            } else {
                importProblems = result.problems();
                Messages.error("agency.import.problems", result.problems().size());
            }
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            upload = null;
        }
    }

    public StreamedContent getExport() {
        byte[] csv = agencies.exportCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("agencies.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String problemText(AgencyService.ImportProblem p) {
        return Messages.get("agency.import.problemLine", p.line(), p.code(), Messages.get(p.messageKey()));
    }

    public List<Side> getSides() {
        return Arrays.asList(Side.values());
    }

    public LazyDataModel<Agency> getModel() {
        return model;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<AgencyService.ImportProblem> getImportProblems() {
        return importProblems;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Side getFormSide() {
        return formSide;
    }

    public void setFormSide(Side formSide) {
        this.formSide = formSide;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public String getCustodianName() {
        return custodianName;
    }

    public void setCustodianName(String custodianName) {
        this.custodianName = custodianName;
    }

    public String getCustodianTitle() {
        return custodianTitle;
    }

    public void setCustodianTitle(String custodianTitle) {
        this.custodianTitle = custodianTitle;
    }

    public String getCustodianEmail() {
        return custodianEmail;
    }

    public void setCustodianEmail(String custodianEmail) {
        this.custodianEmail = custodianEmail;
    }

    public String getCustodianPhone() {
        return custodianPhone;
    }

    public void setCustodianPhone(String custodianPhone) {
        this.custodianPhone = custodianPhone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getPortalUrl() {
        return portalUrl;
    }

    public void setPortalUrl(String portalUrl) {
        this.portalUrl = portalUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
