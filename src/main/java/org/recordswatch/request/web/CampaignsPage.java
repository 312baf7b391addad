package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.platform.web.PagedModel;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignService;

/** The campaigns the caller may see, newest first, with a search box. */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    private String text;
    private LazyDataModel<Campaign> model;

    @PostConstruct
    void init() {
        model = PagedModel.of(() -> campaigns.count(text), (first, size) -> campaigns.campaigns(text, first, size),
                Campaign::getId, campaigns::campaign);
    }

    /** Autocomplete of campaign titles. */
    public List<String> complete(String query) {
        return campaigns.suggest(query).stream().map(Campaign::getTitle).toList();
    }

    public LazyDataModel<Campaign> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
