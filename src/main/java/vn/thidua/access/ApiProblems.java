package vn.thidua.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of the security layer under /api as RFC 9457 problem details, in the caller's language,
 * like every other API error: a client never gets an HTML login page or an empty body.
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json = JsonMapper.builder().build();

  ApiProblems(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String key;
    if (failure instanceof InvalidApiTokenException) {
      key = "api.token.invalid";
    } else if (failure instanceof InsufficientAuthenticationException) {
      key = "api.unauthenticated";
    } else {
      key = "login.failed";
    }
    response.addHeader("WWW-Authenticate", "Basic realm=\"ThiDua\", charset=\"UTF-8\"");
    response.addHeader("WWW-Authenticate", "Bearer realm=\"ThiDua\"");
    write(request, response, HttpStatus.UNAUTHORIZED, key);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
      throws IOException {
    var locale = locales.resolveLocale(request);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put(
        "title",
        messages.getMessage(
            "error.title." + status.value(), null, status.getReasonPhrase(), locale));
    problem.put("status", status.value());
    problem.put("detail", messages.getMessage(key, null, key, locale));
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(PROBLEM_JSON.toString());
    json.writeValue(response.getOutputStream(), problem);
  }
}
