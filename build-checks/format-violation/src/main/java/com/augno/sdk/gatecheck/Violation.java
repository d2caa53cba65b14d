package com.augno.sdk.gatecheck;

/** Badly formatted on purpose: the formatter check must reject this. */
public final class Violation {
  private Violation() {}

      public static int    answer( ) { return 42 ; }
}
