package vn.thidua.honours;

import java.util.List;

/**
 * The catalogue as its pages and API keep it: everyone signed in reads it, only an administrator of
 * the national unit changes it. Every change is audited.
 */
public interface HonourCatalogue {

  /** Every honour, retired ones included: titles first, then awards, each by name. */
  List<HonourView> all();

  /** The honour, retired or not, or a "not found" refusal. */
  HonourView get(String code);

  /** Whether the signed-in user may change the catalogue. */
  boolean canEdit();

  HonourView create(HonourForm form);

  /** Changes everything but the kind and the code; refuses an edit of an older version. */
  HonourView update(String code, HonourForm form);
}
