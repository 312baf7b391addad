package org.recordswatch.tagging.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedBlocksTest {

    @Test
    void splitsQuotedMessagesWithTheirSendersAndOwnText() {
        String quoted = """
                From: Soto, Irma <irma.soto@dot.example.gov>
                Sent: Monday, June 3, 2024 9:01 AM
                To: Hale, Ben [mailto:ben.hale@ice.dhs.gov]
                Subject: RE: Check

                Nothing on file.

                Irma Soto
                Supervisor

                -----Original Message-----
                From: Hale, Ben [mailto:ben.hale@ice.dhs.gov]
                Sent: Monday, June 3, 2024 8:00 AM
                Subject: Check

                Anything on RUIZ, Ana?
                """;
        List<QuotedBlocks.Block> blocks = QuotedBlocks.split(quoted);
        assertEquals(2, blocks.size());
        assertEquals("irma.soto@dot.example.gov", blocks.get(0).fromEmail());
        assertEquals("Soto, Irma", blocks.get(0).fromName());
        assertTrue(blocks.get(0).text().startsWith("Nothing on file."));
        assertEquals("ben.hale@ice.dhs.gov", blocks.get(1).fromEmail());
        assertEquals("Anything on RUIZ, Ana?", blocks.get(1).text());
    }

    @Test
    void nothingQuotedGivesNoBlocks() {
        assertEquals(List.of(), QuotedBlocks.split(""));
        assertEquals(List.of(), QuotedBlocks.split("Just a note without headers."));
    }
}
