/**
 * Agent console of the example ministry site: the open tickets that are overdue or due soon
 * first, then the ministry's tickets; open one, change its status with a public note and
 * re-route it, so a visitor can watch a complaint move.
 * An all-ministries key works too: it lists every ministry's tickets, each with its ministry.
 *
 * It calls the API with plain `fetch` and `Authorization: Bearer sk_…` because it is an
 * agent's own tool: the SDK refuses secret keys in browsers on purpose, to keep them off
 * citizen pages. The API is on the same origin as this page.
 *
 * Every piece of server data reaches the page through `textContent` or attributes, never
 * through HTML parsing, so a ticket's text cannot inject markup; and what a citizen wrote is
 * isolated from the page's own words around it (see `citizenText`).
 */

const API_BASE = '/v1';
const PAGE_SIZE = 20;
/** "Due soon": an open ticket whose reply is expected within this many hours. */
const DUE_SOON_HOURS = 24;
/** How many of the tickets due soonest the "Answer these first" lists show. */
const DUE_PAGE_SIZE = 50;
/** The statuses of a ticket still waiting for the centre (as the contract's OPEN_TICKET_STATUSES). */
const OPEN_STATUSES = new Set(['received', 'assigned', 'in_progress', 'awaiting_citizen', 'reopened']);

/** Plain words for each status, in the order a ticket normally moves. */
const STATUS_LABELS = {
  received: 'Received',
  assigned: 'Assigned',
  in_progress: 'In progress',
  awaiting_citizen: 'Awaiting citizen',
  resolved: 'Resolved',
  closed: 'Closed',
  reopened: 'Re-opened',
};

const CHANNEL_LABELS = {
  web: 'Website',
  phone: 'Phone',
  email: 'Email',
  walk_in: 'In person',
  social: 'Social media',
};

/**
 * The secret key lives in this variable and nowhere else: not in storage, a cookie or the
 * URL, so closing or reloading the page is enough to forget it.
 */
let secretKey = null;
/** Each ministry's `{ ministry, services: Map, entities: Map }` from `GET /v1/services`, by id. */
const catalogues = new Map();
/** Whether the key is an all-ministries one: then each ticket says which ministry it is of. */
let allMinistries = false;
let nextCursor = null;
/** The status filter the shown list was loaded with: "Load more" must continue that list. */
let listStatus = '';
/** The open ticket, as `GET /v1/agent/tickets/{reference}` returned it. */
let selected = null;
/** Set while a request runs, so a double click or a repeated Enter sends nothing twice. */
let busy = false;

const $ = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`agent.html has no #${id}`);
  return element;
};

const ui = {
  errorSummary: $('error-summary'),
  errorTitle: $('error-summary-title'),
  errorDetail: $('error-summary-detail'),
  errorList: $('error-summary-list'),
  notice: $('notice'),
  keySection: $('key-section'),
  keyForm: $('key-form'),
  keyInput: $('key'),
  keyStatus: $('key-status'),
  keyStatusText: $('key-status-text'),
  forgetKey: $('forget-key'),
  workspace: $('workspace'),
  overdueSummary: $('overdue-summary'),
  overdueList: $('overdue-list'),
  dueSoonSummary: $('due-soon-summary'),
  dueSoonList: $('due-soon-list'),
  ticketsHeading: $('tickets-heading'),
  filterForm: $('filter-form'),
  filterStatus: $('filter-status'),
  listSummary: $('list-summary'),
  ticketList: $('ticket-list'),
  loadMore: $('load-more'),
  ticketEmpty: $('ticket-empty'),
  ticketDetail: $('ticket-detail'),
  ticketHeading: $('ticket-heading'),
  ticketSubject: $('ticket-subject'),
  ticketSummary: $('ticket-summary'),
  ticketCitizen: $('ticket-citizen'),
  ticketDescription: $('ticket-description'),
  ticketAnswers: $('ticket-answers'),
  ticketAttachmentsBlock: $('ticket-attachments-block'),
  ticketAttachments: $('ticket-attachments'),
  ticketTimeline: $('ticket-timeline'),
  statusForm: $('status-form'),
  newStatus: $('new-status'),
  statusNote: $('status-note'),
  routeForm: $('route-form'),
  newEntity: $('new-entity'),
  routeNote: $('route-note'),
};

const baseTitle = document.title;

/* ------------------------------------------------------------------ small DOM helpers */

