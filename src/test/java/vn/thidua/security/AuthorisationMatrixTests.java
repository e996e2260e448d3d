package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * Every endpoint and page, taken from the handler mappings so that a new one is covered the day it
 * is written: an officer of one province asks for another province's records and must get 403 or
 * 404, never the data. An endpoint the matrix cannot place fails the test until it is placed.
 */
@IntegrationTest
class AuthorisationMatrixTests {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired ForeignRecords foreign;

  @TestFactory
  Stream<DynamicTest> anOfficerCannotReachAnotherUnitsRecords() {
    ForeignRecords.World world = foreign.world();
    SignedInUser officer = Users.user(Role.OFFICER, world.ownProvince());
    List<DynamicTest> tests = new ArrayList<>();
    Set<String> unplaced = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.thidua")) {
        continue;
      }
      for (String pattern : entry.getKey().getPatternValues()) {
        for (HttpMethod method : methodsOf(entry.getKey())) {
          String endpoint = method.name() + " " + pattern;
          Endpoints.Rule rule = Endpoints.ruleFor(endpoint);
          if (rule == null && !VARIABLE.matcher(pattern).find()) {
            unplaced.add(endpoint + "  (no path variable: add it to Endpoints with its rule)");
            continue;
          }
          if (rule == Endpoints.Rule.OPEN_TO_EVERY_USER) {
            continue;
          }
          String uri;
          try {
            uri = fill(pattern, world.variables());
          } catch (IllegalStateException unknown) {
            unplaced.add(endpoint + "  (" + unknown.getMessage() + ")");
            continue;
          }
          boolean upload = takesFiles(entry.getKey());
          tests.add(
              DynamicTest.dynamicTest(
                  endpoint, () -> assertRefused(endpoint, method, uri, upload, officer, world)));
        }
      }
    }
    tests.add(
        DynamicTest.dynamicTest(
            "every endpoint is placed in the matrix",
            () -> assertThat(unplaced).as("endpoints the matrix does not know").isEmpty()));
    return tests.stream();
  }

  private void assertRefused(
      String endpoint,
      HttpMethod method,
      String uri,
      boolean upload,
      SignedInUser officer,
      ForeignRecords.World world)
      throws Exception {
    AbstractMockHttpServletRequestBuilder<?> request;
    if (upload) {
      // an upload names its records in the form fields beside the file
      MockMultipartHttpServletRequestBuilder multipart =
          MockMvcRequestBuilders.multipart(method, URI.create(uri))
              .file(new MockMultipartFile("file", "tep.xlsx", null, new byte[] {1}));
      world.formParams().forEach(multipart::param);
      request = multipart;
      if (!uri.startsWith("/api/")) {
        request.with(csrf());
      }
    } else if (uri.startsWith("/api/")) {
      request = MockMvcRequestBuilders.request(method, uri);
      if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
        request.contentType(MediaType.APPLICATION_JSON).content(world.jsonBody());
      }
    } else {
      request = MockMvcRequestBuilders.request(method, uri).with(csrf());
      world.formParams().forEach(request::param);
    }
    request.with(Users.as(officer));
    MvcResult result = mvc.perform(request).andReturn();
    int status = result.getResponse().getStatus();
    assertThat(status)
        .as(
            "%s as an officer of another province answered %d: %s",
            endpoint, status, result.getResponse().getContentAsString())
        .isIn(403, 404);
  }

  private static boolean takesFiles(RequestMappingInfo info) {
    return info.getConsumesCondition().getConsumableMediaTypes().stream()
        .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
  }

  private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    if (methods.isEmpty()) {
      return List.of(HttpMethod.GET);
    }
    return methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
  }

  private static String fill(String pattern, Map<String, Object> variables) {
    Matcher matcher = VARIABLE.matcher(pattern);
    StringBuilder uri = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!variables.containsKey(name)) {
        throw new IllegalStateException(
            "path variable {" + name + "} has no foreign record in ForeignRecords");
      }
      matcher.appendReplacement(uri, String.valueOf(variables.get(name)));
    }
    matcher.appendTail(uri);
    return uri.toString();
  }

  static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
