package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;
import org.recordswatch.tagging.party.DirectoryAgency;

class TagStoreProposalsTest {

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.of(List.of(
            DirectoryAgency.of("st_dept", "State Department of Things", Side.STATE, "NM", "st.example.gov"),
            DirectoryAgency.of("fed_office", "Federal Office", Side.FEDERAL, "US", "fed.example.gov")));

    @Test
    void storesWhatTheEngineSaysWithItsProvenance() {
        TaggableMessage ask = TaggableMessage.builder("c-1").from("Tom Kay", "tom@fed.example.gov")
                .to("Jane Roe", "jane@st.example.gov").subject("Client").sentAt(Instant.parse("2019-07-09T15:45:00Z"))
                .body("Jane, can you send me the date of birth of Ana Ruiz?").medium(Medium.EMAIL).build();
        TaggableMessage answer = TaggableMessage.builder("c-2").from("Jane Roe", "jane@st.example.gov")
                .to("Tom Kay", "tom@fed.example.gov").subject("RE: Client")
                .sentAt(Instant.parse("2019-07-09T17:02:00Z"))
                .body("Tom, her date of birth is 03/14/1985.").medium(Medium.EMAIL).build();
        TaggingRun run = TaggingEngine.create(DIRECTORY, TaxonomyJson.seed())
                .tag(List.of(new MessageThread("t-1", List.of(ask, answer))));

        Communication stored = new Communication(1, "c-2");
        List<CommunicationTag> tags = TagStore.proposals(stored, run.message("c-2"));
        Map<TagKind, List<String>> byKind = tags.stream().collect(Collectors.groupingBy(CommunicationTag::getKind,
                Collectors.mapping(CommunicationTag::getCode, Collectors.toList())));

        assertEquals(List.of("st_dept"), byKind.get(TagKind.SENDER_ORG));
        assertEquals(List.of("fed_office"), byKind.get(TagKind.RECIPIENT_ORG));
        assertEquals(List.of("state_to_federal"), byKind.get(TagKind.DIRECTION));
        assertTrue(byKind.get(TagKind.CATEGORY).contains("date_of_birth"), tags.toString());
        CommunicationTag dob = tags.stream().filter(t -> t.getCode().equals("date_of_birth")).findFirst().orElseThrow();
        assertTrue(dob.isDisclosed());
        assertEquals("BODY", dob.getTextSource());
        assertTrue(dob.getExcerpt().contains("03/14/1985"), dob.getExcerpt());
        assertTrue(dob.getEndOffset() > dob.getStartOffset());
        assertTrue(tags.stream().allMatch(t -> t.getSource() == TagSource.DETECTOR
                && t.getStatus() == TagStatus.PROPOSED));

        List<ThreadTag> threadTags = TagStore.proposals(new ConversationThread(1, "t-1"), run.thread("t-1"));
        assertTrue(threadTags.stream().anyMatch(t -> t.getKind() == ThreadTagKind.INITIATOR
                && t.getCode().equals("federal")), threadTags.toString());
        assertTrue(threadTags.stream().anyMatch(t -> t.getKind() == ThreadTagKind.OUTCOME));
    }
}
