package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "From: Roe, Jane|FROM", "De: Gómez, Carla|FROM", "Von: Max|FROM", "Da: Lucia|FROM",
        "Sent: Monday|SENT", "Enviado el: lunes|SENT", "Envoyé : lundi|SENT", "Gesendet: Montag|SENT",
        "Date: Mon|SENT", "To: x|TO", "Para: y|TO", "À : z|TO", "An: q|TO", "Cc: x|CC", "CC: y|CC", "Bcc: z|BCC",
        "CCO: z|BCC", "Subject: s|SUBJECT", "Asunto: s|SUBJECT", "Betreff: s|SUBJECT", "Objet : s|SUBJECT",
        "Attachments: a.pdf|ATTACHMENTS", "Datos adjuntos: a.pdf|ATTACHMENTS", "Importance: High|OTHER"})
    void readsLabelsInSeveralLanguages(String line, HeaderLabel expected) {
        assertEquals(expected, HeaderLabel.read(line).orElseThrow().label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Frorn: Roe, Jane|FROM", "Sent; Monday|SENT", "Subiect: x|SUBJECT", "Subjcct: x|SUBJECT", "T0: Roe|TO",
        "Fr om: Roe|FROM", "S ent: Monday|SENT", "Attachrnents: a.pdf|ATTACHMENTS"})
    void toleratesOcrNoise(String line, HeaderLabel expected) {
        HeaderLabel.Labeled l = HeaderLabel.read(line).orElseThrow();
        assertEquals(expected, l.label());
    }

    @Test
    void shortLabelsMustMatchExactlyAndWordsThatAreLabelsInOtherLanguagesAreWeak() {
        assertTrue(HeaderLabel.read("Tp: x").isEmpty());
        assertTrue(HeaderLabel.read("Office: (505) 555-0101").isEmpty());
        assertTrue(HeaderLabel.read("Note: call back").isEmpty());
        assertTrue(HeaderLabel.read("A: yes").orElseThrow().weak());
        assertTrue(HeaderLabel.read("Date: 07/01/2019").orElseThrow().weak());
    }

    @Test
    void keepsTheValue() {
        assertEquals("Roe, Jane <jane.roe@example.gov>",
                HeaderLabel.read("From:   Roe, Jane <jane.roe@example.gov>").orElseThrow().value());
    }

    @Test
    void aHeaderFlattenedOntoOneLineIsSplitButProseIsNot() {
        assertEquals(java.util.List.of("From: Roe, Jane <jr@example.gov>", "Sent: Tuesday, March 5, 2019 9:00 AM",
                "To: Kay, Tom", "Subject: Hello"), HeaderLabel.unflatten(
                "From: Roe, Jane <jr@example.gov> Sent: Tuesday, March 5, 2019 9:00 AM To: Kay, Tom Subject: Hello"));
        assertEquals(1, HeaderLabel.unflatten("From: the desk. To: whom it may concern: hello").size());
        assertEquals(1, HeaderLabel.unflatten("He said Sent: yesterday To: me").size());
    }
}
