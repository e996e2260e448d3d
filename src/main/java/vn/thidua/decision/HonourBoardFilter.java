package vn.thidua.decision;

/**
 * Narrows the public board; every field may be null.
 *
 * @param query part of a name, with or without diacritics
 * @param unitId the honoured by decisions of this unit or of units below it
 * @param honourCode one honour of the catalogue
 */
public record HonourBoardFilter(String query, Long unitId, Integer year, String honourCode) {}
