package vn.thidua.honours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What an administrator sets on an honour of the catalogue.
 *
 * @param theme required for a thematic award, empty otherwise
 * @param prizeMultiple the prize as a multiple of the base salary; null for none
 * @param grades one or more, numbered 1, 2, 3... from the lowest granting level up
 */
public record HonourDefinition(
    String name,
    String nameEn,
    Set<Recipient> recipients,
    Scope scope,
    String theme,
    BigDecimal prizeMultiple,
    List<HonourGrade> grades,
    boolean active) {}
