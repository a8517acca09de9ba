/**
 * Files for a complaint: checked against the service's limits before anything is sent, then
 * uploaded one by one straight away, so that the complaint only cites their ids. A failed
 * upload stays in the list with a Retry button; nothing else the citizen entered is touched.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Attachment, AttachmentType, Service } from '@civic-contact/contract';
import { isNetworkError, isRateLimitedError, isServerError, isTimeoutError, isValidationError, AttachmentsResource, type BaseClient } from '@civic-contact/sdk';
import { errorMessage } from '../base/error-message.ts';
import { describedBy, type View } from '../shared/view.ts';
import { fieldId } from './model.ts';

/** One file the citizen chose. */
export interface AttachmentItem {
  /** Stable id within this form, for keyed rendering and buttons. */
  readonly id: number;
  readonly file: File;
  status: 'uploading' | 'uploaded' | 'failed';
  attachment?: Attachment;
  /** Why the upload failed: the contact centre refused the file, or it could not be reached (worth a retry). */
  failure?: 'refused' | 'unreachable';
  abort?: AbortController;
}

/** A file refused before upload, and why. */
export interface Refusal {
  name: string;
  reason: 'type' | 'size' | 'empty' | 'count';
}

const EXTENSIONS: Record<string, AttachmentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heic',
  pdf: 'application/pdf',
};

const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
};

/** The type a file claims, or the one its extension suggests (browsers leave HEIC untyped). */
function typeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSIONS[extension] ?? '';
}

/** The `accept` attribute: the types and their extensions, so every picker filters alike. */
export function acceptOf(types: readonly AttachmentType[]): string {
  const extensions = Object.entries(EXTENSIONS)
    .filter(([, type]) => types.includes(type))
    .map(([extension]) => `.${extension}`);
  return [...types, ...extensions].join(',');
}

/** A size in bytes as the reader's locale writes it: "850 kB", "4.2 MB". */
export function formatSize(bytes: number, view: View): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return view.number(megabytes, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return view.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });
}

function typeNames(types: readonly AttachmentType[], view: View): string {
  return new Intl.ListFormat(view.lang, { type: 'disjunction' }).format(types.map((type) => TYPE_NAMES[type]));
}

/** The citizen's files: checks, uploads, retries and removal. */
export class Attachments implements ReactiveController {
  items: AttachmentItem[] = [];
  /** Files refused by the last pick or drop. */
  refused: Refusal[] = [];
  /** Whether files are being dragged over the drop zone. */
  dragging = false;
  readonly #host: ReactiveControllerHost;
  readonly #settled: (item: AttachmentItem) => void;
  #nextId = 1;

  /** @param settled - called when an upload has finished, either way, e.g. to announce it. */
  constructor(host: ReactiveControllerHost, settled: (item: AttachmentItem) => void) {
    this.#host = host;
    this.#settled = settled;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const item of this.items) item.abort?.abort();
  }

  /** Ids of the uploaded files, to cite in the complaint. */
  get ids(): string[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  }

  get uploading(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  get failed(): boolean {
    return this.items.some((item) => item.status === 'failed');
  }

  /**
   * Checks `files` against the service's limits and uploads the ones that pass. Refused
   * files never reach the network.
   */
  add(files: readonly File[], service: Service, client: BaseClient | undefined): void {
    const { maxFiles, maxBytes, types } = service.attachments;
    this.refused = [];
    for (const file of files) {
      const type = typeOf(file);
      if (!(types as readonly string[]).includes(type)) this.refused.push({ name: file.name, reason: 'type' });
      else if (file.size === 0) this.refused.push({ name: file.name, reason: 'empty' });
      else if (file.size > maxBytes) this.refused.push({ name: file.name, reason: 'size' });
      else if (this.items.length >= maxFiles) this.refused.push({ name: file.name, reason: 'count' });
      else {
        const item: AttachmentItem = { id: this.#nextId++, file, status: 'uploading' };
        this.items = [...this.items, item];
        void this.#upload(item, service, client);
      }
    }
    this.#host.requestUpdate();
  }

  retry(id: number, service: Service, client: BaseClient | undefined): void {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item || item.status !== 'failed') return;
    item.status = 'uploading';
    delete item.failure;
    this.#host.requestUpdate();
    void this.#upload(item, service, client);
  }

  /** Removes a file, stopping its upload if it is still going. Returns its name. */
  remove(id: number): string | undefined {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item) return undefined;
    item.abort?.abort();
    this.items = this.items.filter((candidate) => candidate !== item);
    this.#host.requestUpdate();
    return item.file.name;
  }

