package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
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
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) campaigns.count(text);
            }

            @Override
            public List<Campaign> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return campaigns.campaigns(text, first, pageSize);
            }

            @Override
            public String getRowKey(Campaign c) {
                return String.valueOf(c.getId());
            }

            @Override
            public Campaign getRowData(String rowKey) {
                return campaigns.campaign(Long.parseLong(rowKey));
            }
        };
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
