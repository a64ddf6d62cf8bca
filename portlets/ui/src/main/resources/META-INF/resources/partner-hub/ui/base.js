import { LitElement, css, html, nothing } from 'lit';
import { t } from './i18n.js';

// the colour of each state of an order or milestone (Lexicon: info = running, warning = waiting for someone, success = done)
const TONES = { ACTIVE: 'info', COMPLETED: 'ok', ACCEPTED: 'ok', AWAITING_PAYMENT: 'warn', DELIVERED: 'warn', IN_PROGRESS: 'info' };

/** Shared by every Partner Hub element: re-renders on a language switch, shows loading and problems alike. */
export class PhElement extends LitElement {
  static properties = { api: { attribute: false }, me: { attribute: false }, _busy: { state: true }, _error: { state: true },
    _notice: { state: true }, _confirming: { state: true } };

  // Lexicon's (Clay's) shapes: .btn-primary / .btn-secondary, .form-control, .label-* for states, .alert-*, .card, .table;
  // the fallbacks are the tokens' values, for a page that does not load tokens.css
  static styles = css`
    :host { display: block; font-family: var(--ph-font-family, system-ui, sans-serif); color: var(--ph-color-text, #272833);
            line-height: var(--ph-line-height, 1.5); overflow-wrap: anywhere; container-type: inline-size; }
    h2 { font-size: var(--ph-font-size-large, 1.25rem); font-weight: 700; margin: 0 0 var(--ph-space-3, 1rem); }
    h3 { font-size: 1rem; font-weight: 700; margin: var(--ph-space-4, 1.5rem) 0 var(--ph-space-2, .5rem); }
    h4 { font-size: var(--ph-font-size-small, .875rem); font-weight: 700; margin: var(--ph-space-3, 1rem) 0 var(--ph-space-2, .5rem); }
    button, select, input, textarea { font: inherit; }
    button { background: var(--ph-color-primary, #0b5fff); color: var(--ph-color-primary-text, #fff);
             border: 1px solid var(--ph-color-primary, #0b5fff); border-radius: var(--ph-radius, .375rem);
             font-weight: 600; line-height: 1.5; padding: .4375rem .9375rem; cursor: pointer; }
    button:hover { background: var(--ph-color-primary-hover, #0053f0); border-color: var(--ph-color-primary-hover, #0053f0); }
    button.secondary { background: var(--ph-color-surface, #fff); color: var(--ph-color-text-muted, #6b6c7e);
                       border-color: var(--ph-color-border-secondary, #cdced9); }
    button.secondary:hover { background: var(--ph-color-surface-alt, #f7f8f9); color: var(--ph-color-text, #272833); }
    /* an action that ends something: Lexicon's outlined danger button */
    button.secondary.danger { color: var(--ph-color-danger, #da1414); border-color: var(--ph-color-danger, #da1414); }
    button.secondary.danger:hover { background: var(--ph-color-danger-bg, #feefef); }
    /* opening a row's item: Lexicon's link button, so the row's own actions stand out */
    button.link { background: none; border: 0; padding: 0; color: var(--ph-color-primary, #0b5fff); font-weight: 600; text-align: left; }
    button.link:hover { background: none; text-decoration: underline; }
    button[disabled] { opacity: .5; cursor: not-allowed; }
    input:not([type=checkbox]):not([type=radio]), select, textarea {
      background: var(--ph-color-input, #f1f2f5); color: var(--ph-color-text, #272833);
      border: 1px solid var(--ph-color-border-strong, #858799); border-radius: var(--ph-radius, .375rem);
      padding: .4375rem .75rem; min-height: 2.5rem; }
    input:focus, select:focus, textarea:focus { background: #f0f5ff; }
    input[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--ph-color-danger, #da1414); background: var(--ph-color-danger-bg, #feefef); }
    input[type=checkbox], input[type=radio] { width: 1rem; height: 1rem; accent-color: var(--ph-color-primary, #0b5fff); }
    input, select, textarea { max-width: 100%; box-sizing: border-box; font-weight: 400; }
    :focus-visible { outline: 3px solid var(--ph-color-focus, #0b3d73); outline-offset: 2px; }
    h2[tabindex='-1']:focus { outline: none; }
    a { color: var(--ph-color-primary, #0b5fff); }
    table { border-collapse: collapse; width: 100%; background: var(--ph-color-surface, #fff); }
    th, td { text-align: left; padding: .75rem; border-bottom: 1px solid var(--ph-color-border, #e7e7ed); vertical-align: top; }
    th { color: var(--ph-color-text-muted, #6b6c7e); font-weight: 600; font-size: var(--ph-font-size-small, .875rem); }
    /* a state: Lexicon's label, colour and text (never colour alone) */
    .badge { display: inline-block; border: 1px solid var(--ph-color-border-secondary, #cdced9); border-radius: var(--ph-radius-small, .125rem);
             background: var(--ph-color-surface, #fff); color: var(--ph-color-text-muted, #6b6c7e); font-size: .75rem; font-weight: 600;
             line-height: 1.2; padding: .125rem .375rem; margin-right: .25rem; vertical-align: middle;
             overflow-wrap: normal; }
    .badge.ok { color: var(--ph-color-success, #287d3c); background: var(--ph-color-success-bg, #edf9f0); border-color: var(--ph-color-success-border, #5aca75); }
    .badge.warn { color: var(--ph-color-warning, #b95000); background: var(--ph-color-warning-bg, #fff8f6); border-color: var(--ph-color-warning-border, #ff8f39); }
    .badge.info { color: var(--ph-color-info, #2e5aac); background: var(--ph-color-info-bg, #eef2fa); border-color: var(--ph-color-info-border, #89a7e0); }
    .badge.danger { color: var(--ph-color-danger, #da1414); background: var(--ph-color-danger-bg, #feefef); border-color: var(--ph-color-danger-border, #f48989); }
    /* Lexicon's alerts, each with its icon */
    .problem, .notice, .next-step { border: 1px solid; border-radius: var(--ph-radius, .375rem); padding: .75rem 1rem .75rem 2.5rem;
                                    margin: .5rem 0; position: relative; }
    .problem::before, .notice::before, .next-step::before { content: ''; position: absolute; left: .875rem; top: 1rem; width: 1rem; height: 1rem;
                                    background: currentColor; -webkit-mask: var(--icon) no-repeat center / contain; mask: var(--icon) no-repeat center / contain; }
    .problem { background: var(--ph-color-danger-bg, #feefef); border-color: var(--ph-color-danger-border, #f48989);
               --icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm1 12H7v-2h2v2zm0-3H7V4h2v5z'/%3E%3C/svg%3E"); }
    .problem::before { color: var(--ph-color-danger, #da1414); }
    .notice { background: var(--ph-color-success-bg, #edf9f0); border-color: var(--ph-color-success-border, #5aca75);
              --icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zM6.8 11.6 3.3 8.1l1.4-1.4 2.1 2.1 4.5-4.5 1.4 1.4-5.9 5.9z'/%3E%3C/svg%3E"); }
    .notice::before { color: var(--ph-color-success, #287d3c); }
    .next-step { background: var(--ph-color-info-bg, #eef2fa); border-color: var(--ph-color-info-border, #89a7e0);
                 --icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm1 12H7V7h2v5zm0-6H7V4h2v2z'/%3E%3C/svg%3E"); }
    .next-step::before { color: var(--ph-color-info, #2e5aac); }
    .muted { color: var(--ph-color-text-muted, #6b6c7e); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .row { display: flex; gap: var(--ph-space-3, 1rem); flex-wrap: wrap; align-items: end; margin-bottom: var(--ph-space-3, 1rem); }
    .row > * { min-width: 0; max-width: 100%; }
    label { display: inline-flex; flex-direction: column; gap: .25rem; font-size: var(--ph-font-size-small, .875rem); font-weight: 600; }
    label.inline { flex-direction: row; align-items: center; gap: .5rem; font-weight: 400; font-size: 1rem; }
    .field-error { color: var(--ph-color-danger, #da1414); font-size: var(--ph-font-size-small, .875rem); font-weight: 400; }
    /* min-width 0: a fieldset is otherwise as wide as its widest content (a long select), wider than a phone */
    fieldset { border: 1px solid var(--ph-color-border, #e7e7ed); border-radius: var(--ph-radius, .375rem); margin: 0 0 1rem; padding: .75rem 1rem; min-width: 0; }
    legend { font-weight: 600; padding: 0 .25rem; }
    dialog { border: 0; border-radius: var(--ph-radius, .375rem); box-shadow: 0 .5rem 1.5rem rgba(0, 0, 0, .25);
             max-width: 32rem; padding: 1.5rem; }
    dialog::backdrop { background: rgba(39, 40, 51, .5); }
    .card { background: var(--ph-color-surface, #fff); border: 1px solid var(--ph-color-border, #e7e7ed); box-shadow: var(--ph-shadow, 0 1px 3px -1px rgba(0, 0, 0, .6));
            border-radius: var(--ph-radius, .375rem); padding: var(--ph-space-3, 1rem); margin-bottom: var(--ph-space-3, 1rem); }
    /* narrow (a phone, or a small portlet column): each table row becomes a card, each cell says its column */
    @container (max-width: 40rem) {
      table, tbody, tr, td, th[scope='row'] { display: block; width: 100%; box-sizing: border-box; }
      table { background: transparent; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      tr { background: var(--ph-color-surface, #fff); border: 1px solid var(--ph-color-border, #e7e7ed);
           border-radius: var(--ph-radius, .375rem); margin-bottom: var(--ph-space-2, .5rem); padding: var(--ph-space-2, .5rem); }
      td, th[scope='row'] { border: 0; padding: .15rem 0; }
      td[data-label]::before { content: attr(data-label); display: block; font-size: var(--ph-font-size-small, .875rem);
                               color: var(--ph-color-text-muted, #6b6c7e); font-weight: 600; }
      .row { gap: var(--ph-space-2, .5rem); }
      .row > label, .row > fieldset { flex: 1 1 100%; }
      dialog { max-width: calc(100vw - 2rem); }
    }
  `;

