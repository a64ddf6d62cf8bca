import { LitElement, css, html } from 'lit';
import { t } from './i18n.js';

/** Shared by every Partner Hub element: re-renders on a language switch, shows loading and problems alike. */
export class PhElement extends LitElement {
  static properties = { api: { attribute: false }, me: { attribute: false }, _busy: { state: true }, _error: { state: true },
    _notice: { state: true }, _confirming: { state: true } };

  static styles = css`
    :host { display: block; font-family: var(--ph-font-family, system-ui, sans-serif); color: var(--ph-color-text, #1c2430);
            line-height: var(--ph-line-height, 1.5); overflow-wrap: anywhere; container-type: inline-size; }
    input, select, textarea { max-width: 100%; box-sizing: border-box; }
    h2 { font-size: var(--ph-font-size-large, 1.25rem); margin: 0 0 var(--ph-space-3, 1rem); }
    h3 { font-size: 1.05rem; margin: var(--ph-space-4, 1.5rem) 0 var(--ph-space-2, .5rem); }
    button, select, input { font: inherit; }
    button { background: var(--ph-color-primary, #0b5cad); color: var(--ph-color-primary-text, #fff); border: 0;
             border-radius: var(--ph-radius, 6px); padding: .35rem .8rem; cursor: pointer; }
    button.secondary { background: var(--ph-color-surface, #fff); color: var(--ph-color-primary, #0b5cad);
                       border: 1px solid var(--ph-color-primary, #0b5cad); }
    button[disabled] { opacity: .6; cursor: default; }
    :focus-visible { outline: 3px solid var(--ph-color-focus, #0b3d73); outline-offset: 2px; }
    h2[tabindex='-1']:focus { outline: none; }
    table { border-collapse: collapse; width: 100%; background: var(--ph-color-surface, #fff); }
    th, td { text-align: left; padding: var(--ph-space-2, .5rem); border-bottom: 1px solid var(--ph-color-border, #c9d1dc);
             vertical-align: top; }
    th { color: var(--ph-color-text-muted, #4d5968); font-weight: 600; }
    .badge { display: inline-block; border: 1px solid currentColor; border-radius: 999px; padding: 0 .5rem;
             font-size: var(--ph-font-size-small, .875rem); margin-right: .25rem; }
    .badge.warn { color: var(--ph-color-warning, #8a5300); }
    .badge.ok { color: var(--ph-color-success, #1e6b34); }
    .problem { border-left: 4px solid var(--ph-color-danger, #b3261e); background: #fdecea; padding: .5rem .75rem; margin: .5rem 0; }
    .notice { border-left: 4px solid var(--ph-color-success, #1e6b34); background: #e8f3ec; padding: .5rem .75rem; margin: .5rem 0; }
    .muted { color: var(--ph-color-text-muted, #4d5968); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .row { display: flex; gap: var(--ph-space-3, 1rem); flex-wrap: wrap; align-items: end; margin-bottom: var(--ph-space-3, 1rem); }
    label { display: inline-flex; flex-direction: column; gap: .2rem; font-size: var(--ph-font-size-small, .875rem); }
    label.inline { flex-direction: row; align-items: center; gap: .4rem; }
    .field-error { color: var(--ph-color-danger, #b3261e); font-size: var(--ph-font-size-small, .875rem); }
    fieldset { border: 1px solid var(--ph-color-border, #c9d1dc); border-radius: var(--ph-radius, 6px); margin: 0 0 1rem; }
    dialog { border: 1px solid var(--ph-color-border, #c9d1dc); border-radius: var(--ph-radius, 6px); max-width: 32rem; padding: 1.25rem; }
    dialog::backdrop { background: rgba(28, 36, 48, .45); }
    .next-step { border-left: 4px solid var(--ph-color-primary, #0b5cad); background: #eef4fb; padding: .5rem .75rem; margin: .5rem 0; }
    .card { background: var(--ph-color-surface, #fff); border: 1px solid var(--ph-color-border, #c9d1dc);
            border-radius: var(--ph-radius, 6px); padding: var(--ph-space-3, 1rem); margin-bottom: var(--ph-space-3, 1rem); }
    /* narrow (a phone, or a small portlet column): each table row becomes a card, each cell says its column */
    @container (max-width: 40rem) {
      table, tbody, tr, td, th[scope='row'] { display: block; width: 100%; box-sizing: border-box; }
      table { background: transparent; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      tr { background: var(--ph-color-surface, #fff); border: 1px solid var(--ph-color-border, #c9d1dc);
           border-radius: var(--ph-radius, 6px); margin-bottom: var(--ph-space-2, .5rem); padding: var(--ph-space-2, .5rem); }
      td, th[scope='row'] { border: 0; padding: .15rem 0; }
      td[data-label]::before { content: attr(data-label); display: block; font-size: var(--ph-font-size-small, .875rem);
                               color: var(--ph-color-text-muted, #4d5968); font-weight: 600; }
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

  /** Whether the caller works for an agency, is provider staff, ... from GET /api/v1/me. */
  hasRole(role) {
    return (this.me?.roles || []).includes(role);
  }
}
