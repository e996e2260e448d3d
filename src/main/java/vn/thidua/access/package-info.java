/**
 * Who may do what: users with roles scoped to a unit and its subtree, form login for the browser,
 * HTTP Basic and personal API tokens for the JSON API, login throttling.
 */
@ApplicationModule(
    displayName = "Access",
    allowedDependencies = {"shared", "organisation"})
package vn.thidua.access;

import org.springframework.modulith.ApplicationModule;
