package io.dispatchline.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses what a server-side fetcher must not reach unless told (SSRF): schemes other than http(s),
 * and hosts that resolve to a loopback, private, link-local (cloud metadata at 169.254.169.254),
 * unique-local IPv6, multicast or wildcard address. The check is made on the resolved addresses, so
 * a name such as {@code localhost} or one pointing into 10/8 is refused like the literal.
 */
public final class AddressGuard {

  private final boolean allowPrivate;
  private final Set<String> allowedHosts;

  public AddressGuard(boolean allowPrivate, Set<String> allowedHosts) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(toSet());
  }

  private static java.util.stream.Collector<String, ?, Set<String>> toSet() {
    return java.util.stream.Collectors.toUnmodifiableSet();
  }

  /**
   * Returns the URL's addresses if it may be fetched.
   *
   * @throws FetchException of kind {@link FetchException.Kind#REFUSED} if it may not, of kind
   *     {@link FetchException.Kind#NETWORK} if the host does not resolve
   */
  public InetAddress[] check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          FetchException.Kind.REFUSED, "Only http and https URLs are fetched, not '" + url + "'");
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      throw new FetchException(FetchException.Kind.REFUSED, "The URL has no host: " + url);
    }
    if (url.getUserInfo() != null) {
      throw new FetchException(
          FetchException.Kind.REFUSED, "URLs with credentials (user@host) are not fetched");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(
          FetchException.Kind.NETWORK, "The host " + host + " does not resolve", 0, null, e);
    }
    if (allowPrivate || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new FetchException(
            FetchException.Kind.REFUSED,
            "The host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", a loopback, private, link-local or multicast address; such URLs are fetched"
                + " only with DISPATCHLINE_FETCH_ALLOW_PRIVATE=true");
      }
    }
    return addresses;
  }

  /** Whether a public fetcher may connect to the address. */
  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses are checked as IPv4
      if ((b[0] & 0xfe) == 0xfc) {
        return false;
      }
      if (isMappedIpv4(b)) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    // 0/8 "this network", 100.64/10 carrier-grade NAT: not reachable on the public internet
    return first != 0 && !(first == 100 && second >= 64 && second < 128);
  }

  private static boolean isMappedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
