import { refractor } from 'refractor/core';
import python from 'refractor/python';
import javascript from 'refractor/javascript';
import typescript from 'refractor/typescript';
import json from 'refractor/json';
import yaml from 'refractor/yaml';
import markup from 'refractor/markup';
import css from 'refractor/css';
import sql from 'refractor/sql';
import bash from 'refractor/bash';

// Only the gallery's Code languages (Markdown is rendered, not highlighted); loaded with the first code preview.
for (const language of [python, javascript, typescript, json, yaml, markup, css, sql, bash])
  refractor.register(language);

/** A run of source text, with the token kinds that colour it ("keyword", "string"; none for plain text). */
export interface CodeToken {
  text: string;
  kinds: string[];
}

interface HastNode {
  type: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

/**
 * The source split into coloured runs. Highlighting yields a tree, never
 * markup, so the preview builds its nodes from text: nothing is parsed as HTML.
 * An unknown language is one plain run.
 */
export function highlightCode(code: string, language: string | undefined): CodeToken[] {
  if (!language || !refractor.registered(language)) return [{ text: code, kinds: [] }];
  const tokens: CodeToken[] = [];
  const walk = (node: HastNode, kinds: string[]) => {
    if (node.type === 'text') {
      tokens.push({ text: node.value ?? '', kinds });
      return;
    }
    const own = Array.isArray(node.properties?.className)
      ? node.properties.className.filter((c): c is string => typeof c === 'string' && c !== 'token')
      : [];
    for (const child of node.children ?? []) walk(child, own.length ? [...kinds, ...own] : kinds);
  };
  walk(refractor.highlight(code, language) as HastNode, []);
  return tokens;
}
