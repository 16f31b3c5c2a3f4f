package io.github.facilioo4j.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link FaciliooConfigurationException} into Spring Boot's start-up failure report. */
final class FaciliooFailureAnalyzer
    extends AbstractFailureAnalyzer<FaciliooConfigurationException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FaciliooConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
