package vn.thidua.decision;

import java.util.Optional;
import vn.thidua.shared.web.Paged;

/**
 * The public honour board of those honoured by issued decisions still in force, with the stories
 * and photos officers enter for exemplary awardees. Reading needs no sign-in; writing a story needs
 * an officer of the decision's issuing unit.
 */
public interface HonourBoard {

  Paged<HonourEntry> search(HonourBoardFilter filter, int page, int size);

  HonourBoardChoices choices();

  /** The awardee's page; "not found" unless the decision is issued and in force. */
  HonourProfile profile(long lineId);

  Optional<Photo> photo(long lineId);

  /** The story as the officer edits it (scoped to the decision's issuing unit). */
  StoryView story(long decisionId, long lineId);

  StoryView saveStory(long decisionId, long lineId, StoryChange change);
}
