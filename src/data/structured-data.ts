/**
 * schema.org JSON-LD for search engines: a GovernmentService per guide, a HowTo per life event.
 * Pure: returns plain objects; `jsonLd` serialises them safely for a <script> data block.
 */
import type { LifeEventView } from './life-events.ts';
import type { ProcedureView } from './procedures.ts';
import { sentenceUi } from '../i18n/guide.ts';

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

/** The area the office serves, as the site's notice describes it. */
const AREA = {
  '@type': 'AdministrativeArea',
  name: sentenceUi.areaServed,
};

export function governmentService(p: ProcedureView, siteUrl: string): Json {
  const url = new URL(p.href, siteUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: p.data.title,
    alternateName: p.data.shortTitle,
    description: p.data.summary,
    url,
    serviceType: p.field.name,
    identifier: p.data.nationalCode ?? undefined,
    provider: { '@type': 'GovernmentOrganization', name: p.decidingAgency.name },
    areaServed: AREA,
    audience: { '@type': 'Audience', audienceType: p.data.applicants },
    availableChannel: p.submitAt.map((a) => ({
      '@type': 'ServiceChannel',
      name: a.name,
      serviceUrl: a.url,
    })),
    serviceOutput: p.data.result,
    dateModified: p.data.lastReviewed,
    isRelatedTo: [...p.interconnected, ...p.related].map((l) => ({
      '@type': 'GovernmentService',
      name: l.title,
      url: new URL(l.href, siteUrl).href,
    })),
  };
}

export function lifeEventHowTo(e: LifeEventView, siteUrl: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: e.data.title,
    description: e.data.summary,
    url: new URL(e.href, siteUrl).href,
    dateModified: e.data.lastReviewed,
    supply: e.checklist.map((i) => ({ '@type': 'HowToSupply', name: i.name })),
    step: e.steps.map((s, i) => ({
      '@type': 'HowToStep',
      position: i + 1,
      name: s.condition ? `${s.title} (${s.condition.toLowerCase()})` : s.title,
      text: s.why ?? s.summary,
      url: new URL(s.href, siteUrl).href,
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: no "</script>" can break out of it. */
export function jsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
