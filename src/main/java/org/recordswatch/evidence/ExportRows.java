package org.recordswatch.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.recordswatch.communication.Communication;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.TagKind;
import org.recordswatch.tagging.TagSource;
import org.recordswatch.tagging.TagStatus;
import org.recordswatch.tagging.ThreadTag;
import org.recordswatch.tagging.ThreadTagKind;

/**
 * Builds export rows for a page of communications from their stored tags: analysts' decisions win (a rejected tag
 * never counts; for single-valued kinds an analyst's or confirmed value wins over a proposed one), masked as asked.
 */
@ApplicationScoped
public class ExportRows {

    @PersistenceContext
    EntityManager em;

    public List<ExportRow> rows(List<Long> ids, Masking masking) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Communication> comms = new ArrayList<>(em.createQuery(
                "SELECT c FROM Communication c LEFT JOIN FETCH c.thread WHERE c.id IN :ids", Communication.class)
                .setParameter("ids", ids).getResultList());
        comms.sort(Comparator.comparing(c -> order.get(c.getId())));
        Map<Long, List<CommunicationTag>> tags = new HashMap<>();
        for (CommunicationTag t : em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id IN :ids "
                + "AND t.status <> :rejected ORDER BY t.id", CommunicationTag.class).setParameter("ids", ids)
                .setParameter("rejected", TagStatus.REJECTED).getResultList()) {
            tags.computeIfAbsent(t.getCommunication().getId(), k -> new ArrayList<>()).add(t);
        }
        List<Long> threadIds = comms.stream().filter(c -> c.getThread() != null).map(c -> c.getThread().getId())
                .distinct().toList();
        Map<Long, String> initiators = new HashMap<>();
        if (!threadIds.isEmpty()) {
            for (ThreadTag t : em.createQuery("SELECT t FROM ThreadTag t WHERE t.thread.id IN :ids AND t.kind = :k "
                    + "AND t.status <> :rejected ORDER BY t.id", ThreadTag.class).setParameter("ids", threadIds)
                    .setParameter("k", ThreadTagKind.INITIATOR).setParameter("rejected", TagStatus.REJECTED)
                    .getResultList()) {
                boolean decided = t.getSource() == TagSource.ANALYST || t.getStatus() == TagStatus.CONFIRMED;
                if (decided || !initiators.containsKey(t.getThread().getId())) {
                    initiators.put(t.getThread().getId(), t.getCode());
                }
            }
        }
        List<ExportRow> out = new ArrayList<>(comms.size());
        for (Communication c : comms) {
            out.add(row(c, tags.getOrDefault(c.getId(), List.of()),
                    c.getThread() == null ? null : initiators.get(c.getThread().getId()), masking));
        }
        return out;
    }

    static ExportRow row(Communication c, List<CommunicationTag> tags, String initiator, Masking masking) {
        Map<TagKind, String> single = new LinkedHashMap<>();
        TreeSet<String> toOrgs = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> disclosed = new TreeSet<>();
        for (CommunicationTag t : tags) {
            if (!t.counts()) {
                continue;
            }
            switch (t.getKind()) {
                case RECIPIENT_ORG -> toOrgs.add(t.getCode());
                case CATEGORY -> {
                    categories.add(t.getCode());
                    if (t.isDisclosed()) {
                        disclosed.add(t.getCode());
                    }
                }
                default -> {
                    boolean decided = t.getSource() == TagSource.ANALYST || t.getStatus() == TagStatus.CONFIRMED;
                    if (decided || !single.containsKey(t.getKind())) {
                        single.put(t.getKind(), t.getCode());
                    }
                }
            }
        }
        Masker m = Masker.get();
        boolean mask = masking.masked();
        List<String> names = EvidenceService.names(c);
        String sentAt = c.sentAtWithOffset() == null ? "" : c.sentAtWithOffset().toString();
        return new ExportRow(c.getId(), c.getDocumentName(), c.getLocator(), c.pages(), sentAt,
                mask ? m.name(c.getFromName()) : c.getFromName(),
                mask ? m.email(c.getFromEmail()) : c.getFromEmail(), single.get(TagKind.SENDER_ORG),
                List.copyOf(toOrgs), mask ? m.text(c.getSubject(), names) : c.getSubject(),
                c.getThread() == null ? null : c.getThread().getId(), single.get(TagKind.DIRECTION), initiator,
                c.getProducingAgency(), single.get(TagKind.LEGAL_BASIS), List.copyOf(categories),
                List.copyOf(disclosed));
    }
}