/** An element with text content only: the one way server data enters the page. */
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/**
 * What a citizen wrote or named (a subject, a name, an answer, a file's name), in a `<bdi>`:
 * its direction comes from its own first letter, and nothing in it (Arabic or Hebrew words, a
 * stray right-to-left override) can reorder the page's words around it.
 */
function citizenText(text, className) {
  return element('bdi', text, className);
}

/** A block of a citizen's text (a subject, a description, a note) that sets its own direction. */
function citizenBlock(node, text) {
  node.dir = 'auto';
  node.textContent = text;
  return node;
}

function statusTag(status) {
  return element('span', STATUS_LABELS[status] ?? status, `tag tag--${status}`);
}

function option(value, label) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

/** Adds a row to a `<dl class="summary-list">`; `value` is text or a node. */
function addRow(list, term, value) {
  const dd = document.createElement('dd');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = value === null || value === undefined || value === '' ? 'Not given' : String(value);
  list.append(element('dt', term), dd);
}

/* ------------------------------------------------------------------ wording */

/** A ministry's text in English, else the ministry's default language, else whatever it has. */
function localized(text, ministryId) {
  if (!text || typeof text !== 'object') return '';
  const fallback = catalogues.get(ministryId)?.ministry.defaultLocale;
  return text.en ?? (fallback ? text[fallback] : undefined) ?? Object.values(text)[0] ?? '';
}

function ministryName(id) {
  const catalogue = catalogues.get(id);
  return catalogue ? localized(catalogue.ministry.name, id) : id;
}

function serviceName(ministryId, id) {
  const service = catalogues.get(ministryId)?.services.get(id);
  return service ? localized(service.name, ministryId) : id;
}

function entityName(ministryId, id) {
  const entity = catalogues.get(ministryId)?.entities.get(id);
  return entity ? localized(entity.name, ministryId) : id;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Times in the zone of the ticket's centre, named, because agents and the citizen may be elsewhere. */
function formatDateTime(iso, ministryId) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: catalogues.get(ministryId)?.ministry.timeZone,
    timeZoneName: 'short',
  }).format(date);
}

function timeElement(iso, ministryId) {
  if (!iso) return element('span', 'Not yet');
  const node = element('time', formatDateTime(iso, ministryId));
  node.dateTime = iso;
  return node;
}

function formatBytes(bytes) {
  const units = ['bytes', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function languageName(tag) {
  if (!tag) return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/* ------------------------------------------------------------------ HTTP */

/** A failed call, carrying the problem document (RFC 9457) or one made up for a network failure. */
class ApiError extends Error {
  constructor(problem) {
    super(problem.title);
    this.problem = problem;
  }
}

/** Reads a problem+json answer defensively: a proxy's HTML error page must still give a message. */
async function problemOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status line is all there is.
  }
  const data = body && typeof body === 'object' ? body : {};
  const errors = Array.isArray(data.errors)
    ? data.errors.filter((e) => e && typeof e.message === 'string').map((e) => ({ field: String(e.field ?? ''), message: e.message }))
    : [];
  let detail = typeof data.detail === 'string' ? data.detail : '';
  if (response.status === 429) {
    const wait = Number(response.headers.get('Retry-After') ?? data.retryAfter);
    if (Number.isFinite(wait) && wait > 0) detail = `${detail} Try again in ${plural(Math.ceil(wait), 'second', 'seconds')}.`.trim();
  }
  return {
    status: response.status,
    title: typeof data.title === 'string' ? data.title : `The contact centre answered with error ${response.status}`,
    detail,
    errors,
  };
}

async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${secretKey}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'The contact centre could not be reached',
      // A POST may have reached the server before the connection dropped.
      detail:
        method === 'GET'
          ? 'Check your connection, then try again.'
          : 'The change may or may not have been made. Check your connection, then open the ticket again to see before you retry.',
      errors: [],
    });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  try {
    return await response.json();
  } catch {
    throw new ApiError({ status: response.status, title: 'The contact centre sent an answer this page cannot read', detail: '', errors: [] });
  }
}

/* ------------------------------------------------------------------ errors and announcements */

function setFieldError(controlId, message) {
  const control = $(controlId);
  const error = $(`${controlId}-error`);
  error.replaceChildren(element('span', 'Error: ', 'visually-hidden'), document.createTextNode(message));
  error.hidden = false;
  $(`${controlId}-group`).classList.add('form-group--error');
  control.setAttribute('aria-invalid', 'true');
  const hint = document.getElementById(`${controlId}-hint`);
  control.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
}

