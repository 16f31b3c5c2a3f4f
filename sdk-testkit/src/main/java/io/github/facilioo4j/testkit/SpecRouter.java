package io.github.facilioo4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the spec operation of a request from the path templates, as ASP.NET's routing does. */
final class SpecRouter {
  private final List<SpecOperation> operations;

  SpecRouter(List<SpecOperation> operations) {
    this.operations = operations;
  }

  /** The outcome: no route, a route without this method (405), or the operation. */
  static final class Match {
    final SpecOperation operation;
    final Map<String, String> pathValues;
    final List<String> allowed = new ArrayList<>();

    Match(SpecOperation operation, Map<String, String> pathValues) {
      this.operation = operation;
      this.pathValues = pathValues;
    }

    boolean routeExists() {
      return operation != null || !allowed.isEmpty();
    }
  }

  Match find(String method, String path) {
    Match miss = new Match(null, null);
    for (SpecOperation operation : operations) {
      Map<String, String> values = operation.match(path);
      if (values == null || !fits(operation, values)) {
        continue;
      }
      if (operation.method.equals(method)) {
        return new Match(operation, values);
      }
      miss.allowed.add(operation.method);
    }
    return miss;
  }

  /** Path segments must have their parameter's type, like a {@code {id:int}} route constraint. */
  private static boolean fits(SpecOperation operation, Map<String, String> values) {
    for (SpecOperation.Param param : operation.pathParams) {
      String value = values.get(param.name);
      if (value == null || !SchemaBinder.fitsRoute(param, value)) {
        return false;
      }
    }
    return true;
  }
}
