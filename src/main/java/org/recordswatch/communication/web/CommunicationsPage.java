package org.recordswatch.communication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.communication.AnalysisState;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationFilter;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;

/**
 * The communications explorer of a campaign: a lazy table filtered by producing agency, sender, sent dates, thread
 * and channel; the analysis's progress; exports.
 */
@Named
@ViewScoped
public class CommunicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Inject
    CommunicationService communications;

    private Long campaignId;
    private String agency;
    private String sender;
    private LocalDate from;
    private LocalDate to;
    private Long threadId;
    private Channel channel;
    private String text;
    private LazyDataModel<Communication> model;
    private List<String> agencies;
    private List<ConversationThread> threads;
    private AnalysisState analysis;

    /** From f:viewAction: a campaign the caller may not read is a 404. */
    public void load() {
        if (campaignId == null) {
            throw new NotFoundException("campaign", "none");
        }
        long id = campaignId;
        agencies = communications.agencies(id);
        threads = communications.threads(id);
        analysis = communications.analysis(id);
        model = PagedModel.of(() -> communications.count(id, filter()),
                (first, size) -> communications.communications(id, filter(), first, size), Communication::getId,
                communications::communication);
    }

    CommunicationFilter filter() {
        return new CommunicationFilter(agency, sender, from, to, threadId, channel, text);
    }

    public void clear() {
        agency = null;
        sender = null;
        from = null;
        to = null;
        threadId = null;
        channel = null;
        text = null;
    }

    public void refresh() {
        analysis = communications.analysis(campaignId);
        threads = communications.threads(campaignId);
        agencies = communications.agencies(campaignId);
    }

    public void reanalyze() {
        try {
            communications.reanalyze(campaignId);
            Messages.info("communications.reanalyzeQueued");
            refresh();
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** The sent time in its own offset ({@code 2019-03-05 10:14 -07:00}). */
    public String sent(Communication c) {
        OffsetDateTime t = c.sentAtWithOffset();
        return t == null ? "" : SENT.format(t);
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LazyDataModel<Communication> getModel() {
        return model;
    }

    public List<String> getAgencies() {
        return agencies;
    }

    public List<ConversationThread> getThreads() {
        return threads;
    }

    public AnalysisState getAnalysis() {
        return analysis;
    }
}