  constructor() {
    super();
    // texts the service words (a package's milestones) are fetched again in the new language
    this._relocalize = () => { this.requestUpdate(); if (this.api) this.languageChanged(); };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('ph-language', this._relocalize);
  }

  disconnectedCallback() {
    window.removeEventListener('ph-language', this._relocalize);
    super.disconnectedCallback();
  }

  /** After each render every table cell carries its column's heading, which the narrow layout shows above it. */
  update(changed) {
    super.update(changed);
    this.renderRoot.querySelectorAll('table').forEach(table => {
      const headings = [...table.querySelectorAll('thead th')].map(th => (th.querySelector('.visually-hidden') ? '' : th.textContent.trim()));
      if (!headings.length) return;
      table.querySelectorAll('tbody tr').forEach(tr => [...tr.children].forEach((cell, i) => {
        if (cell.tagName === 'TD' && headings[i] && cell.dataset.label !== headings[i]) cell.dataset.label = headings[i];
      }));
    });
  }

  /** Runs an API call with loading state; a problem is shown, nothing else changes. */
  async run(work, notice) {
    this._busy = true;
    this._error = null;
    if (notice) {
      this._notice = null; // a reload after an action keeps the action's message
    }
    try {
      const result = await work();
      if (notice) this._notice = notice;
      return result;
    } catch (e) {
      this._error = e;
      this._notice = null;
      return undefined;
    } finally {
      this._busy = false;
    }
  }

