#!/usr/bin/env node
// Parses Adaptive Card JSON with the official `adaptivecards` parser (the library Web Chat renders with) and prints
// every parse and validation event as JSON, so the .NET tests can fail on anything the real renderer would complain of.
//
// Usage: node validate-card.js card1.json [card2.json ...]   (no arguments: one card read from stdin)
// Output: [{"source": "<file or stdin>", "events": [{"phase": "Parse", "event": "InvalidPropertyValue", "message": "..."}]}]
// Exit code: 0 when no card has an event, 1 when any has, 2 when the tool itself was misused.
'use strict';

const fs = require('fs');
// The package's `main` is an ESM build that Node cannot load; its UMD bundle loads without any browser globals
// as long as nothing is rendered.
const AC = require('adaptivecards/dist/adaptivecards.js');

function eventsOf(cardJson) {
  let payload;
  try {
    payload = JSON.parse(cardJson);
  } catch (error) {
    return [{ phase: 'Parse', event: 'InvalidJson', message: error.message }];
  }

  // The parser checks `lang` with a regex that has the global flag, so RegExp.exec keeps a lastIndex between calls
  // and every second card with a valid "lang" is reported as invalid (microsoft/AdaptiveCards#9145, open).
  // Resetting it judges each card as if it were the first one parsed, so results do not depend on file order.
  AC.CardElement.langProperty.regEx.lastIndex = 0;

  const card = new AC.AdaptiveCard();
  // Teams renders schema 1.5 at most, so that is the version the parser is asked to hold the card to.
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(payload, context);

  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(context.getEventAt(i));
  }
  events.push(...card.validateProperties().validationEvents);

  return events.map((e) => ({
    phase: AC.ValidationPhase[e.phase],
    event: AC.ValidationEvent[e.event],
    message: e.message,
  }));
}

function main(paths) {
  const inputs = paths.length > 0
    ? paths.map((path) => ({ source: path, text: fs.readFileSync(path, 'utf8') }))
    : [{ source: 'stdin', text: fs.readFileSync(0, 'utf8') }];

  const results = inputs.map((input) => ({ source: input.source, events: eventsOf(input.text) }));
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return results.some((r) => r.events.length > 0) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`validate-card: ${error.message}\n`);
  process.exitCode = 2;
}