/** Clears the error summary, inline errors and the last notice, before the next action speaks. */
function clearMessages() {
  ui.notice.textContent = '';
  ui.errorSummary.hidden = true;
  ui.errorList.replaceChildren();
  document.title = baseTitle;
  for (const error of document.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.replaceChildren();
    const controlId = error.id.replace(/-error$/, '');
    document.getElementById(`${controlId}-group`)?.classList.remove('form-group--error');
    const control = document.getElementById(controlId);
    if (control) {
      control.removeAttribute('aria-invalid');
      const hint = document.getElementById(`${controlId}-hint`);
      if (hint) control.setAttribute('aria-describedby', hint.id);
      else control.removeAttribute('aria-describedby');
    }
  }
}

/**
 * The GOV.UK error summary: the problem's title and detail, then each field error as a link
 * to its control (and inline beside it). Focus moves to the summary so it is read at once.
 *
 * @param fields maps the server's field names (`note`, `status`, …) to control ids in the form
 *   being submitted; a field error without a control is listed as plain text.
 */
function showProblem(problem, fields = {}) {
  clearMessages();
  ui.errorTitle.textContent = problem.title || 'There is a problem';
  ui.errorDetail.textContent = problem.detail ?? '';
  ui.errorDetail.hidden = !problem.detail;
  for (const error of problem.errors ?? []) {
    const controlId = Object.hasOwn(fields, error.field) ? fields[error.field] : undefined;
    const item = document.createElement('li');
    if (controlId) {
      const link = element('a', error.message);
      link.href = `#${controlId}`;
      item.append(link);
      setFieldError(controlId, error.message);
    } else {
      item.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
    }
    ui.errorList.append(item);
  }
  ui.errorList.hidden = ui.errorList.childElementCount === 0;
  document.title = `Error: ${baseTitle}`;
  ui.errorSummary.hidden = false;
  ui.errorSummary.focus();
}

// A summary link puts focus in the field itself, with its label in view, not just scrolls to it.
ui.errorList.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!link) return;
  const control = document.getElementById(link.getAttribute('href').slice(1));
  if (!control) return;
  event.preventDefault();
  control.focus({ preventScroll: true });
  (document.querySelector(`label[for="${control.id}"]`) ?? control).scrollIntoView({ block: 'start' });
});

/** Says something through the polite live region (and shows it). */
function announce(message) {
  // Emptying first makes a repeat of the same words be announced again.
  ui.notice.textContent = '';
  requestAnimationFrame(() => {
    ui.notice.textContent = message;
  });
}

/**
 * Runs one user action: refuses a second while one is in flight, clears old errors, and
 * turns a failure into the error summary.
 */
async function run(action, { fields = {}, adapt = (problem) => problem } = {}) {
  if (busy) return false;
  busy = true;
  clearMessages();
  try {
    await action();
    return true;
  } catch (error) {
    if (error instanceof ApiError) {
      showProblem(adapt(error.problem), fields);
    } else {
      console.error(error);
      showProblem({ title: 'Something went wrong in this page', detail: 'Reload the page and try again.', errors: [] });
    }
    return false;
  } finally {
    busy = false;
  }
}

/* ------------------------------------------------------------------ key */

function localProblem(field, message) {
  return { title: 'There is a problem', detail: '', errors: [{ field, message }] };
}

