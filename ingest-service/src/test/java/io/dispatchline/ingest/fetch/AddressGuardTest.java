package io.dispatchline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  private final AddressGuard guard = new AddressGuard(false, Set.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/feed",
        "http://127.1.2.3:8080/",
        "http://localhost/feed.xml",
        "http://10.0.0.7/rss",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://224.0.0.1/",
        "http://100.64.0.1/"
      })
  void refusesAddressesAPublicFetcherMustNotReach(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
        .hasMessageContaining("DISPATCHLINE_FETCH_ALLOW_PRIVATE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "ftp://8.8.8.8/x", "gopher://8.8.8.8/", "jar:file:/x!/y"})
  void refusesSchemesOtherThanHttp(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
        .hasMessageContaining("Only http and https");
  }

  @Test
  void refusesCredentialsInTheUrl() {
    assertThatThrownBy(() -> guard.check(URI.create("http://user:pw@8.8.8.8/")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void letsPublicAddressesThrough() {
    assertThat(guard.check(URI.create("https://8.8.8.8/feed"))).isNotEmpty();
    assertThat(guard.check(URI.create("http://[2001:4860:4860::8888]/"))).isNotEmpty();
  }

  @Test
  void allowPrivateLetsLoopbackThrough() {
    AddressGuard open = new AddressGuard(true, Set.of());
    assertThat(open.check(URI.create("http://localhost/feed"))).isNotEmpty();
    assertThat(open.check(URI.create("http://10.0.0.7/feed"))).isNotEmpty();
  }

  @Test
  void anAllowedHostIsExemptButOnlyByTheNameGiven() {
    AddressGuard one = new AddressGuard(false, Set.of("127.0.0.1"));
    assertThat(one.check(URI.create("http://127.0.0.1:9000/feed"))).isNotEmpty();
    assertThatThrownBy(() -> one.check(URI.create("http://localhost:9000/feed")))
        .isInstanceOf(FetchException.class);
  }
}
