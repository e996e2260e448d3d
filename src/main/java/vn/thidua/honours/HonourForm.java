package vn.thidua.honours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An honour of the catalogue as an administrator fills it in. The kind and the code are set when
 * the honour is created and never change; an edit sends the version it started from.
 *
 * @param theme required for a thematic award, left out otherwise
 * @param prizeMultiple the prize as a multiple of the base salary; left out for none
 * @param grades one or more, numbered 1, 2, 3... from the lowest granting level up
 * @param active whether it is still proposed and granted; null reads as true
 */
public record HonourForm(
    HonourKind kind,
    String code,
    String name,
    String nameEn,
    Set<Recipient> recipients,
    Scope scope,
    String theme,
    BigDecimal prizeMultiple,
    List<HonourGrade> grades,
    Boolean active,
    Integer version) {}
