package org.recordswatch.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.platform.notification.Notification;
import org.recordswatch.platform.notification.NotificationService;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;

/** The requests part of the home page: what is overdue or due soon, recent campaigns, and notifications. */
@Named
@RequestScoped
public class RequestsHome {

    @Inject
    RequestService requests;

    @Inject
    CampaignService campaigns;

    @Inject
    NotificationService notifications;

    @Inject
    @ConfigProperty(name = "rw.deadlines.due-soon-days", defaultValue = "7")
    int dueSoonDays;

    private LocalDate today;

    private LocalDate today() {
        if (today == null) {
            today = requests.today();
        }
        return today;
    }

    public long getOverdue() {
        return requests.count(RequestFilter.overdue(today()));
    }

    public long getDueSoon() {
        return requests.count(RequestFilter.dueWithin(today(), dueSoonDays));
    }

    public long getOpen() {
        return requests.count(RequestFilter.all());
    }

    public List<Campaign> getRecentCampaigns() {
        return campaigns.campaigns(null, 0, 5);
    }

    public List<Notification> getNotifications() {
        return notifications.mine(10);
    }

    public String text(Notification n) {
        return Messages.get(n.getMessageKey(), n.arguments());
    }

    public void markAllRead() {
        notifications.markAllRead();
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }
}