ui.keyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy) return;
  const value = ui.keyInput.value.trim();
  if (value === '') return showProblem(localProblem('key', 'Enter your secret key'), { key: 'key' });
  if (value.startsWith('pk_')) {
    return showProblem(localProblem('key', 'This is a publishable site key: enter a secret key, which starts with sk_'), { key: 'key' });
  }
  if (!value.startsWith('sk_')) return showProblem(localProblem('key', 'Enter a secret key, which starts with sk_'), { key: 'key' });

  secretKey = value;
  const ok = await run(
    async () => {
      // A ministry's key has a catalogue of its own; an all-ministries key is refused one (403:
      // a known key, that may not) and reads each ministry's as its tickets come.
      const own = await api('/services').catch((error) => {
        if (error instanceof ApiError && error.problem.status === 403) return null;
        throw error;
      });
      catalogues.clear();
      if (own) remember(own);
      allMinistries = own === null;
      ui.keyInput.value = '';
      ui.keySection.hidden = true;
      const whose = own ? `the ${localized(own.ministry.name, own.ministry.id)}` : 'every ministry';
      ui.keyStatusText.textContent = `You are working on the tickets of ${whose}. The key is kept in this page only.`;
      ui.keyStatus.hidden = false;
      ui.workspace.hidden = false;
      const due = await loadDue();
      const shown = await loadTickets({ reset: true });
      ui.ticketsHeading.focus();
      announce(`Key accepted. ${dueSentence(due)} ${plural(shown, 'ticket', 'tickets')} shown.`);
    },
    {
      fields: { key: 'key' },
      adapt: (problem) =>
        problem.status === 401 || problem.status === 403
          ? { ...problem, errors: [{ field: 'key', message: 'Check the key: the contact centre did not accept it' }] }
          : problem,
    },
  );
  if (!ok && ui.keyStatus.hidden) secretKey = null;
});

/** Keeps a ministry's catalogue, with its services and teams by id. */
function remember(data) {
  catalogues.set(data.ministry.id, {
    ministry: data.ministry,
    services: new Map(data.services.map((service) => [service.id, service])),
    entities: new Map(data.ministry.entities.map((entity) => [entity.id, entity])),
  });
}

/** Reads the catalogue of each of these ministries not yet known (an all-ministries key names it). */
async function learnMinistries(ids) {
  const unknown = [...new Set(ids)].filter((id) => !catalogues.has(id));
  const read = await Promise.all(unknown.map((id) => api(`/services?${new URLSearchParams({ ministry: id })}`)));
  for (const data of read) remember(data);
}

ui.forgetKey.addEventListener('click', () => {
  secretKey = null;
  catalogues.clear();
  allMinistries = false;
  selected = null;
  nextCursor = null;
  listStatus = '';
  clearMessages();
  ui.ticketList.replaceChildren();
  ui.listSummary.textContent = '';
  ui.loadMore.hidden = true;
  for (const list of [ui.overdueList, ui.dueSoonList]) {
    list.replaceChildren();
    list.hidden = true;
  }
  ui.overdueSummary.textContent = '';
  ui.dueSoonSummary.textContent = '';
  ui.ticketDetail.hidden = true;
  ui.ticketEmpty.hidden = false;
  ui.workspace.hidden = true;
  ui.keyStatus.hidden = true;
  ui.keySection.hidden = false;
  ui.keyInput.focus();
  announce('The key is forgotten.');
});

/* ------------------------------------------------------------------ ticket list */

for (const [status, label] of Object.entries(STATUS_LABELS)) ui.filterStatus.append(option(status, label));

/** Whether an open ticket is past the time its citizen was told to expect a reply. */
function isOverdue(ticket, now = Date.now()) {
  return OPEN_STATUSES.has(ticket.status) && Date.parse(ticket.expectedResponseBy) <= now;
}

/**
 * The line saying when an open ticket is due, in words ("Overdue", "Due soon") and not by
 * colour alone; `null` for a ticket that is neither (the full list marks only the overdue).
 */
function dueLine(ticket, { soon = false } = {}) {
  if (isOverdue(ticket)) {
    const line = element('p', undefined, 'due-line');
    line.append(element('span', 'Overdue', 'tag tag--overdue'), ' Reply was due ', timeElement(ticket.expectedResponseBy, ticket.ministryId));
    return line;
  }
  if (!soon) return null;
  const line = element('p', undefined, 'due-line');
  line.append(element('span', 'Due soon', 'tag tag--due-soon'), ' Reply due by ', timeElement(ticket.expectedResponseBy, ticket.ministryId));
  return line;
}

/**
 * One ticket as a list item: its reference and subject as a button that opens it, under a
 * heading of `level` (h3 in the ticket list, h4 under the "Overdue" and "Due soon" headings).
 */
function ticketRow(ticket, { level = 'h3', soon = false } = {}) {
  const item = document.createElement('li');
  const heading = element(level);
  const button = element('button', undefined, 'link-button');
  button.type = 'button';
  button.dataset.reference = ticket.reference;
  button.append(element('span', ticket.reference, 'link-button__main'), citizenText(ticket.subject, 'link-button__sub'));
  if (selected?.reference === ticket.reference) button.setAttribute('aria-current', 'true');
  heading.append(button);

  const meta = element('p', undefined, 'muted');
  const ministry = allMinistries ? `${ministryName(ticket.ministryId)} · ` : '';
  meta.append(
    statusTag(ticket.status),
    ` ${ministry}${serviceName(ticket.ministryId, ticket.serviceId)} · ${CHANNEL_LABELS[ticket.channel] ?? ticket.channel} · `,
    timeElement(ticket.submittedAt, ticket.ministryId),
  );
  item.append(heading, meta);
  const due = dueLine(ticket, { soon });
  if (due) item.append(due);
  return item;
}

