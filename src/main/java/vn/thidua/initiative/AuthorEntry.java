package vn.thidua.initiative;

import java.math.BigDecimal;

/**
 * An author as entered: a worker from the registry and their share of the credit in percent. A
 * single author may leave the share empty (all of it). An author who works outside the initiative's
 * unit and the units below it needs a reason.
 */
public record AuthorEntry(Long personId, BigDecimal share, String outsideReason) {}