  /**
   * Runs a change (a POST, PUT or DELETE) once: while one runs, another click does nothing, so a double click
   * never sends twice. Buttons also show ?disabled=${this._busy}.
   */
  async perform(work, notice) {
    if (this._acting) return undefined;
    this._acting = true;
    try {
      return await this.run(work, notice);
    } finally {
      this._acting = false;
    }
  }

  /**
   * Asks before an action that bills money or ends something: a modal dialog with the consequence; resolves to
   * true only when the person confirms.
   */
  confirmAction(title, consequence, confirmLabel) {
    return new Promise(resolve => {
      this._confirming = { title, consequence, confirmLabel, resolve };
      this.updateComplete.then(() => this.renderRoot.querySelector('dialog#confirm')?.showModal());
    });
  }

  _answerConfirm(yes) {
    const pending = this._confirming;
    this.renderRoot.querySelector('dialog#confirm')?.close();
    this._confirming = null;
    pending?.resolve(yes);
  }

  renderConfirm() {
    const c = this._confirming;
    return c ? html`<dialog id="confirm" aria-labelledby="confirm-title" @cancel=${() => this._answerConfirm(false)}>
      <h2 id="confirm-title">${c.title}</h2>
      ${(Array.isArray(c.consequence) ? c.consequence : [c.consequence]).map(line => html`<p>${line}</p>`)}
      <div class="row"><button id="confirm-yes" @click=${() => this._answerConfirm(true)}>${c.confirmLabel}</button>
        <button class="secondary" id="confirm-no" @click=${() => this._answerConfirm(false)}>${t('common.cancel')}</button></div>
    </dialog>` : '';
  }

