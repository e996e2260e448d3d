/**
 * The registry of workers (CNVCLĐ) in each unit: who they are, whether they are union members and
 * direct workers, when they started and left. Officers keep it by hand or import it from Excel;
 * everyone reads only the people of the units they may see. Other modules use {@link
 * vn.thidua.people.People}.
 */
@ApplicationModule(
    displayName = "People",
    allowedDependencies = {"shared", "organisation"})
package vn.thidua.people;

import org.springframework.modulith.ApplicationModule;