/** "2 tickets are overdue and 1 is due in the next 24 hours.", for the live region. */
function dueSentence({ overdue, soon }) {
  const late = overdue === 0 ? 'No tickets are overdue' : `${plural(overdue, 'ticket is', 'tickets are')} overdue`;
  const next = soon === 0 ? 'none are' : soon === 1 ? '1 is' : `${soon} are`;
  return `${late} and ${next} due in the next ${DUE_SOON_HOURS} hours.`;
}

/**
 * Loads the "Answer these first" lists: one page of the open tickets due within
 * DUE_SOON_HOURS from now, soonest due first, split into those already overdue and those due
 * soon. Returns how many of each.
 */
async function loadDue() {
  const now = Date.now();
  const params = new URLSearchParams({
    dueBefore: new Date(now + DUE_SOON_HOURS * 3_600_000).toISOString(),
    limit: String(DUE_PAGE_SIZE),
  });
  const page = await api(`/agent/tickets?${params}`);
  await learnMinistries(page.items.map((ticket) => ticket.ministryId));
  const overdue = page.items.filter((ticket) => isOverdue(ticket, now));
  const soon = page.items.filter((ticket) => !isOverdue(ticket, now));
  const more = page.nextCursor ? ` The ${DUE_PAGE_SIZE} due soonest are shown.` : '';
  ui.overdueList.replaceChildren(...overdue.map((ticket) => ticketRow(ticket, { level: 'h4' })));
  ui.overdueList.hidden = overdue.length === 0;
  ui.overdueSummary.textContent =
    overdue.length === 0
      ? 'No open ticket is past its reply time.'
      : `${plural(overdue.length, 'ticket', 'tickets')} past the reply time, the longest overdue first.${soon.length === 0 ? more : ''}`;
  ui.dueSoonList.replaceChildren(...soon.map((ticket) => ticketRow(ticket, { level: 'h4', soon: true })));
  ui.dueSoonList.hidden = soon.length === 0;
  ui.dueSoonSummary.textContent =
    soon.length === 0
      ? `No other ticket is due in the next ${DUE_SOON_HOURS} hours.`
      : `${plural(soon.length, 'ticket', 'tickets')} due, the soonest first.${more}`;
  markSelected();
  return { overdue: overdue.length, soon: soon.length };
}

function describeList() {
  const count = ui.ticketList.childElementCount;
  if (count === 0) {
    ui.listSummary.textContent = listStatus
      ? `No tickets are ${STATUS_LABELS[listStatus]?.toLowerCase() ?? listStatus}.`
      : 'No tickets yet. Make a complaint on this site and it appears here.';
  } else {
    const which = listStatus ? ` with status “${STATUS_LABELS[listStatus] ?? listStatus}”` : '';
    ui.listSummary.textContent = `${plural(count, 'ticket', 'tickets')}${which} shown, newest first${nextCursor ? '; more can be loaded' : ''}.`;
  }
}

/** Loads the first page (`reset`) or the next one; returns how many tickets arrived. */
async function loadTickets({ reset }) {
  const status = reset ? ui.filterStatus.value : listStatus;
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (status) params.set('status', status);
  if (!reset && nextCursor) params.set('cursor', nextCursor);
  ui.ticketList.setAttribute('aria-busy', 'true');
  try {
    const page = await api(`/agent/tickets?${params}`);
    await learnMinistries(page.items.map((ticket) => ticket.ministryId));
    if (reset) {
      ui.ticketList.replaceChildren();
      listStatus = status;
    }
    ui.ticketList.append(...page.items.map((ticket) => ticketRow(ticket)));
    nextCursor = page.nextCursor;
    ui.loadMore.hidden = !nextCursor;
    describeList();
    return page.items.length;
  } finally {
    ui.ticketList.removeAttribute('aria-busy');
  }
}

