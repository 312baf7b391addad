package org.recordswatch.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for one user, shown in the application (the daily deadline reminder when there is no SMTP). Its text is
 * a message-bundle key with arguments, so that it reads in the user's language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, length = 128)
    private String messageKey;

    @Column(length = 2000)
    private String args;

    @Column(length = 512)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(long userId, Instant createdAt, String messageKey, List<String> args, String link) {
        this.userId = userId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.messageKey = Objects.requireNonNull(messageKey);
        String joined = args == null ? "" : String.join(SEPARATOR, args);
        this.args = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.link = link;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Object[] arguments() {
        return args == null || args.isEmpty() ? new Object[0] : Arrays.stream(args.split(SEPARATOR, -1)).toArray();
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
