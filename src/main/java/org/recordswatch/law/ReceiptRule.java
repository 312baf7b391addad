package org.recordswatch.law;

/** When a request that arrives on a Saturday, Sunday or holiday counts as received. */
public enum ReceiptRule {
    /** On the day it arrived, whatever day that is. */
    SAME_DAY,
    /** On the next business day. */
    NEXT_BUSINESS_DAY
}