  /**
   * The messages for one field, shown next to it: the service's field errors and those a form finds while the person
   * types ({@code extra}).
   */
  errors(field, extra = [], exact = false) {
    const list = [...extra, ...(this._error?.fieldErrors || []).filter(e => e.field === field || (!exact && e.field.startsWith(field + '[')))];
    return list.length ? html`<div class="field-error" id=${'err-' + field.replace(/[^a-zA-Z0-9]/g, '-')} role="alert">
      ${list.map(e => html`<div>${e.message}</div>`)}</div>` : '';
  }

  /** Called after a language switch; elements showing texts the service words reload them. */
  languageChanged() {
  }

  /** The label the person sees for a field the service named; elements with forms say it better. */
  fieldLabel(field) {
    return null;
  }

  renderState() {
    return html`
      <div role="status" aria-live="polite">
        ${this._busy ? html`<p class="muted">${t('common.loading')}</p>` : ''}
        ${this._notice ? html`<p class="notice">${this._notice}</p>` : ''}
      </div>
      ${this._error ? html`<div class="problem" role="alert"><strong>${this._error.problem?.title || ''}</strong>
        <div>${this._error.message}</div>
        ${(this._error.fieldErrors || []).map(f => html`<div>${this.fieldLabel(f.field) ? html`${this.fieldLabel(f.field)}: ` : ''}${f.message}</div>`)}</div>` : ''}
      ${this.renderConfirm()}`;
  }

  /**
   * An empty list that says what to do next and offers the step: a button that opens the view where it is done
   * ({@code link}, e.g. '?view=new-order') or runs {@code action}.
   */
  renderEmpty(text, label, linkOrAction) {
    const go = () => (typeof linkOrAction === 'function' ? linkOrAction()
      : this.dispatchEvent(new CustomEvent('ph-navigate', { detail: linkOrAction, bubbles: true, composed: true })));
    return html`<div class="card empty" id="empty"><p>${text}</p>${label
      ? html`<button class="next-action" @click=${go}>${label}</button>` : ''}</div>`;
  }

  /** A state as Lexicon's label: its colour and its words, so it never depends on colour alone. */
  stateLabel(prefix, status, id) {
    return html`<span class="badge ${TONES[status] || ''}" id=${id || nothing} data-state=${status}>${t(prefix + status)}</span>`;
  }

  /** Whether the caller works for an agency, is provider staff, ... from GET /api/v1/me. */
  hasRole(role) {
    return (this.me?.roles || []).includes(role);
  }
}
