package org.recordswatch.communication.parse.printout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.PageMark;
import org.recordswatch.communication.parse.PageText;

class PageFurnitureTest {

    private static List<PageText> pages(String... texts) {
        List<PageText> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new PageText(out.size() + 1, t, false));
        }
        return out;
    }

    @Test
    void runningFootersWithBatesNumbersAreRemovedAndAPerItemCounterIsFound() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages(
                "Body one\nProduction 7 - Item page 1   CTY-000001",
                "Body two\nProduction 7 - Item page 1   CTY-000002",
                "Body three\nProduction 7 - Item page 2   CTY-000003",
                "Body four\nProduction 7 - Item page 1   CTY-000004"));
        assertEquals(List.of("Body one", ""), p.get(0).lines());
        assertTrue(p.get(2).marks().contains(new PageMark(3, PageMark.Kind.BATES, "CTY-000003")));
        assertEquals(List.of(1, 1, 2, 1), p.stream().map(PageFurniture.Page::itemPage).toList());
    }

    @Test
    void aDocumentPageNumberIsNoItemCounter() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages("a\nPage 1 of 3", "b\nPage 2 of 3", "c\nPage 3 of 3"));
        assertNull(p.get(1).itemPage());
        assertEquals(List.of("b", ""), p.get(1).lines());
        assertEquals(PageMark.Kind.PAGE_NUMBER, p.get(1).marks().get(0).kind());
    }

    @Test
    void anOcrFooterWrappedInTwoLinesIsRecognisedAsTheRunningFooter() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages(
                "Text A\n\nRequest 19-204 - Responsive Records 1 CTY-REC-000050",
                "Text B\n\nRequest 19-204 - Responsive Records 1\n\nCTY-REC-000051"));
        assertEquals(List.of("Text B", "", "", "", ""), p.get(1).lines());
    }

    @Test
    void runningHeadersGoButANameAtThePageTopStaysForTheSplitterToJudge() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages(
                "3/6/2019 Gmail - Roster\nRoe, Jane\nx", "3/6/2019 Gmail - Roster\ny", "Roe, Jane\nz\nw"));
        assertEquals("", p.get(0).lines().get(0));
        assertEquals("Roe, Jane", p.get(2).lines().get(0));
    }

    @Test
    void onlyTheLastLinesCanBeFootersSoARepeatedDisclaimerInTheBodyStays() {
        String disclaimer = "CONFIDENTIAL: do not forward this message.";
        List<PageFurniture.Page> p = PageFurniture.analyse(pages("a\n" + disclaimer + "\nFooter 1",
                "b\n" + disclaimer + "\nFooter 2", "c\n" + disclaimer + "\nFooter 3"));
        assertTrue(p.get(1).lines().contains(disclaimer));
        assertFalse(p.get(1).lines().contains("Footer 2"));
    }

    @Test
    void batesNumbersAndPageNumbers() {
        assertEquals("ABC-DEF-000123", PageFurniture.bates("Responsive Records 2 ABC-DEF-000123"));
        assertEquals("SF-2019-03-05-000101", PageFurniture.bates("Page 1 of 1    SF-2019-03-05-000101"));
        assertNull(PageFurniture.bates("Sent: 2019-03-05"));
        assertNull(PageFurniture.bates("Case D-202-CR-2018-01877 is pending."));
        assertTrue(PageFurniture.isPageNumber("Página 2 de 7"));
        assertTrue(PageFurniture.isPageNumber("- 4 -"));
        assertFalse(PageFurniture.isPageNumber("4 people"));
    }

    @Test
    void nameLikeLines() {
        assertTrue(PageFurniture.nameLike("Roe, Jane"));
        assertTrue(PageFurniture.nameLike("María de la Cruz"));
        assertTrue(PageFurniture.nameLike("O'Neil, Kevin P."));
        assertFalse(PageFurniture.nameLike("Thanks,"));
        assertFalse(PageFurniture.nameLike("Director of Records"));
        // capitalised job titles do look like names: banners must also name a party or repeat
        assertTrue(PageFurniture.nameLike("Records Specialist II"));
        assertFalse(PageFurniture.nameLike("see the attached file"));
        assertFalse(PageFurniture.nameLike("Office: (505) 555-0101"));
    }

    @Test
    void aNamePrintedOnEveryPageIsARunningHeaderButANameOnlyAboveHeadersStays() {
        List<PageFurniture.Page> every = PageFurniture.analyse(pages("Jane Roe\nFrom: a\nSent: b", "Jane Roe\nbody",
                "Jane Roe\nmore body", "Jane Roe\nFrom: c"));
        assertEquals("", every.get(0).lines().get(0));
        assertEquals("", every.get(2).lines().get(0));
        List<PageFurniture.Page> banners = PageFurniture.analyse(pages("Jane Roe\nFrom: a\nSent: b", "body",
                "Jane Roe\nFrom: c"));
        assertEquals("Jane Roe", banners.get(2).lines().get(0));
    }

    @Test
    void aBatesNumberStampedAtThePageTopIsFurniture() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages("CTY-000017\nFrom: a", "CTY-000018\nbody"));
        assertEquals("", p.get(0).lines().get(0));
    }

    @Test
    void similarFirstLinesOfTwoPagesAreSubjectsNotARunningHeader() {
        List<PageFurniture.Page> p = PageFurniture.analyse(pages("Roster\n1 message\nx", "RE: Roster\n1 message\ny"));
        assertEquals("Roster", p.get(0).lines().get(0));
        assertEquals("RE: Roster", p.get(1).lines().get(0));
    }

    @Test
    void aFooterWithoutNumbersMustRepeatOnManyPages() {
        List<PageFurniture.Page> two = PageFurniture.analyse(pages("a\nPlease send it.", "b\nPlease send it."));
        assertEquals("Please send it.", two.get(1).lines().get(1));
        List<PageFurniture.Page> four = PageFurniture.analyse(pages("a\nCONFIDENTIAL", "b\nCONFIDENTIAL",
                "c\nCONFIDENTIAL", "d\nCONFIDENTIAL"));
        assertEquals("", four.get(3).lines().get(1));
    }
}
