# Writes docs/licences.md from the build's two CycloneDX SBOMs; the command is in the text it writes.
def licences:
  .name as $name
  | [ (.licenses // [])[] | (.license.id // .license.name // .expression) ]
  | if length == 0 then
      (if $name == "bpmn-js" then ["bpmn.io licence (not in the SBOM: its package.json says SEE LICENSE IN LICENSE)"]
       else ["not declared"] end)
    else . end;
def row: "| \(if .group then "\(.group):" else "" end)\(.name) | \(.version) | \(licences | join(" / ")) |";
def table($components):
  "| package | version | licence |",
  "|---|---|---|",
  ($components | sort_by(.group // "", .name, .version) | .[] | row);

($maven[0].components) as $m
| ($npm[0].components) as $n
| "# Licences of the dependencies",
  "",
  "Generated from the CycloneDX SBOMs the build writes; do not edit by hand. After a change of dependencies:",
  "",
  "```",
  "mvn -B -q package -DskipTests",
  "jq -r -n -f docs/licences.jq --slurpfile maven target/classes/META-INF/sbom/application.cdx.json \\",
  "  --slurpfile npm target/classes/META-INF/sbom/bpmn-viewer.cdx.json > docs/licences.md",
  "```",
  "",
  "**The SBOMs.** `cyclonedx-maven-plugin` (the version and settings Spring Boot's parent manages) writes",
  "`META-INF/sbom/application.cdx.json`: every Maven dependency but those of the test scope (test libraries are not",
  "shipped and not listed). `npm sbom` writes `META-INF/sbom/bpmn-viewer.cdx.json`: bpmn-js and the packages its",
  "lock file installs (`src/main/bpmn-viewer`), of which the jar ships bpmn-js's own browser build. Both are bound to",
  "the `prepare-package` phase, so `mvn test` does not write them and `mvn package` and `mvn verify` do; they are in",
  "`target/classes/META-INF/sbom/` and in the jar at the same path. The Maven SBOM costs about 15 to 20 s of CPU on the",
  "project's 2-core machine (measured 2026-12-07); `-Dcyclonedx.skip` leaves it out of a build in a hurry. Its plugin",
  "declares its goals online-only, so Maven's offline switch (`mvn -o`) skips it with a warning; a build on a machine",
  "without network but without `-o` writes it from the local repository (checked in a network namespace with no",
  "interface: `unshare -n -- mvn -B -q package -DskipTests`).",
  "",
  "This list is of the ordinary build. The production jar (`mvn -Pproduction package`) leaves out Vaadin's",
  "development-mode libraries (`com.vaadin:vaadin-dev` and what it brings) and adds the npm packages of Vaadin's front-end",
  "bundle, which neither SBOM lists. Where a package names several licences, they are written as it declares them,",
  "separated by `/`.",
  "",
  "## Summary",
  "",
  "| licence | packages |",
  "|---|---|",
  ( [ ($m + $n)[] | (licences | join(" / ")) ] | group_by(.) | map({l: .[0], c: length})
    | sort_by(-.c, .l) | .[] | "| \(.l) | \(.c) |" ),
  "",
  "## Maven dependencies (\($m | length))",
  "",
  table($m),
  "",
  "## npm: the process diagram's package (\($n | length))",
  "",
  "bpmn-js is under the bpmn.io licence: the MIT terms plus one condition, that the bpmn.io watermark shown with the",
  "diagram is neither removed nor hidden (the viewer keeps it; the text travels with the file, `META-INF/resources/bpmn-js/<version>/LICENSE`).",
  "",
  table($n)
