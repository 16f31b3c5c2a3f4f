package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.testkit.FaciliooSandbox;

/**
 * What the tool seeds into a fresh sandbox: the testkit's {@linkplain FaciliooSandbox#seedDemoData
 * demo data} (units 1 and 2 in property 1, unit 3 in property 2, three processes). Contact 1 and
 * type 1 are valid ids, so the README's quick-start create works.
 */
final class DemoData {
  private DemoData() {}

  static void seed(FaciliooSandbox sandbox) {
    sandbox.seedDemoData();
  }
}
