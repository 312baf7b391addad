package org.recordswatch.tagging.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.agency.Side;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;
import org.recordswatch.tagging.proposal.DirectoryProposal;
import org.recordswatch.tagging.proposal.DirectoryProposalService;

/**
 * Analyst page: agencies tagging proposed (unknown government domains) and parties it could not place; accept a
 * proposal (the agency is created with its domain) or dismiss it.
 */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryProposalService proposals;

    private DirectoryProposal.Status status = DirectoryProposal.Status.OPEN;
    private DirectoryProposal.Kind kind;
    private LazyDataModel<DirectoryProposal> rows;

    private Long selectedId;
    private String code;
    private String name;
    private Side side = Side.OTHER;
    private String jurisdiction;
    private String domains;
    private String note;

    @PostConstruct
    void init() {
        rows = PagedModel.of(() -> proposals.count(status, kind),
                (first, size) -> proposals.page(status, kind, first, size), DirectoryProposal::getId, proposals::get);
    }

    public void startAccept(DirectoryProposal p) {
        AgencyForm f = proposals.draft(p.getId());
        selectedId = p.getId();
        code = f.code();
        name = f.name();
        side = f.side();
        jurisdiction = f.jurisdiction();
        domains = String.join(" ", f.domains());
        note = null;
    }

    public void accept() {
        try {
            Agency a = proposals.accept(selectedId, new AgencyForm(code, name, side, jurisdiction,
                    AgencyService.splitDomains(domains), null, null, null, null, null, null, null), note);
            Messages.info("proposals.accepted", a.getName());
            selectedId = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('acceptDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void dismiss(DirectoryProposal p) {
        try {
            proposals.dismiss(p.getId(), null);
            Messages.info("proposals.dismissed", p.getSubjectKey());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public LazyDataModel<DirectoryProposal> getRows() {
        return rows;
    }

    public List<DirectoryProposal.Status> getStatuses() {
        return Arrays.asList(DirectoryProposal.Status.values());
    }

    public List<DirectoryProposal.Kind> getKinds() {
        return Arrays.asList(DirectoryProposal.Kind.values());
    }

    public List<Side> getSides() {
        return Arrays.asList(Side.values());
    }

    public DirectoryProposal.Status getStatus() {
        return status;
    }

    public void setStatus(DirectoryProposal.Status status) {
        this.status = status;
    }

    public DirectoryProposal.Kind getKind() {
        return kind;
    }

    public void setKind(DirectoryProposal.Kind kind) {
        this.kind = kind;
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

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
