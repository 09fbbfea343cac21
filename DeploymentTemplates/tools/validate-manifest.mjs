#!/usr/bin/env node
// Validates a Teams app manifest against Microsoft's official JSON schema for the manifestVersion it declares.
// The schemas ship in the npm package @microsoft/app-manifest (build/json-schemas/teams/v1.x/), written in
// JSON Schema draft-04, hence Ajv's draft-04 class.
//
// Usage: node validate-manifest.mjs path/to/manifest.json
// Exit codes: 0 valid; 1 invalid (errors printed one per line, "instancePath: message"); 2 unusable input.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(2);
}

const manifestPath = process.argv[2];
if (!manifestPath) fail("usage: node validate-manifest.mjs path/to/manifest.json");
if (!existsSync(manifestPath)) fail(`no such file: ${manifestPath}`);

let manifest;
try {
  // Teams rejects a manifest with a byte-order mark in some tools; strip it here only to be able to report errors.
  manifest = JSON.parse(readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
} catch (error) {
  fail(`not valid JSON: ${manifestPath}: ${error.message}`);
}

const version = manifest.manifestVersion;
if (typeof version !== "string" || !/^\d+\.\d+$/.test(version)) {
  console.log(`/manifestVersion: must be a string such as "1.22" (got ${JSON.stringify(version)})`);
  process.exit(1);
}

const packageRoot = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaPath = join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
if (!existsSync(schemaPath)) {
  console.log(`/manifestVersion: no official schema for version ${version} in @microsoft/app-manifest`);
  process.exit(1);
}

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// strict: false because Microsoft's schemas use annotations (e.g. "deprecationMessage") Ajv does not know.
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

if (validate(manifest)) {
  console.log(`valid: ${manifestPath} (manifestVersion ${version})`);
  process.exit(0);
}
for (const error of validate.errors) {
  const where = error.instancePath || "/";
  const detail = error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : "";
  console.log(`${where}: ${error.message}${detail}`);
}
process.exit(1);
