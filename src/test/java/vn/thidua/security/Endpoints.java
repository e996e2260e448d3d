package vn.thidua.security;

import java.util.Map;

/**
 * Endpoints whose path names no record, with the rule that keeps them safe. Each is checked by its
 * module's own tests (e.g. a search answers only within the user's units).
 */
final class Endpoints {

  enum Rule {
    /** Answers with the caller's own data, or data that is public inside the system. */
    OPEN_TO_EVERY_USER,
    /** Takes the records it changes from the request body; the body names foreign records. */
    FOREIGN_IDS_IN_BODY,
    /**
     * Refused to anyone without an ADMIN grant; within, an administrator reaches only their subtree
     * (UserAdministrationTests).
     */
    ADMINISTRATORS_ONLY,
    /** Refused to anyone but an administrator of the national unit (HonourCatalogueTests). */
    NATIONAL_ADMINISTRATORS_ONLY
  }

  private static final Map<String, Rule> RULES =
      Map.ofEntries(
          Map.entry("GET /", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /login", Rule.OPEN_TO_EVERY_USER),
          // search results are filtered by the user's units
          // (UnitApiTests.hidesUnitsOutsideTheUsersSubtree)
          Map.entry("GET /units", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /units/pick", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/units", Rule.OPEN_TO_EVERY_USER),
          // the audit log lists only entries within the user's units
          // (AuditApiTests.showsAnOfficerOnlyTheEntriesOfTheirSubtree,
          // AuditPagesTests.listsTheOfficersEntriesWithTheChangeSideBySide)
          Map.entry("GET /audit", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/audit", Rule.OPEN_TO_EVERY_USER),
          // the catalogue of levels and sectors is shared by every unit; changes need a national
          // admin
          Map.entry("GET /api/levels", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/sectors", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /admin/catalogue", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /api/levels", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/sectors", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /admin/catalogue/levels", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /admin/catalogue/sectors", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/units", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/units/merge", Rule.FOREIGN_IDS_IN_BODY),
          // the caller's own password and tokens
          Map.entry("GET /account/password", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /account/password", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /account/tokens", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /account/tokens", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /api/account/password", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/tokens", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /api/tokens", Rule.OPEN_TO_EVERY_USER),
          // user administration
          Map.entry("GET /admin/users", Rule.ADMINISTRATORS_ONLY),
          Map.entry("GET /admin/users/new", Rule.ADMINISTRATORS_ONLY),
          Map.entry("GET /admin/users/units", Rule.ADMINISTRATORS_ONLY),
          Map.entry("POST /admin/users", Rule.ADMINISTRATORS_ONLY),
          Map.entry("GET /api/users", Rule.ADMINISTRATORS_ONLY),
          Map.entry("GET /api/users/units", Rule.ADMINISTRATORS_ONLY),
          Map.entry("POST /api/users", Rule.ADMINISTRATORS_ONLY),
          // movements: lists are filtered by the user's units (MovementApiTests); a new movement
          // names its organiser in the body
          Map.entry("GET /movements", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/movements", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /movements/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /movements", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/movements", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("GET /movements/candidates", Rule.FOREIGN_IDS_IN_BODY),
          // a new agreement names its organiser in the query or the body (AgreementApiTests)
          Map.entry("GET /agreements/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /agreements", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/agreements", Rule.FOREIGN_IDS_IN_BODY),
          // the caller's own notifications: those sent to the units of their grants
          // (NotificationTests.eachUnitReadsOnlyItsOwnNotifications)
          Map.entry("GET /notifications", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /notifications/count", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /notifications/read-all", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/notifications", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /api/notifications/read-all", Rule.OPEN_TO_EVERY_USER),
          // lists of people are filtered by the user's units, a foreign unitId answers 404
          // (PeopleApiTests.anOfficerOfAnotherProvinceNeitherFindsNorSeesThePerson)
          Map.entry("GET /people", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/people", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /people/export.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/people/export.xlsx", Rule.OPEN_TO_EVERY_USER),
          // empty forms and the import template
          Map.entry("GET /people/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /people/import", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /people/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/people/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /people/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/people", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /people/import", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/people/import", Rule.FOREIGN_IDS_IN_BODY),
          // lists of initiatives are filtered by the user's units; a foreign unitId, personId or
          // initiative answers 404 (InitiativeApiTests.hidesTheInitiativesOfOtherProvinces,
          // InitiativePagesTests.answersNotFoundForAnotherProvincesWorkerOrUnit)
          Map.entry("GET /initiatives", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/initiatives", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/units", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/authors", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/author-row", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/similar", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/initiatives/similar", Rule.OPEN_TO_EVERY_USER),
          // the caller's own submissions and an empty entry form
          Map.entry("GET /initiatives/mine", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/initiatives/mine", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /initiatives/new", Rule.FOREIGN_IDS_IN_BODY),
          // the initiative import: an empty form and the template; the upload names its unit in
          // the form (InitiativeImportTests.refusesAUnitOutsideTheOfficersSubtree)
          Map.entry("GET /initiatives/import", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/initiatives/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /initiatives/import", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/initiatives/import", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/initiatives", Rule.FOREIGN_IDS_IN_BODY),
          // programmes are listed as the user sees them (ProgrammeApiTests)
          Map.entry("GET /initiatives/programmes", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/programmes", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /initiatives/programmes/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /initiatives/programmes/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/programmes", Rule.FOREIGN_IDS_IN_BODY),
          // public leaderboards: counts of programmes launched with a public board, for anyone
          // (PublicBoardTests)
          Map.entry("GET /board", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /board/programmes/{programmeId}", Rule.OPEN_TO_EVERY_USER),
          // contests are listed as the user sees them (ContestFlowTests)
          Map.entry("GET /contests", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/contests", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /contests/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /contests/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/contests", Rule.FOREIGN_IDS_IN_BODY),
          // rounds are listed as the user reaches them: those of the units they see and of the
          // units above, into which they propose (NominationApiTests.hidesAnotherProvincesRounds);
          // a nomination names its round and proposing unit in the body
          Map.entry("GET /api/nomination-rounds", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /api/nomination-rounds", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/nominations", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("GET /nominations", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /nominations/rounds/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /nominations/rounds/new", Rule.FOREIGN_IDS_IN_BODY),
          // the pickers list the people and units of the proposing unit named in the request
          Map.entry("GET /nominations/people", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("GET /nominations/collectives", Rule.FOREIGN_IDS_IN_BODY),
          // the empty nomination import template (the upload names its round in the path and its
          // unit in the form: NominationImportTests.refusesAUnitOutsideTheOfficersSubtree)
          Map.entry("GET /nominations/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/nominations/template.xlsx", Rule.OPEN_TO_EVERY_USER),
          // decisions are listed as the user sees them (DecisionFacadeTests
          // .onlyAnOfficerOfTheIssuingUnitDraftsAndOutsidersDoNotSeeIt); a draft names its issuing
          // unit in the body
          Map.entry("GET /decisions", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/decisions", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /decisions/new", Rule.OPEN_TO_EVERY_USER),
          Map.entry("POST /decisions/new", Rule.FOREIGN_IDS_IN_BODY),
          Map.entry("POST /api/decisions", Rule.FOREIGN_IDS_IN_BODY),
          // public: the check of a certificate and the honour board, for anyone without signing in
          // (PublicDecisionPagesTests)
          Map.entry("GET /verify", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /verify/{code}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/verify/{code}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /honour-board", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /honour-board/{lineId}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /honour-board/{lineId}/photo", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honour-board", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honour-board/choices", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honour-board/{lineId}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honour-board/{lineId}/photo", Rule.OPEN_TO_EVERY_USER),
          // the honours catalogue is the same for every unit: everyone reads it, only a national
          // administrator changes it (HonourCatalogueTests)
          Map.entry("GET /honours", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honours", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /honours/{honourCode}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /api/honours/{honourCode}", Rule.OPEN_TO_EVERY_USER),
          Map.entry("GET /honours/new", Rule.NATIONAL_ADMINISTRATORS_ONLY),
          Map.entry("POST /honours/new", Rule.NATIONAL_ADMINISTRATORS_ONLY),
          Map.entry("POST /api/honours", Rule.NATIONAL_ADMINISTRATORS_ONLY),
          Map.entry("GET /api/honours/{honourCode}/rules", Rule.OPEN_TO_EVERY_USER),
          // the nominee named in the body must be visible: a foreign unitId or personId answers
          // 404 (EligibilityTests)
          Map.entry("POST /api/eligibility/check", Rule.FOREIGN_IDS_IN_BODY));

  private Endpoints() {}

  static Rule ruleFor(String endpoint) {
    return RULES.get(endpoint);
  }
}
