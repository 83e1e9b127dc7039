#!/usr/bin/env node
// Lint Adaptive Cards with the official renderer (npm "adaptivecards"), as Teams renders them: schema 1.5.
//
//   python -m tools.gallery | node tools/cardlint.mjs        stdin: [{"name", "card"}, ...]
//
// Prints {"<name>": ["problem", ...], ...} as JSON: every parse and validation event the renderer raises at
// version 1.5 (unknown element or action types, invalid values, properties newer than 1.5, duplicate ids,
// required inputs without label or error message), plus every property name the renderer does not know,
// which it would otherwise drop silently. Teams' own rules (size, mentions, fallbacks, labels) are checked in
// Python by tests/test_card_lint.py. One process lints every card, so the suite pays Node's start-up once.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
// adaptivecards@3's lib/ is extension-less ESM that Node cannot import; its UMD bundle loads fine.
const AC = require("adaptivecards/dist/adaptivecards.js");
const TARGET = AC.Versions.v1_5;

// Properties each object kind may carry, from the renderer's own serialization schema.
function propertyIndex() {
  const index = new Map();
  const add = (kind, object) => {
    const schema = object.getSchema();
    const names = new Set();
    for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name.split(".")[0]);
    index.set(kind, names);
  };
  for (const registry of [AC.GlobalRegistry.elements, AC.GlobalRegistry.actions]) {
    for (let i = 0; i < registry.getItemCount(); i++) {
      const item = registry.getItemAt(i);
      add(item.typeName, new item.objectType());
    }
  }
  const untyped = {
    AdaptiveCard: AC.AdaptiveCard, Column: AC.Column, Fact: AC.Fact, Choice: AC.Choice, TableRow: AC.TableRow,
    TableCell: AC.TableCell, TableColumnDefinition: AC.TableColumnDefinition, RefreshDefinition: AC.RefreshDefinition,
    Authentication: AC.Authentication, BackgroundImage: AC.BackgroundImage,
  };
  for (const [kind, type] of Object.entries(untyped)) add(kind, new type());
  return index;
}

// Collections the renderer reads by hand rather than through its schema.
const COLLECTIONS = {
  AdaptiveCard: ["body", "actions", "msteams"], Container: ["items"], Column: ["items"], TableCell: ["items"],
  ColumnSet: ["columns"], RichTextBlock: ["inlines"], ActionSet: ["actions"], Table: ["rows"], TableRow: ["cells"],
  "Action.ShowCard": ["card"],
};

// The kind of object found under `key` of an object of kind `parent`; undefined: free-form or not ours to check.
function childKind(parent, key, child) {
  const typed = typeof child.type === "string" ? child.type : undefined;
  switch (key) {
    case "body": case "items": case "actions": case "fallback": case "selectAction": case "inlineAction":
    case "action": return typed;
    case "card": return "AdaptiveCard";
    case "columns": return parent === "Table" ? "TableColumnDefinition" : "Column";
    case "rows": return "TableRow";
    case "cells": return "TableCell";
    case "facts": return "Fact";
    case "choices": return "Choice";
    case "images": return "Image";
    case "inlines": return typed || "TextRun";
    case "refresh": return "RefreshDefinition";
    case "authentication": return "Authentication";
    case "backgroundImage": return "BackgroundImage";
    default: return undefined;
  }
}

function unknownProperties(card, index) {
  const problems = [];
  const visit = (node, kind, path) => {
    const known = index.get(kind);
    if (!known) return; // an unknown type: the renderer reports it
    const collections = COLLECTIONS[kind] || [];
    for (const [key, value] of Object.entries(node)) {
      // Every element and action may name a fallback; the card itself may not.
      const fallback = key === "fallback" && kind !== "AdaptiveCard";
      if (key !== "type" && !fallback && !known.has(key) && !collections.includes(key)) {
        problems.push(`UnknownProperty: ${kind} has no property "${key}" (${path}.${key})`);
      }
      if (key === "data" || key === "msteams" || value === null || typeof value !== "object") continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) => {
        if (!item || typeof item !== "object" || Array.isArray(item)) return;
        const sub = childKind(kind, key, item);
        if (sub) visit(item, sub, Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`);
      });
    }
  };
  visit(card, "AdaptiveCard", "$");
  return problems;
}

function lint(card, index) {
  const problems = [];
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(TARGET);
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) {
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems.concat(unknownProperties(card, index));
}

const samples = JSON.parse(readFileSync(0, "utf8"));
const index = propertyIndex();
const report = {};
for (const { name, card } of samples) report[name] = lint(card, index);
process.stdout.write(JSON.stringify(report));
