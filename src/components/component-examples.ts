/**
 * The shape of a component's examples file (`src/components/<name>/examples.ts`), as in GOV.UK
 * Frontend: each example is props a page could pass plus what a user must then see. One test
 * (src/components/examples.test.ts) renders every example with Astro's Container API, validates
 * the HTML with html-validate and checks each expectation.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

export interface ComponentExample<P = Record<string, unknown>> {
  /** What the example shows, used in the test's name: "a guide with one optional paper". */
  name: string;
  props: P;
  /** Text a user sees, each string somewhere in the rendered text. */
  contains?: string[];
  /** Text that must not appear. */
  lacks?: string[];
  /**
   * CSS selectors that must each match at least one element. They run on html-validate's DOM:
   * tags, ids, classes, attributes, descendant, child and sibling combinators; quote attribute
   * values, and keep them to one word without spaces.
   */
  has?: string[];
  /** CSS selectors that must match nothing. */
  hasNot?: string[];
}

export interface ComponentExamples<P = Record<string, unknown>> {
  /** The component under test. */
  component: AstroComponentFactory;
  examples: ComponentExample<P>[];
}
