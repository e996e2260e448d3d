/**
 * Part of the open shared kernel. Named so that modules may declare {@code "shared :: *"}: Spring
 * Modulith reads that as "every named interface of shared", and a subpackage without a name would
 * be left out.
 */
@NamedInterface("web")
package vn.thidua.shared.web;

import org.springframework.modulith.NamedInterface;
