package vn.thidua.shared.imports;

import java.util.UUID;

/**
 * What the shared import page ({@code imports/page}) shows for one kind of import: its words, as
 * message keys, and its addresses. The page lists the units in the model attribute {@code
 * unitChoices} with {@code unitId} chosen, and follows the job in {@code job}.
 *
 * @param succeededKey the message when the job succeeded, with the count and the file's name
 * @param uploadUrl where the form posts the file
 * @param jobUrl where a job is followed, before its id
 * @param listUrl where the records imported are listed
 */
public record ImportPage(
    String titleKey,
    String introKey,
    String unitLabelKey,
    String unitHintKey,
    String succeededKey,
    String viewListKey,
    String backUrl,
    String uploadUrl,
    String templateUrl,
    String jobUrl,
    String listUrl) {

  /** The shared page's view name. */
  public static final String VIEW = "imports/page";

  /** The view name of the progress panel, which htmx polls while the job runs. */
  public static final String PROGRESS = "imports/page :: progress";

  public String jobUrl(UUID jobId) {
    return jobUrl + jobId;
  }
}
