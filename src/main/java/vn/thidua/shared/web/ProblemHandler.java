package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a message a user can act on: RFC 9457 problem details under /api, an
 * error page elsewhere. The text of an unexpected exception is logged, never shown.
 */
@RestControllerAdvice
class ProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final MessageSource messages;

  ProblemHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(DomainException.class)
  Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    return respond(request, response, status, text(e.messageKey(), e.args()), Map.of());
  }

  @ExceptionHandler(BindException.class)
  Object invalidFields(BindException e, HttpServletRequest request, HttpServletResponse response) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : e.getFieldErrors()) {
      String field = text("field." + error.getField(), new Object[0], error.getField());
      fields.putIfAbsent(
          error.getField(), text("validation." + error.getCode(), new Object[] {field}));
    }
    String detail =
        fields.isEmpty()
            ? text("error.invalid", new Object[0])
            : String.join("; ", fields.values());
    return respond(request, response, HttpStatus.BAD_REQUEST, detail, Map.of("errors", fields));
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  Object unreadable(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        text("error.unreadable", new Object[0]),
        Map.of());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  Object concurrentEdit(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request,
        response,
        HttpStatus.CONFLICT,
        text("error.concurrentEdit", new Object[0]),
        Map.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  Object integrity(Exception e, HttpServletRequest request, HttpServletResponse response) {
    log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMessage());
    return respond(
        request, response, HttpStatus.CONFLICT, text("error.integrity", new Object[0]), Map.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object denied(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request, response, HttpStatus.FORBIDDEN, text("error.forbidden", new Object[0]), Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request, response, HttpStatus.NOT_FOUND, text("error.notFound", new Object[0]), Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request,
        response,
        HttpStatus.METHOD_NOT_ALLOWED,
        text("error.method", new Object[0]),
        Map.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(
        request,
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        text("error.tooLarge", new Object[0]),
        Map.of());
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return respond(
        request,
        response,
        HttpStatus.INTERNAL_SERVER_ERROR,
        text("error.unexpected", new Object[0]),
        Map.of());
  }

  private Object respond(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail,
      Map<String, Object> properties) {
    if (isApi(request)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle(
          text("error.title." + status.value(), new Object[0], status.getReasonPhrase()));
      properties.forEach(problem::setProperty);
      return ResponseEntity.status(status).body(problem);
    }
    response.setStatus(status.value());
    if (request.getHeader("HX-Request") != null) {
      ModelAndView fragment = new ModelAndView("fragments/error :: alert");
      fragment.addObject("message", detail);
      fragment.setStatus(status);
      return fragment;
    }
    ModelAndView page = new ModelAndView("error");
    page.addObject("status", status.value());
    page.addObject("message", detail);
    page.setStatus(status);
    return page;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private String text(String key, Object[] args) {
    return text(key, args, key);
  }

  private String text(String key, Object[] args, String fallback) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, fallback, locale);
  }
}
