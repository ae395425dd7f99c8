import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FeedPlanStatus, feedChannels } from '../../../shared/api/feed';
import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import { exportSource } from '../../../shared/export/source';
import { idPart } from '../../../shared/export/uid';
import { feedFiles } from '../../../shared/feed/files';
import { FeedWriteResult } from '../../../shared/feed/result';
import { type RefreshMinutes } from '../../../shared/feed/settings';
import { feedBaseUrl } from '../../../shared/feed/urls';
import type { Plan } from '../../../shared/plan/schema';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import type { SettingsService } from '../settings';
import { guardedRead } from '../store/guarded-read';
import { writeFeedFolder } from './folder';
import { feedFolderOf, type FeedSettingsService } from './settings';
import { msg } from '../../../shared/i18n/message';

const Token = z.string().regex(/^[0-9a-f]{32}$/);

/** Per plan: each person's (and the whole roster's) token, and what the last write did. */
const FeedPlanDocument = z.object({
  schemaVersion: z.literal(1),
  rosterToken: Token.nullable().default(null),
  tokens: z.record(z.string(), Token).default({}),
  last: FeedWriteResult.nullable().default(null),
});
type FeedPlanDocument = z.infer<typeof FeedPlanDocument>;

const refOf = (planId: string) => ({ dir: 'feed', name: idPart(planId) });
const empty = (): FeedPlanDocument => FeedPlanDocument.parse({ schemaVersion: 1 });
/** 128 random bits: an address nobody can guess, in hex so no case-insensitive file system confuses two. */
const newToken = () => randomBytes(16).toString('hex');

export interface FeedWriteRequest {
  planId: string;
  /** A plan read from a file (the CLI), written under its own id; else the stored plan. */
  plan?: Plan;
  /** The CLI's --dir, --base-url and --refresh, over the settings. */
  folder?: string;
  baseUrl?: string;
  refreshMinutes?: RefreshMinutes;
}

/** Everyone who was ever on duty in a published version: each gets a file (their later-removed shifts come back cancelled). */
const peopleOf = (plan: Plan) => new Set(plan.versions.flatMap((v) => v.plan.assignments.map((a) => a.staffId)));

/** The feed folder (webcal): each plan's files written there, their tokens kept, the last write shown. */
export class FeedService {
  readonly #running = new Set<string>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly feedSettings: FeedSettingsService,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
  ) {}

  #read(planId: string): FeedPlanDocument {
    return (
      guardedRead(this.ctx.store, this.ctx.backups, refOf(planId), (raw) => FeedPlanDocument.parse(raw), {
        value: empty,
        // Said plainly: the people must subscribe again.
        outcome: msg('store.outcome.feedAddresses'),
      }) ?? empty()
    );
  }

  /** A read-modify-write of the plan's feed document under the data folder's lock. */
  #update(planId: string, change: (doc: FeedPlanDocument) => void): Promise<FeedPlanDocument> {
    return this.ctx.store.lock.run(() => {
      const doc = this.#read(planId);
      change(doc);
      this.ctx.backups.take(refOf(planId));
      this.ctx.store.write(refOf(planId), FeedPlanDocument.parse(doc));
      return doc;
    });
  }

  status(planId: string): FeedPlanStatus {
    const plan = this.plans.get(planId);
    const { last } = this.#read(plan.id);
    const settings = this.feedSettings.get();
    const publishedVersion = plan.versions.at(-1)?.version ?? null;
    const stale =
      last !== null &&
      (last.version !== publishedVersion ||
        last.folder !== settings.folder ||
        last.baseUrl !== settings.baseUrl ||
        last.refreshMinutes !== settings.refreshMinutes ||
        last.files.some((f) => !existsSync(join(last.folder, f.fileName))));
    return { planId: plan.id, last, publishedVersion, stale };
  }

  /** Where and what a write would go to, refused with the reason before anything is written (or warned about). */
  target(request: FeedWriteRequest) {
    const plan = request.plan ?? this.plans.get(request.planId);
    const latest = plan.versions.at(-1);
    if (!latest) throw new AppError('CONFLICT', msg('feed.error.notPublished', { plan: plan.name }));
    const stored = this.feedSettings.get();
    const folderPath = request.folder ?? stored.folder;
    const baseText = request.baseUrl ?? stored.baseUrl;
    if (!folderPath) throw new AppError('INVALID_INPUT', msg('feed.error.folderMissing'), 'folder');
    if (!baseText) throw new AppError('INVALID_INPUT', msg('feed.error.baseUrlMissing'), 'baseUrl');
    const folder = feedFolderOf(folderPath);
    const baseUrl = feedBaseUrl(baseText).href;
    const refreshMinutes = request.refreshMinutes ?? stored.refreshMinutes;
    return { plan, latest, folder, baseUrl, refreshMinutes };
  }

  async write(request: FeedWriteRequest): Promise<FeedWriteResult> {
    const { plan, latest, folder, baseUrl, refreshMinutes } = this.target(request);
    if (this.#running.has(plan.id)) throw new AppError('BUSY', msg('feed.error.busy', { plan: plan.name }));
    this.#running.add(plan.id);
    try {
      // Tokens first, briefly under the lock, so two processes writing at once agree on the addresses.
      const doc = await this.#update(plan.id, (d) => {
        d.rosterToken ??= newToken();
        for (const staffId of peopleOf(plan)) d.tokens[staffId] ??= newToken();
      });
      const now = this.ctx.clock.now();
      const files = feedFiles(exportSource(plan, now), this.settings.get(), {
        baseUrl,
        refreshMinutes,
        fileNameOf: (staffId) => `${staffId === null ? doc.rosterToken : doc.tokens[staffId]}.ics`,
      });
      const previous = doc.last?.folder === folder ? doc.last.files.map((f) => f.fileName) : [];
      const removed = await writeFeedFolder(folder, { files, previous });
      const result: FeedWriteResult = {
        planId: plan.id,
        version: latest.version,
        at: now.toISOString(),
        folder,
        baseUrl,
        refreshMinutes,
        files: files.map(({ ics: _ics, ...status }) => status),
        removed,
      };
      await this.#update(plan.id, (d) => {
        d.last = result;
      });
      this.ctx.events.emit('feed:changed', { planId: plan.id });
      return result;
    } finally {
      this.#running.delete(plan.id);
    }
  }

  /** A new address for one person (null: the whole roster); the file at the old one is removed by the write. */
  async rotate(request: FeedWriteRequest & { staffId: string | null }): Promise<FeedWriteResult> {
    const { staffId } = request;
    const plan = request.plan ?? this.plans.get(request.planId);
    await this.#update(plan.id, (doc) => {
      if (staffId === null) doc.rosterToken = newToken();
      else if (doc.tokens[staffId]) doc.tokens[staffId] = newToken();
      else throw new AppError('NOT_FOUND', msg('feed.error.noAddress', { staff: staffId, plan: plan.name }), 'staffId');
    });
    return this.write({ ...request, plan });
  }

  handlers() {
    return {
      'feed:settings:get': () => this.feedSettings.view(),
      'feed:settings:update': (changes) => this.feedSettings.update(changes),
      'feed:settings:chooseFolder': () => this.feedSettings.chooseFolder(),
      'feed:plan:get': ({ planId }) => this.status(planId),
      'feed:write': ({ planId }) => this.write({ planId }),
      'feed:rotate': ({ planId, staffId }) => this.rotate({ planId, staffId }),
    } satisfies HandlersOf<typeof feedChannels>;
  }
}
