/**
 * The one visitor recorder of the tests: every PlanVisitor call as data (`['resourceChange',
 * {...entry}]`), in order, so two readers of the same bytes (the streaming reader with either skip
 * loop, the JSON.parse walk of plan-document-walker.ts) can be compared call for call. Entries are
 * copied when recorded: a reader may reuse its objects after the call returns.
 */
import type { PlanVisitor } from '../../src/plan/plan-visitor.js';

/** One call: the method's name, then its arguments. */
export type VisitorCall = readonly unknown[];

export interface VisitorRecording {
  readonly visitor: PlanVisitor;
  readonly calls: VisitorCall[];
}

export function recordVisits(): VisitorRecording {
  const calls: VisitorCall[] = [];
  const visitor: PlanVisitor = {
    topLevelKey: (key) => calls.push(['topLevelKey', key]),
    formatVersion: (value) => calls.push(['formatVersion', value]),
    terraformVersion: (value) => calls.push(['terraformVersion', value]),
    errored: (value) => calls.push(['errored', value]),
    resourceChange: (entry) => calls.push(['resourceChange', { ...entry }]),
    resourceDrift: (entry) => calls.push(['resourceDrift', { ...entry }]),
    outputChange: (entry) => calls.push(['outputChange', { ...entry }]),
    plannedOutputSensitive: (name) => calls.push(['plannedOutputSensitive', name]),
    priorStateResource: (address, mode) => calls.push(['priorStateResource', address, mode]),
    priorStateRetract: (from, to) => calls.push(['priorStateRetract', from, to]),
    repeatedKey: (path) => calls.push(['repeatedKey', path]),
  };
  return { visitor, calls };
}
