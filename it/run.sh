#!/usr/bin/env bash
# Builds the SDK as a release would and checks it as its users will meet it:
#   1. the release build (-Drelease: only the published modules) is deployed into target/it/staging
#      instead of Maven Central, and what landed there is checked (jars, sources, javadoc, flattened POMs);
#   2. it/consumer, a plain consumer of the BOM and facilioo-sdk-processes, must pass the enforcer's
#      dependencyConvergence and requireUpperBoundDeps;
#   3. it/modular, a modular application, is compiled and run with java -p ... -m ...
# Every build here uses a throwaway local repository under target/it and it/settings.xml: artifacts come
# from your local Maven repository read as a remote one (FACILIOO_IT_CACHE, by default ~/.m2/repository),
# so nothing is downloaded again and nothing is written there; the consumers get the SDK only from the
# staging folder. Run from anywhere after a build that downloaded the dependencies (`mvn -B verify`).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/it"
staging="$work/staging"
rm -rf "$work" it/consumer/target it/modular/target
mkdir -p "$work"
export FACILIOO_IT_STAGING_URL="file://$staging"
export FACILIOO_IT_CACHE_URL="file://${FACILIOO_IT_CACHE:-$HOME/.m2/repository}"
version="$(sed -n 's#^  <version>\(.*\)</version>$#\1#p' pom.xml | head -n 1)"
fail() { echo "it/run.sh: $*" >&2; exit 1; }

echo "=== Release build of $version into $staging"
mvn -B -q -s it/settings.xml -Dmaven.repo.local="$work/release-repo" \
  -Drelease deploy -Dmaven.test.skip=true -Dspotless.check.skip=true -Dspec.lint.skip=true \
  -DaltDeploymentRepository="staging::file://$staging" | grep -v '^#' || true
[ -d "$staging/io/github/facilioo4j" ] || fail "the release build deployed nothing"

echo "=== What a release publishes"
published="$(cd "$staging/io/github/facilioo4j" && ls)"
expected="$(printf '%s\n' facilioo-sdk-bom facilioo-sdk-core facilioo-sdk-fleet facilioo-sdk-processes \
  facilioo-sdk-testkit facilioo-spring-boot-starter)"
[ "$published" = "$expected" ] || fail "published artifacts are: $(echo $published), expected: $(echo $expected)"
jars=()
for artifact in $expected; do
  dir="$staging/io/github/facilioo4j/$artifact/$version"
  files="$(cd "$dir" && ls | grep -E '\.(jar|pom)$' | sed -E 's/-[0-9]{8}\.[0-9]{6}-[0-9]+//; s/-'"${version%-SNAPSHOT}"'(-SNAPSHOT)?//')"
  pom="$(ls "$dir"/*.pom | tail -n 1)"
  if [ "$artifact" = facilioo-sdk-bom ]; then
    want="facilioo-sdk-bom.pom"
    grep -q '<dependencyManagement>' "$pom" || fail "$pom has no dependencyManagement"
  else
    want="$(printf '%s\n' "$artifact-javadoc.jar" "$artifact-sources.jar" "$artifact.jar" "$artifact.pom")"
  fi
  # The starter is Java 17 (as Spring Boot 3 is) and the fleet module Java 11 (as Bucket4j 8 is, an
  # automatic module); the SDK's own jars must run on Java 8.
  if [ "$artifact" != facilioo-sdk-bom ] && [ "$artifact" != facilioo-spring-boot-starter ] \
    && [ "$artifact" != facilioo-sdk-fleet ]; then
    jars+=("$(ls "$dir"/*.jar | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' | tail -n 1)")
  fi
  [ "$(echo "$files" | sort -u)" = "$(echo "$want" | sort)" ] \
    || fail "$artifact publishes: $(echo $files); expected: $(echo $want)"
  for element in name description url licenses developers scm; do
    grep -qE "<$element[ >]" "$pom" || fail "$pom lacks <$element>, which Maven Central requires"
  done
  for element in parent build profiles pluginRepositories; do
    ! grep -qE "<$element[ >]" "$pom" || fail "$pom still has <$element>: build-only configuration"
  done
  ! grep -q '\${' "$pom" || fail "$pom has unresolved expressions: $(grep -o '\${[^}]*}' "$pom" | sort -u | tr '\n' ' ')"
  echo "$artifact: $(echo $want)"
done
java "$root/it/CheckJars.java" "${jars[@]}"

echo "=== Consumer builds (it/) against the staged release"
mvn -B -q -f it/pom.xml -s it/settings.xml -Dmaven.repo.local="$work/consumer-repo" \
  -Dfacilioo.version="$version" package
echo "it/consumer: dependencyConvergence and requireUpperBoundDeps pass"

echo "=== Modular application: java -p ... -m io.github.facilioo4j.it.modular"
module_path="it/modular/target/it-modular.jar:$(cat it/modular/target/module-path.txt)"
java -p "$module_path" -m io.github.facilioo4j.it.modular/io.github.facilioo4j.it.modular.Main