  /** Files dragged over the drop zone, or away from it. */
  drag(over: boolean): void {
    if (this.dragging === over) return;
    this.dragging = over;
    this.#host.requestUpdate();
  }

  clear(): void {
    for (const item of this.items) item.abort?.abort();
    this.items = [];
    this.refused = [];
    this.#host.requestUpdate();
  }

  async #upload(item: AttachmentItem, service: Service, client: BaseClient | undefined): Promise<void> {
    const abort = new AbortController();
    item.abort = abort;
    try {
      if (!client) throw new Error('The form is not connected to a contact centre yet.');
      item.attachment = await client.use(AttachmentsResource).upload({ service: service.id, file: item.file, signal: abort.signal });
      item.status = 'uploaded';
    } catch (error) {
      if (abort.signal.aborted) return;
      item.status = 'failed';
      const worthRetrying = !client || isNetworkError(error) || isTimeoutError(error) || isServerError(error) || isRateLimitedError(error);
      item.failure = isValidationError(error) || !worthRetrying ? 'refused' : 'unreachable';
    } finally {
      if (item.abort === abort) delete item.abort;
    }
    this.items = [...this.items];
    this.#host.requestUpdate();
    this.#settled(item);
  }
}

/** What the attachments section needs from the form, and what it asks of it. */
export interface AttachmentsContext {
  view: View;
  service: Service;
  attachments: Attachments;
  error: string | undefined;
  /** Files picked or dropped. */
  addFiles(files: File[]): void;
  removeFile(id: number): void;
  retryFile(id: number): void;
}

/** What is announced when an upload has finished, either way. */
export function settledText(item: AttachmentItem, view: View): string {
  const name = item.file.name;
  return item.status === 'uploaded'
    ? view.m('complaint-form.file-uploaded-announcement', str`${name} uploaded`)
    : view.m('complaint-form.file-failed-announcement', str`${name} could not be uploaded`);
}

function refusalText(refusal: Refusal, service: Service, view: View): string {
  const { m } = view;
  const { name } = refusal;
  switch (refusal.reason) {
    case 'type':
      return m('complaint-form.file-wrong-type', str`${name} was not added: choose a ${typeNames(service.attachments.types, view)} file`);
    case 'empty':
      return m('complaint-form.file-empty', str`${name} was not added: the file is empty`);
    case 'size':
      return m('complaint-form.file-too-big', str`${name} was not added: it must be smaller than ${formatSize(service.attachments.maxBytes, view)}`);
    case 'count':
      const max = service.attachments.maxFiles;
      return view.count('complaint-form.file-too-many', max, {
        one: str`${name} was not added: you can attach only 1 file`,
        other: str`${name} was not added: you can attach up to ${view.number(max)} files`,
      });
  }
}

