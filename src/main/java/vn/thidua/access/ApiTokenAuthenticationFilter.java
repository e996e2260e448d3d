package vn.thidua.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer thd_...} as the token's owner,
 * with the same principal as a password sign-in. A bad token ends the call with 401 at once rather
 * than falling back to anonymous access.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokenService tokens;
  private final AccountDetailsService accounts;
  private final AuthenticationEntryPoint entryPoint;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiTokenAuthenticationFilter(
      ApiTokenService tokens, AccountDetailsService accounts, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountPrincipal> principal =
        tokens
            .ownerOf(header.substring(BEARER.length()).strip())
            .flatMap(accounts::loadById)
            .filter(AccountPrincipal::isEnabled);
    if (principal.isEmpty()) {
      contexts.clearContext();
      entryPoint.commence(request, response, new InvalidApiTokenException());
      return;
    }
    principal.get().eraseCredentials();
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal.get(), null, principal.get().getAuthorities()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
