/**
 * The paths of a life event (e.g. "Nộp trực tuyến một lần (liên thông)" / "Làm riêng từng việc"):
 * which steps each path holds and where each path's page is. Pure. A step named by no path is on
 * every path; an event without paths has one implicit path holding every step.
 */
import type { LifeEvent } from '../schemas/index.ts';
import { lifeEventHref, lifeEventPathHref } from '../utils/routes.ts';

type Step = LifeEvent['procedures'][number];

/** A path as the choice at the top of the page shows it. */
export interface PathChoice {
  id: string;
  title: string;
  summary: string;
  href: string;
  /** The path this page shows. */
  current: boolean;
}

/** The path a page shows: undefined means the first (or the event has none). */
export function pathOf(event: Pick<LifeEvent, 'paths'>, pathId: string | undefined): LifeEvent['paths'][number] | undefined {
  if (pathId === undefined) return event.paths[0];
  const path = event.paths.find((p) => p.id === pathId);
  if (!path) throw new Error(`unknown path "${pathId}"; paths: ${event.paths.map((p) => p.id).join(', ') || '(none)'}`);
  return path;
}

/** The steps of one path, in the event's order. */
export function pathSteps(event: Pick<LifeEvent, 'procedures' | 'paths'>, pathId: string | undefined): Step[] {
  const path = pathOf(event, pathId);
  if (!path) return [...event.procedures];
  const onSomePath = new Set(event.paths.flatMap((p) => p.procedures));
  const onThis = new Set(path.procedures);
  return event.procedures.filter((s) => !onSomePath.has(s.procedure) || onThis.has(s.procedure));
}

/** The page of a path: the first path is the event's own page. */
export function pathHref(eventId: string, event: Pick<LifeEvent, 'paths'>, pathId: string | undefined): string {
  const path = pathOf(event, pathId);
  return !path || path === event.paths[0] ? lifeEventHref(eventId) : lifeEventPathHref(eventId, path.id);
}

/** Every path as a choice, the current one marked; empty without paths. */
export function pathChoices(eventId: string, event: Pick<LifeEvent, 'paths'>, pathId: string | undefined): PathChoice[] {
  const current = pathOf(event, pathId);
  return event.paths.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    href: pathHref(eventId, event, p.id),
    current: p === current,
  }));
}

/** The pages of a life event beyond its own: one per path after the first. */
export function extraPathIds(event: Pick<LifeEvent, 'paths'>): string[] {
  return event.paths.slice(1).map((p) => p.id);
}
