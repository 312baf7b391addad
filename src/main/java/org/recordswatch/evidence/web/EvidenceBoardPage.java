package org.recordswatch.evidence.web;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.recordswatch.evidence.Agreement;
import org.recordswatch.evidence.EvidenceBoard;
import org.recordswatch.evidence.EvidenceService;
import org.recordswatch.evidence.EvidenceTable;
import org.recordswatch.evidence.Masking;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignService;

/**
 * The evidence board of a campaign: its tables (each number links to the communications behind it), charts of
 * disclosures per agency and per month, and the evidence packet download.
 */
@Named
@ViewScoped
public class EvidenceBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    @Inject
    EvidenceService evidence;

    @Inject
    CampaignService campaigns;

    @Inject
    CallerContext callers;

    private Long campaignId;
    private Campaign campaign;
    private EvidenceBoard board;
    private List<Campaign> campaignList;
    private List<Map.Entry<String, Agreement>> agreement = List.of();

    public void load() {
        campaignList = campaigns.campaigns(null, 0, 200);
        if (campaignId == null && campaignList.size() == 1) {
            campaignId = campaignList.get(0).getId();
        }
        if (campaignId != null) {
            campaign = campaigns.campaign(campaignId);
            board = evidence.board(campaignId);
            agreement = new java.util.ArrayList<>(evidence.agreement(campaignId).entrySet());
        }
    }

    /** Chart.js configuration: disclosures per agency, stacked by category. */
    public String getDisclosureChart() {
        return stackedBar(board.disclosures());
    }

    /** Chart.js configuration: disclosing messages per month. */
    public String getTimelineChart() {
        return stackedBar(board.timeline());
    }

    private static String stackedBar(EvidenceTable table) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        boolean byRow = table.rows().size() > 1 || !table.rows().isEmpty() && !table.rows().get(0).label().isEmpty();
        if (byRow) {
            table.rows().forEach(r -> labels.add(r.label()));
            for (int c = 0; c < table.columns().size(); c++) {
                JsonArrayBuilder data = JSON.createArrayBuilder();
                for (EvidenceTable.Row r : table.rows()) {
                    data.add(r.cells().get(c).count());
                }
                datasets.add(JSON.createObjectBuilder().add("label", table.columns().get(c)).add("data", data)
                        .add("backgroundColor", COLOURS[c % COLOURS.length]));
            }
        } else {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            table.columns().forEach(labels::add);
            if (!table.rows().isEmpty()) {
                table.rows().get(0).cells().forEach(cell -> data.add(cell.count()));
            }
            datasets.add(JSON.createObjectBuilder().add("label", "messages").add("data", data)
                    .add("backgroundColor", COLOURS[0]));
        }
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", true))
                .add("y", JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true));
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("scales", scales))
                .build().toString();
    }

    /** Cohen's kappa per category between the tags and the second coders. */
    public List<Map.Entry<String, Agreement>> getAgreement() {
        return agreement;
    }

    public boolean isMayUnmask() {
        return Masking.mayUnmask(callers.current());
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public EvidenceBoard getBoard() {
        return board;
    }

    public List<Campaign> getCampaignList() {
        return campaignList;
    }
}
