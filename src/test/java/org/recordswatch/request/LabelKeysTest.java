package org.recordswatch.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;
import org.recordswatch.law.ClockEvent;
import org.recordswatch.law.ClockKind;
import org.recordswatch.law.ClockState;
import org.recordswatch.law.DayCount;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.HolidayKind;
import org.recordswatch.law.Observance;
import org.recordswatch.law.ReceiptRule;
import org.recordswatch.law.Roll;
import org.recordswatch.platform.mail.Outbox;
import org.recordswatch.platform.mail.OutboxMessage;

/** Keys that pages build from enum names (which MessageBundlesTest cannot see) exist in the bundle. */
class LabelKeysTest {

    @Test
    void everyEnumLabelAndReasonHasText() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/recordswatch/platform/web/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (RequestStatus s : RequestStatus.values()) {
            keys.add(s.labelKey());
            keys.add("deadline.reason." + s.name());
        }
        for (ClockKind k : ClockKind.values()) {
            keys.add(k.labelKey());
        }
        for (ClockEvent e : ClockEvent.values()) {
            keys.add(e.labelKey());
        }
        for (ClockState s : ClockState.values()) {
            keys.add("clockState." + s.name());
            keys.add("request.endedOn." + s.name());
        }
        keys.add("clockState.OVERDUE");
        keys.add("clockState.MET_LATE");
        for (DenialElement e : DenialElement.values()) {
            keys.add(e.labelKey());
        }
        for (HolidayKind k : HolidayKind.values()) {
            keys.add(k.labelKey());
        }
        for (Observance o : Observance.values()) {
            keys.add(o.labelKey());
        }
        for (DayCount u : DayCount.values()) {
            keys.add("dayCount." + u.name());
            keys.add("explain.count." + u.name());
            keys.add("laws.lengthDays." + u.name());
        }
        for (Roll r : Roll.values()) {
            keys.add("roll." + r.name());
            keys.add("explain.rolled." + r.name());
        }
        for (ReceiptRule r : ReceiptRule.values()) {
            keys.add("receiptRule." + r.name());
        }
        for (Side s : Side.values()) {
            keys.add("side." + s.name());
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            keys.add("weekday." + d.name());
        }
        for (Correspondence.Kind k : Correspondence.Kind.values()) {
            keys.add(k.labelKey());
        }
        for (Correspondence.Direction d : Correspondence.Direction.values()) {
            keys.add(d.labelKey());
        }
        for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
            keys.add(s.labelKey());
        }
        keys.add(Outbox.HELD_NO_SMTP);
        keys.add(Outbox.HELD_NO_RECIPIENT);
        for (String k : List.of("law.changed.law", "law.changed.clock", "law.changed.holidays")) {
            keys.add(k);
        }
        for (String f : List.of("month", "day", "weekday", "nth", "baseName", "offsetDays", "duplicate", "other")) {
            keys.add("holiday.invalid." + f);
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String k : keys) {
            if (!p.containsKey(k)) {
                missing.add(k);
            }
        }
        assertEquals(new TreeSet<String>(), missing);
    }
}
