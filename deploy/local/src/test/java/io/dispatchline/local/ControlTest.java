package io.dispatchline.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlTest {

  @Test
  void requestsWithAndWithoutIdRoundTrip() {
    assertThat(Control.Request.parse("#7 postgres stop"))
        .contains(new Control.Request(7, "postgres stop"));
    assertThat(Control.Request.parse("  kafka   start \r"))
        .contains(new Control.Request(-1, "kafka start"));
    assertThat(Control.Request.parse("   ")).isEmpty();
    assertThat(new Control.Request(3, "status").format()).isEqualTo("#3 status");
  }

  @Test
  void repliesRoundTripAndStayOnOneLine() {
    Control.Reply ok = new Control.Reply(7, true, "postgres stopped in 140 ms");
    assertThat(ok.format()).isEqualTo("DISPATCHLINE-LOCAL OK #7 postgres stopped in 140 ms");
    assertThat(Control.Reply.parse(ok.format())).contains(ok);

    Control.Reply error = new Control.Reply(-1, false, "kafka start failed:\n  port taken");
    assertThat(error.format()).isEqualTo("DISPATCHLINE-LOCAL ERROR kafka start failed: port taken");
    assertThat(Control.Reply.parse(error.format()))
        .contains(new Control.Reply(-1, false, "kafka start failed: port taken"));
  }

  @Test
  void otherOutputIsNoReply() {
    assertThat(Control.Reply.parse(new ReadyLine("k", "j", "u", "p").format())).isEmpty();
    assertThat(Control.Reply.parse("DISPATCHLINE-LOCAL STOPPED")).isEmpty();
    assertThat(Control.Reply.parse("12:00:00 WARN  o.a.k.c.NetworkClient - OK")).isEmpty();
  }
}