ui.filterForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  await run(async () => {
    const due = await loadDue();
    const shown = await loadTickets({ reset: true });
    announce(`${dueSentence(due)} ${plural(shown, 'ticket', 'tickets')} shown.`);
  });
});

ui.loadMore.addEventListener('click', async () => {
  const before = ui.ticketList.childElementCount;
  await run(async () => {
    const shown = await loadTickets({ reset: false });
    // Focus goes to the first new ticket, so keyboard users carry on where the list grew.
    const first = ui.ticketList.children[before]?.querySelector('button');
    if (first) first.focus();
    else if (ui.loadMore.hidden) ui.ticketsHeading.focus();
    announce(`${plural(shown, 'more ticket', 'more tickets')} shown.`);
  });
});

for (const list of [ui.overdueList, ui.dueSoonList, ui.ticketList]) {
  list.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-reference]') : null;
    if (!button) return;
    await run(async () => {
      await openTicket(button.dataset.reference);
      ui.ticketHeading.focus();
    });
  });
}

/* ------------------------------------------------------------------ one ticket */

async function openTicket(reference) {
  const ticket = await api(`/agent/tickets/${encodeURIComponent(reference)}`);
  await learnMinistries([ticket.ministryId]);
  showTicket(ticket);
  ui.statusNote.value = '';
  ui.routeNote.value = '';
}

