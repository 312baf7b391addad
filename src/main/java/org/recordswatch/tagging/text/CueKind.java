package org.recordswatch.tagging.text;

import java.util.Locale;

/**
 * The kinds of language cues the taxonomy carries as data (regular expressions matched on folded text, case
 * insensitive), so that an administrator can add a language or a phrasing without a code change.
 */
public enum CueKind {
    /** Words that negate what follows in the same clause ({@code not}, {@code no}, {@code sin}...). */
    NEGATION,
    /** What negates a match from right after it ({@code gender identity was not recorded}, {@code : none}). */
    NEGATION_AFTER,
    /** Words that make a statement a guess ({@code may be}, {@code whether}, {@code I think}...). */
    HEDGE,
    /** Words that make a sentence a request or an offer, not a statement ({@code could you}, {@code necesito}). */
    REQUEST,
    /** A line that closes a message before the signature ({@code Thanks,}, {@code Saludos,}). */
    CLOSING,
    /** Job titles that mark a signature line. */
    SIGNATURE_TITLE,
    /** Organisation words that mark a signature line. */
    SIGNATURE_ORGANISATION,
    /** Labels of office contact lines ({@code Office:}, {@code Fax:}) that never carry a data subject's number. */
    SIGNATURE_CONTACT,
    /** The start of a confidentiality or classification notice. */
    DISCLAIMER,
    /** Kinds of personal data a request may ask for ({@code address}, {@code DOB}, {@code domicilio}). */
    DATA_NOUN,
    /** Statements of a state agency declining to give data ({@code cannot release}, {@code declines}). */
    REFUSAL,
    /** Conditions a state agency sets for giving data ({@code signed by a judge}): a refusal unless it redirects. */
    REFUSAL_CONDITION,
    /** Statements sending the requester elsewhere (counsel, a records unit, a form). */
    REDIRECT,
    /** The start of a message that only acknowledges ({@code Thanks}, {@code Got it}, {@code Received}). */
    ACKNOWLEDGEMENT,
    /** Words that press an earlier request again ({@code following up}, {@code any update}). */
    FOLLOW_UP;

    /** The key of this kind in the taxonomy JSON ({@code signature_title}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CueKind fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
