// The claim page's view (titled with where it stands: who made it, on what basis, how its status changed, which
// reports carried it) and the claims index's (every claim in story order, marked where its place is unproven).
import { count } from '../graph';
import { paths, withBase } from '../routes';
import type { Claim, DateView } from '../story-types';
import type { CarrierItem, ClaimCardView, ClaimItem, EntityRef, ListView, MoverRef, OriginPieceView } from './cards';
import type { ViewContext } from './context';
import { scopeHead, type ScopeHeadView } from './scope';
import { correctionsView, type CorrectionsView } from './corrections';
import { partOf, storyTitles, type PartOfView } from './membership';

/** One move of a claim's status: when, to what, on whose word. */
export interface ClaimChangeView {
  when: DateView;
  status: ClaimCardView['status'];
  /** "by", or "carried here by" where the change only records a report here carrying it. */
  byWords: string;
  by: MoverRef;
  note?: string;
}

export interface ClaimView {
  id: string;
  /** The statement with its status before it: a denied claim is never a bare statement. */
  titled: string;
  /** "Denied: … — Reported by …, citing unnamed sources, early February 2026 · first carried here by AutoPapo." */
  description: string;
  /** The stories it is part of: "Part of: …". */
  partOf?: PartOfView;
  search: { entities: string[]; stories: string[] };
  status: ClaimCardView['status'];
  origin: OriginPieceView[];
  /** Why the first carrier here is not known, printed under the origin line when it is not. */
  originWhy?: string;
  basisLabel: string;
  basisNote?: string;
  /** The events of the timeline it belongs to, as links. */
  events: { href: string; label: string }[];
  corrections: CorrectionsView;
  /** Its status history, oldest first. */
  history: ClaimChangeView[];
  /** "Reports carrying it (5)". */
  carriersTitle: string;
  /** The reports carrying it, cut at the list limit, each with whether it passed on the response. */
  carriers: ListView<CarrierItem>;
  entities: EntityRef[];
}

export function claimView(claim: Claim, context: ViewContext): ClaimView {
  const { cards } = context;
  const card = cards.claim(claim);
  const part = partOf(claim.storyIds, context);
  return {
    id: claim.id,
    titled: claim.titled,
    description: `${claim.titled} — ${claim.origin}.`,
    partOf: part,
    search: { entities: claim.entities.map((entity) => entity.name), stories: storyTitles(part) },
    status: card.status,
    origin: card.origin,
    originWhy: card.originWhy,
    basisLabel: claim.basisLabel,
    basisNote: claim.basisNote,
    events: claim.events.map((event) => ({ href: withBase(paths.event(event.id)), label: event.title })),
    corrections: correctionsView(claim.corrections),
    history: claim.history.map((change) => ({
      when: change.when,
      status: { status: change.status, label: change.label },
      byWords: change.byWords,
      by:
        change.by.kind === 'outlet'
          ? { kind: 'outlet', outlet: cards.outlet(change.by.source) }
          : { kind: 'entity', entity: cards.entity(change.by.entity) },
      note: change.note,
    })),
    carriersTitle: `Reports carrying it (${claim.carriers.length})`,
    carriers: cards.carriers(claim.carriers),
    entities: claim.entities.map(cards.entity),
  };
}

export interface ClaimsIndexView {
  head: ScopeHeadView;
  description: string;
  /** "3 claims made in this story, oldest first…". */
  lede: string;
  /** Every claim in story order, marked "Order not known" where its dates do not prove its place. */
  claims: ClaimItem[];
}

export function claimsIndexView(context: ViewContext): ClaimsIndexView {
  const { story, cards, scope } = context;
  return {
    head: scopeHead(context, 'Claims'),
    description: `Who claimed what in “${scope.title}”, on whose authority, and what became of it.`,
    lede:
      `${count(story.claims.length, 'claim')} made in this story, oldest first by when each was first made or ` +
      'reported, as far as the dates show; where they do not, the claim says its order is not known. Each is ' +
      'titled with where it stands now, with who made it, who first carried it here and how many reports repeated it.',
    claims: cards.claims(story.claims, story.claimOrderMarks),
  };
}