function answerText(field, value, ministryId) {
  if (field?.type === 'date' && typeof value === 'string') {
    const date = new Date(`${value}T00:00:00Z`);
    // A calendar date has no time zone: format it in UTC so it is never shifted a day.
    if (!Number.isNaN(date.getTime())) return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  const values = Array.isArray(value) ? value : [value];
  const labels = values.map((v) => {
    const match = field?.options?.find((o) => o.value === v);
    return match ? localized(match.label, ministryId) : String(v);
  });
  return labels.join(', ');
}

function showTicket(ticket) {
  selected = ticket;
  const { ministryId } = ticket;
  const catalogue = catalogues.get(ministryId);
  const service = catalogue?.services.get(ticket.serviceId);
  const time = (iso) => timeElement(iso, ministryId);

  ui.ticketHeading.textContent = ticket.reference;
  citizenBlock(ui.ticketSubject, ticket.subject);

  ui.ticketSummary.replaceChildren();
  addRow(ui.ticketSummary, 'Status', statusTag(ticket.status));
  if (allMinistries) addRow(ui.ticketSummary, 'Ministry', ministryName(ministryId));
  addRow(ui.ticketSummary, 'Service', serviceName(ministryId, ticket.serviceId));
  addRow(ui.ticketSummary, 'Team', entityName(ministryId, ticket.entityId));
  addRow(ui.ticketSummary, 'Channel', CHANNEL_LABELS[ticket.channel] ?? ticket.channel);
  addRow(ui.ticketSummary, 'Submitted', time(ticket.submittedAt));
  addRow(ui.ticketSummary, 'Reply expected by', time(ticket.expectedResponseBy));
  addRow(ui.ticketSummary, 'First response', time(ticket.firstResponseAt));
  if (ticket.resolvedAt) addRow(ui.ticketSummary, 'Resolved', time(ticket.resolvedAt));

  // Email addresses and phone numbers are checked to be ASCII; names are anyone's.
  ui.ticketCitizen.replaceChildren();
  addRow(ui.ticketCitizen, 'Name', ticket.citizen.name === null ? 'Not given (anonymous)' : citizenText(ticket.citizen.name));
  addRow(ui.ticketCitizen, 'Email', ticket.citizen.email);
  addRow(ui.ticketCitizen, 'Phone', ticket.citizen.phone);
  addRow(ui.ticketCitizen, 'Wants replies in', languageName(ticket.citizen.preferredLocale ?? ticket.locale));

  citizenBlock(ui.ticketDescription, ticket.description);
  ui.ticketAnswers.replaceChildren();
  if (ticket.location) addRow(ui.ticketAnswers, 'Where', citizenText(ticket.location.address));
  for (const [fieldId, value] of Object.entries(ticket.answers ?? {})) {
    const field = service?.fields.find((f) => f.id === fieldId);
    addRow(ui.ticketAnswers, field ? localized(field.label, ministryId) : fieldId, citizenText(answerText(field, value, ministryId)));
  }
  ui.ticketAnswers.hidden = ui.ticketAnswers.childElementCount === 0;

  ui.ticketAttachments.replaceChildren(
    ...ticket.attachments.map((a) => {
      const item = document.createElement('li');
      item.append(citizenText(a.filename), ` (${a.contentType}, ${formatBytes(a.size)})`);
      return item;
    }),
  );
  ui.ticketAttachmentsBlock.hidden = ticket.attachments.length === 0;

  ui.ticketTimeline.replaceChildren(...ticket.timeline.map((entry) => timelineItem(entry, ministryId)));

  // Every other status is offered; the server knows which moves are legal and says so if not.
  ui.newStatus.replaceChildren(option('', 'Choose a status'));
  for (const [status, label] of Object.entries(STATUS_LABELS)) {
    if (status !== ticket.status) ui.newStatus.append(option(status, label));
  }
  ui.newEntity.replaceChildren(option('', 'Choose a team'));
  // The teams of the ticket's own ministry: a ticket never leaves its ministry.
  for (const [id, entity] of catalogue?.entities ?? []) {
    if (id !== ticket.entityId) ui.newEntity.append(option(id, localized(entity.name, ministryId)));
  }

  ui.ticketEmpty.hidden = true;
  ui.ticketDetail.hidden = false;
  markSelected();
}

/** Marks the open ticket's buttons, in every list it is in, as the current one. */
function markSelected() {
  for (const button of ui.workspace.querySelectorAll('button[data-reference]')) {
    if (button.dataset.reference === selected?.reference) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

function timelineItem(entry, ministryId) {
  const item = document.createElement('li');
  const what = element('p');
  const label = STATUS_LABELS[entry.status] ?? entry.status;
  const entity = localized(entry.entity?.name, ministryId) || entry.entity?.id;
  if (entry.kind === 'created') what.append(element('strong', 'Complaint received'), ` by ${entity}`);
  else if (entry.kind === 'rerouted') what.append(element('strong', `Sent to ${entity}`));
  else what.append(element('strong', `Status: ${label}`), ` (${entity})`);
  const when = element('p', undefined, 'muted');
  when.append(timeElement(entry.at, ministryId));
  item.append(what, when);
  // Written for the citizen, perhaps in their language, which may run right to left.
  if (entry.note) item.append(citizenBlock(element('p', undefined, 'timeline__note'), entry.note));
  return item;
}

/** Keeps the list row of a changed ticket in step with it, without reloading the list. */
function refreshRow(ticket) {
  const button = ui.ticketList.querySelector(`button[data-reference="${CSS.escape(ticket.reference)}"]`);
  const row = button?.closest('li');
  if (row) row.replaceWith(ticketRow(ticket));
}

function noteOf(textarea) {
  const note = textarea.value.trim();
  return note === '' ? undefined : note;
}

ui.statusForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy || !selected) return;
  const fields = { status: 'new-status', note: 'status-note' };
  const status = ui.newStatus.value;
  if (!status) return showProblem(localProblem('status', 'Choose the new status'), fields);
  const reference = selected.reference;
  await run(
    async () => {
      const ticket = await api(`/agent/tickets/${encodeURIComponent(reference)}/status`, {
        method: 'POST',
        body: { status, note: noteOf(ui.statusNote) },
      });
      showTicket(ticket);
      refreshRow(ticket);
      // A ticket resolved or closed is no longer due; a re-opened one may be again.
      await loadDue();
      ui.statusNote.value = '';
      announce(`${reference} is now ${STATUS_LABELS[ticket.status] ?? ticket.status}.`);
    },
    { fields },
  );
});

ui.routeForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy || !selected) return;
  const fields = { entity: 'new-entity', note: 'route-note' };
  const entity = ui.newEntity.value;
  if (!entity) return showProblem(localProblem('entity', 'Choose the team to send the ticket to'), fields);
  const reference = selected.reference;
  await run(
    async () => {
      const ticket = await api(`/agent/tickets/${encodeURIComponent(reference)}/route`, {
        method: 'POST',
        body: { entity, note: noteOf(ui.routeNote) },
      });
      showTicket(ticket);
      refreshRow(ticket);
      ui.routeNote.value = '';
      announce(`${reference} is now with ${entityName(ticket.ministryId, ticket.entityId)}.`);
    },
    { fields },
  );
});

// The form stays hidden until this script runs: without it, submitting would send the key
// to the server in a plain form post.
ui.keyForm.hidden = false;
$('needs-script').hidden = true;