function itemView(item: AttachmentItem, context: AttachmentsContext): TemplateResult {
  const { view } = context;
  const { m } = view;
  const nameId = `cf-file-${item.id}-name`;
  const status =
    item.status === 'uploading'
      ? m('complaint-form.file-uploading', 'Uploading…')
      : item.status === 'uploaded'
        ? m('complaint-form.file-uploaded', 'Uploaded')
        : item.failure === 'refused'
          ? m('complaint-form.file-refused', 'The contact centre did not accept this file. Remove it and choose another.')
          : m('complaint-form.file-failed', 'This file could not be uploaded. Check your connection and try again.');
  return html`<li class="attachment attachment--${item.status}" part="attachment" data-file=${item.id}>
    <div class="attachment__name">
      <span id=${nameId} dir="auto">${item.file.name}</span>
      <span class="attachment__size">${formatSize(item.file.size, view)}</span>
    </div>
    ${item.status === 'failed'
      ? nothing
      : html`<progress
          part="progress"
          aria-labelledby=${nameId}
          max="1"
          value=${item.status === 'uploaded' ? '1' : nothing}
        ></progress>`}
    <p class=${item.status === 'failed' ? 'error-message' : 'attachment__status'}>${status}</p>
    <div class="button-group">
      ${item.status === 'failed' && item.failure === 'unreachable'
        ? html`<button type="button" class="button button--secondary" part="retry-button" @click=${() => context.retryFile(item.id)}>
            ${m('complaint-form.file-retry', 'Retry')}<span class="visually-hidden"> ${item.file.name}</span>
          </button>`
        : nothing}
      <button type="button" class="link-button" part="remove-button" @click=${() => context.removeFile(item.id)}>
        ${m('complaint-form.file-remove', 'Remove')}<span class="visually-hidden"> ${item.file.name}</span>
      </button>
    </div>
  </li>`;
}

/** The file picker with its drop zone, the refusals and the list of files. */
export function attachmentsField(context: AttachmentsContext): TemplateResult {
  const { view, service, attachments, error } = context;
  const { m } = view;
  const limits = service.attachments;
  const id = fieldId('attachments');
  const types = typeNames(limits.types, view);
  const size = formatSize(limits.maxBytes, view);
  const hint = view.count('complaint-form.attachments-hint', limits.maxFiles, {
    one: str`1 file, ${types} and smaller than ${size}.`,
    other: str`Up to ${view.number(limits.maxFiles)} files, each ${types} and smaller than ${size}.`,
  });
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field" data-field="attachments">
    <label for=${id} part="label">
      ${m('complaint-form.attachments', 'Photos or documents')}${optionalMarker(view, true)}
    </label>
    <div class="hint" id="${id}-hint" part="hint">${hint}</div>
    ${errorMessage(view, id, error)}
    <div
      class="drop-zone ${attachments.dragging ? 'drop-zone--active' : ''}"
      part="drop-zone"
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        attachments.drag(true);
      }}
      @dragleave=${(event: DragEvent) => {
        const zone = event.currentTarget as Element;
        if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) attachments.drag(false);
      }}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        attachments.drag(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) context.addFiles(files);
      }}
    >
      <input
        id=${id}
        type="file"
        multiple
        part="file-input"
        accept=${acceptOf(limits.types)}
        aria-describedby=${describedBy(`${id}-hint`, error && `${id}-error`, attachments.refused.length > 0 && `${id}-refused`)}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          context.addFiles([...(input.files ?? [])]);
          // Cleared, so that choosing the same file again (after removing it) is seen as a change.
          input.value = '';
        }}
      />
      <p class="drop-zone__text" aria-hidden="true">${m('complaint-form.drop-here', 'or drop files here')}</p>
    </div>
    <div id="${id}-refused" aria-live="polite">
      ${attachments.refused.map(
        (refusal) => html`<p class="error-message" part="error-message">
          <span class="visually-hidden">${m('shared.error-prefix', 'Error:')}</span> ${refusalText(refusal, service, view)}
        </p>`,
      )}
    </div>
    ${attachments.items.length > 0
      ? html`<ul class="attachments" part="attachments" aria-label=${m('complaint-form.attachments-list', 'Your files')}>
          ${attachments.items.map((item) => itemView(item, context))}
        </ul>`
      : nothing}
  </div>`;
}

/** "(optional)" after the label of a field that is: this one and the service's own (form-view.ts). */
export function optionalMarker(view: View, optional: boolean): TemplateResult | typeof nothing {
  // A space that stays in the label's accessible name, where Chromium drops a collapsible one.
  return optional ? html`&nbsp;<span class="optional">${view.m('complaint-form.optional', '(optional)')}</span>` : nothing;
}
